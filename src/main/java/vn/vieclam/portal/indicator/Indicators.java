package vn.vieclam.portal.indicator;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.vieclam.portal.account.PortalUser;
import vn.vieclam.portal.account.Role;
import vn.vieclam.portal.reference.OrganisationRef;
import vn.vieclam.portal.reference.ReferenceData;
import vn.vieclam.portal.shared.DomainException;
import vn.vieclam.portal.shared.NotFoundException;
import vn.vieclam.portal.shared.Versions;

/**
 * The indicator module's public service. Officials read every register; an organisation enters values only
 * for the indicators it is responsible for, and only the register's lead agency approves, returns and
 * consolidates. A body that took over a merged organisation's work (Sở Nội vụ after Sở LĐTBXH, 2025) acts
 * for its predecessor's indicators and registers.
 */
@Service
public class Indicators {

	private final RegisterRepository registers;

	private final IndicatorRepository indicators;

	private final ReportRepository reports;

	private final IndicatorQueries queries;

	private final ReferenceData reference;

	Indicators(RegisterRepository registers, IndicatorRepository indicators, ReportRepository reports,
			IndicatorQueries queries, ReferenceData reference) {
		this.registers = registers;
		this.indicators = indicators;
		this.reports = reports;
		this.queries = queries;
		this.reference = reference;
	}

	// ---- registers --------------------------------------------------------------------------------------

	/** Creates a register with its indicators (plan 004's table, or next year's when copied). */
	@Transactional
	public Long createRegister(RegisterCommand register, List<IndicatorCommand> indicators) {
		requireUnique(register.year(), register.subIndexCode(), null);
		IndicatorRegister saved = this.registers.save(new IndicatorRegister(register));
		for (IndicatorCommand c : indicators) {
			this.indicators.save(new Indicator(saved.id(), c));
		}
		return saved.id();
	}

	public Optional<Long> registerId(int year, String subIndexCode) {
		return this.registers.findByYearAndSubIndexCode(year, subIndexCode).map(IndicatorRegister::id);
	}

	/**
	 * Copies a register to the next year in one step: the same indicators, targets and agencies (merged
	 * organisations replaced by their successor in office on 1 January), last year's published score as the
	 * baseline; the indicators' baselines stay empty until VCCI publishes that year's figures.
	 */
	@Transactional
	public Long copyToNextYear(PortalUser user, Long registerId) {
		IndicatorRegister source = register(registerId);
		requireEditor(user, source);
		int nextYear = source.year() + 1;
		if (this.registers.findByYearAndSubIndexCode(nextYear, source.subIndexCode()).isPresent()) {
			throw new DomainException("indicator.register.exists", nextYear);
		}
		LocalDate start = LocalDate.of(nextYear, 1, 1);
		IndicatorRegister next = this.registers.save(source.copyForNextYear(inOffice(source.leadOrganisationId(), start)));
		for (Indicator i : this.indicators.findByRegisterIdOrderByPosition(registerId)) {
			Set<Long> partners = new LinkedHashSet<>();
			i.partnerIds().forEach(p -> partners.add(inOffice(p, start)));
			IndicatorCommand c = i.toCommand(inOffice(i.responsibleOrganisationId(), start), partners);
			this.indicators.save(new Indicator(next.id(), new IndicatorCommand(c.position(), c.name(), c.unit(), null,
					null, c.targetValue(), c.direction(), c.responsibleOrganisationId(), c.partnerIds(), c.partnersNote())));
		}
		return next.id();
	}

	/** Records the sub-index's score and rank once VCCI publishes them. */
	@Transactional
	public void publishScore(PortalUser user, Long registerId, BigDecimal score, Integer rank, long version) {
		IndicatorRegister register = register(registerId);
		requireEditor(user, register);
		Versions.require(register.version(), version, IndicatorRegister.class, registerId);
		register.publish(score, rank);
	}

	/**
	 * Starts a year's register from scratch, without indicators yet. An official's organisation is its lead
	 * agency (whatever the form sent); the portal's operator names the lead.
	 */
	@Transactional
	public Long createRegister(PortalUser user, RegisterCommand command) {
		if (!user.is(Role.ADMIN) && !user.is(Role.OFFICIAL)) {
			throw new AccessDeniedException("only officials and the operator");
		}
		RegisterCommand c = user.is(Role.ADMIN) ? command : command.withLead(user.organisationId());
		this.reference.organisation(c.leadOrganisationId());
		requireUnique(c.year(), c.subIndexCode(), null);
		return this.registers.saveAndFlush(new IndicatorRegister(c)).id();
	}

	/** Changes a register's year, sub-index and targets; only the operator moves it to another lead agency. */
	@Transactional
	public void updateRegister(PortalUser user, Long registerId, long version, RegisterCommand command) {
		IndicatorRegister register = register(registerId);
		requireEditor(user, register);
		Versions.require(register.version(), version, IndicatorRegister.class, registerId);
		RegisterCommand c = user.is(Role.ADMIN) ? command : command.withLead(register.leadOrganisationId());
		this.reference.organisation(c.leadOrganisationId());
		requireUnique(c.year(), c.subIndexCode(), registerId);
		register.update(c);
		this.registers.flush();
	}

	/** Adds an indicator at the end of the register. */
	@Transactional
	public Long addIndicator(PortalUser user, Long registerId, IndicatorCommand command) {
		IndicatorRegister register = register(registerId);
		requireEditor(user, register);
		requireOrganisations(command);
		int position = this.indicators.findByRegisterIdOrderByPosition(registerId).stream()
			.mapToInt(Indicator::position).max().orElse(0) + 1;
		IndicatorCommand c = new IndicatorCommand(position, command.name(), command.unit(), command.baselineValue(),
				command.baselineRank(), command.targetValue(), command.direction(), command.responsibleOrganisationId(),
				command.partnerIds(), command.partnersNote());
		return this.indicators.saveAndFlush(new Indicator(registerId, c)).id();
	}

	/** Changes an indicator's name, baseline, target and agencies; its number in the register stays. */
	@Transactional
	public void updateIndicator(PortalUser user, Long registerId, Long indicatorId, long version, IndicatorCommand command) {
		IndicatorRegister register = register(registerId);
		Indicator indicator = indicatorOf(registerId, indicatorId);
		requireEditor(user, register);
		Versions.require(indicator.version(), version, Indicator.class, indicatorId);
		requireOrganisations(command);
		indicator.update(command);
		this.indicators.flush();
	}

	/** One indicator of the register as it stands, for its edit form; another register's indicator is not found. */
	@Transactional(readOnly = true)
	public IndicatorEdit indicatorForEdit(Long registerId, Long indicatorId) {
		Indicator i = indicatorOf(registerId, indicatorId);
		return new IndicatorEdit(i.toCommand(i.responsibleOrganisationId(), new LinkedHashSet<>(i.partnerIds())), i.version());
	}

	/** Whether the user may change the register: an official of its lead agency (or its successor), or the operator. */
	public boolean mayEdit(PortalUser user, RegisterView register) {
		return user.is(Role.ADMIN) || isLead(user, register);
	}

	private void requireUnique(int year, String subIndexCode, Long self) {
		this.registers.findByYearAndSubIndexCode(year, subIndexCode).filter(other -> !other.id().equals(self))
			.ifPresent(other -> {
				throw DomainException.onField("subIndexCode", "indicator.register.exists", year);
			});
	}

	private void requireOrganisations(IndicatorCommand c) {
		this.reference.organisation(c.responsibleOrganisationId());
		c.partnerIds().forEach(this.reference::organisation);
	}

	private Indicator indicatorOf(Long registerId, Long indicatorId) {
		return this.indicators.findById(indicatorId).filter(i -> i.registerId().equals(registerId))
			.orElseThrow(() -> new NotFoundException("indicator", indicatorId));
	}

	public List<RegisterRow> registers() {
		return this.queries.registers();
	}

	public RegisterView view(Long registerId) {
		return this.queries.register(registerId).orElseThrow(() -> new NotFoundException("indicator register", registerId));
	}

	/**
	 * For the dashboard's chosen year: that year's register (the one with approved values first, when several
	 * sub-indices have one); for a year without a register, the newest earlier one with approved values (else
	 * the newest earlier one).
	 */
	public Optional<RegisterView> forDashboard(int year) {
		return this.queries.dashboardRegister(year).map(this::view);
	}

	// ---- who may act ------------------------------------------------------------------------------------

	/** Whether the user's organisation is this organisation or took over its work. */
	public boolean actsFor(PortalUser user, Long organisationId) {
		return user.is(Role.OFFICIAL) && user.organisationId() != null
				&& this.reference.successionOf(organisationId).contains(user.organisationId());
	}

	public boolean isLead(PortalUser user, RegisterView register) {
		return actsFor(user, register.leadOrganisationId());
	}

	/** The responsible organisations of this register the user reports for (usually one). */
	public List<Long> reportingFor(PortalUser user, RegisterView register) {
		return register.indicators().stream().map(IndicatorView::responsibleId).distinct()
			.filter(org -> actsFor(user, org)).toList();
	}

	// ---- reports ----------------------------------------------------------------------------------------

	public PeriodView period(Long registerId, ReportingPeriod period) {
		RegisterView register = view(registerId);
		return new PeriodView(register, period, register.dueDates().unitDeadline(register.year(), period),
				register.dueDates().leadDeadline(register.year(), period), this.queries.reports(registerId, period),
				this.queries.values(registerId, period), this.queries.consolidation(registerId, period).orElse(null));
	}

	public List<TimelinessRow> timeliness(Long registerId, LocalDate today) {
		return this.queries.timeliness(view(registerId), today);
	}

	/**
	 * Saves the values (and the evidence file, when one is given) of the organisation's report for the
	 * period, creating the report on first save. Only for an organisation the user acts for, only for its own
	 * indicators. Returns the report's id.
	 */
	@Transactional
	public Long enterValues(PortalUser user, Long registerId, ReportingPeriod period, Long organisationId,
			Map<Long, ValueEntry> values, Evidence evidence, Long version) {
		IndicatorRegister register = register(registerId);
		if (!actsFor(user, organisationId)) {
			throw new NotFoundException("indicator report organisation", organisationId);
		}
		Set<Long> own = new LinkedHashSet<>();
		this.indicators.findByRegisterIdOrderByPosition(registerId).stream()
			.filter(i -> i.responsibleOrganisationId().equals(organisationId)).forEach(i -> own.add(i.id()));
		if (own.isEmpty()) {
			throw new NotFoundException("indicator report organisation", organisationId);
		}
		for (Long indicatorId : values.keySet()) {
			if (!own.contains(indicatorId)) {
				throw new NotFoundException("indicator", indicatorId);
			}
		}
		IndicatorReport report = this.reports
			.findByRegisterIdAndOrganisationIdAndPeriod(register.id(), organisationId, period)
			.orElseGet(() -> new IndicatorReport(register.id(), organisationId, period));
		if (version != null && report.id() != null && report.version() != version) {
			throw new ObjectOptimisticLockingFailureException(IndicatorReport.class, report.id());
		}
		report.enter(values);
		if (evidence != null && evidence.content() != null && evidence.content().length > 0) {
			report.attach(evidence.name(), evidence.type(), evidence.content());
		}
		return this.reports.saveAndFlush(report).id();
	}

	/** Sends the report to the lead agency; every indicator of the organisation needs a value. */
	@Transactional
	public void submit(PortalUser user, Long reportId) {
		submitReceived(user, reportId, Instant.now());
	}

	/**
	 * Submits a report as received at the given time: for reports that came on paper before the portal
	 * (and for the demo's 2023 reports). The first submission's time decides whether it was on time.
	 */
	@Transactional
	public void submitReceived(PortalUser user, Long reportId, Instant receivedAt) {
		IndicatorReport report = ownReport(user, reportId);
		long expected = this.indicators.findByRegisterIdOrderByPosition(report.registerId()).stream()
			.filter(i -> i.responsibleOrganisationId().equals(report.organisationId())).count();
		report.submit(receivedAt, (int) expected);
	}

	@Transactional
	public void approve(PortalUser user, Long reportId) {
		IndicatorReport report = reviewable(user, reportId);
		report.approve(user.getUsername(), Instant.now());
	}

	@Transactional
	public void returnReport(PortalUser user, Long reportId, String reason) {
		IndicatorReport report = reviewable(user, reportId);
		report.returnWith(reason, user.getUsername(), Instant.now());
	}

	/** The lead agency sends the period's consolidated report to the chairman. */
	@Transactional
	public void consolidate(PortalUser user, Long registerId, ReportingPeriod period, String note) {
		IndicatorRegister register = register(registerId);
		requireLead(user, register);
		if (this.queries.consolidation(registerId, period).isPresent()) {
			throw new DomainException("indicator.consolidation.done");
		}
		this.queries.insertConsolidation(registerId, period, Instant.now(), user.getUsername(), note);
	}

	/** The evidence file of a report, for any official (they read everything). */
	@Transactional(readOnly = true)
	public Evidence evidence(Long reportId) {
		IndicatorReport report = this.reports.findById(reportId)
			.orElseThrow(() -> new NotFoundException("indicator report", reportId));
		if (report.evidence() == null) {
			throw new NotFoundException("indicator evidence", reportId);
		}
		return new Evidence(report.evidenceName(), report.evidenceType(), report.evidence());
	}

	/** The register and period a report belongs to, for redirects. */
	public ReportKey reportKey(Long reportId) {
		IndicatorReport report = this.reports.findById(reportId)
			.orElseThrow(() -> new NotFoundException("indicator report", reportId));
		return new ReportKey(report.registerId(), report.period());
	}

	private IndicatorReport ownReport(PortalUser user, Long reportId) {
		IndicatorReport report = this.reports.findById(reportId)
			.orElseThrow(() -> new NotFoundException("indicator report", reportId));
		if (!actsFor(user, report.organisationId())) {
			throw new NotFoundException("indicator report", reportId);
		}
		return report;
	}

	private IndicatorReport reviewable(PortalUser user, Long reportId) {
		IndicatorReport report = this.reports.findById(reportId)
			.orElseThrow(() -> new NotFoundException("indicator report", reportId));
		requireLead(user, register(report.registerId()));
		return report;
	}

	private void requireLead(PortalUser user, IndicatorRegister register) {
		if (!actsFor(user, register.leadOrganisationId())) {
			throw new AccessDeniedException("only the lead agency");
		}
	}

	private void requireEditor(PortalUser user, IndicatorRegister register) {
		if (!user.is(Role.ADMIN)) {
			requireLead(user, register);
		}
	}

	private IndicatorRegister register(Long id) {
		return this.registers.findById(id).orElseThrow(() -> new NotFoundException("indicator register", id));
	}

	/** The organisation itself while it exists on that day, else the first successor that does. */
	private Long inOffice(Long organisationId, LocalDate on) {
		List<Long> chain = this.reference.successionOf(organisationId);
		for (Long id : chain) {
			OrganisationRef org = this.reference.organisation(id);
			if (org.validTo() == null || !org.validTo().isBefore(on)) {
				return id;
			}
		}
		return chain.isEmpty() ? organisationId : chain.get(chain.size() - 1);
	}

	// ---- records ----------------------------------------------------------------------------------------

	public record RegisterCommand(int year, String subIndexCode, String subIndexName, BigDecimal weight,
			BigDecimal baselineScore, Integer baselineRank, BigDecimal targetScore, Direction targetDirection,
			Long leadOrganisationId, String planReference, DueDates dueDates) {

		RegisterCommand withLead(Long lead) {
			return new RegisterCommand(this.year, this.subIndexCode, this.subIndexName, this.weight, this.baselineScore,
					this.baselineRank, this.targetScore, this.targetDirection, lead, this.planReference, this.dueDates);
		}

	}

	/** An indicator as it stands, with the version its edit form carries. */
	public record IndicatorEdit(IndicatorCommand command, long version) {
	}

	public record IndicatorCommand(int position, String name, String unit, BigDecimal baselineValue,
			Integer baselineRank, BigDecimal targetValue, Direction direction, Long responsibleOrganisationId,
			Set<Long> partnerIds, String partnersNote) {
	}

	public record ValueEntry(BigDecimal value, String comment) {
	}

	public record Evidence(String name, String type, byte[] content) {
	}

	public record ReportKey(Long registerId, ReportingPeriod period) {
	}

	/** All of one period: the reports of each responsible organisation, the values, the consolidation. */
	public record PeriodView(RegisterView register, ReportingPeriod period, LocalDate unitDeadline,
			LocalDate leadDeadline, List<ReportRow> reports, List<ValueRow> values, ConsolidationRow consolidation) {

		public Optional<ReportRow> reportOf(Long organisationId) {
			return this.reports.stream().filter(r -> r.organisationId().equals(organisationId)).findFirst();
		}

		public Optional<ValueRow> value(Long indicatorId) {
			return this.values.stream().filter(v -> v.indicatorId().equals(indicatorId)).findFirst();
		}

		public List<IndicatorView> indicatorsOf(Long organisationId) {
			return this.register.indicators().stream().filter(i -> i.responsibleId().equals(organisationId)).toList();
		}

		/** The indicators' statuses as of this period's approved values. */
		public IndicatorStatus statusAsOf(IndicatorView indicator) {
			ValueRow v = value(indicator.id()).filter(ValueRow::approved).orElse(null);
			return IndicatorStatus.of(indicator.baselineValue(), indicator.targetValue(), indicator.direction(),
					v == null ? null : v.value(), v == null ? null : this.period);
		}

		public List<Long> organisations() {
			List<Long> ids = new ArrayList<>();
			this.register.indicators().forEach(i -> {
				if (!ids.contains(i.responsibleId())) {
					ids.add(i.responsibleId());
				}
			});
			return ids;
		}

	}

}
