package vn.vieclam.portal.employer;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.vieclam.portal.account.PortalUser;
import vn.vieclam.portal.account.Role;
import vn.vieclam.portal.reference.CodeName;
import vn.vieclam.portal.reference.ReferenceData;
import vn.vieclam.portal.reference.UnitRef;
import vn.vieclam.portal.shared.DomainException;
import vn.vieclam.portal.shared.Formats;
import vn.vieclam.portal.shared.NotFoundException;
import vn.vieclam.portal.shared.Versions;
import vn.vieclam.portal.shared.audit.AuditAction;
import vn.vieclam.portal.shared.audit.AuditLog;

/**
 * Workforce reports: an employer files its own, one per period, to its competent body; officials read
 * every submitted report and the period's overview. Every read and write is scoped here, whatever the page
 * showed: another employer's report, or a draft asked for by an official, is not found.
 */
@Service
@Transactional
class WorkforceReports {

	private final WorkforceReportRepository reports;

	private final WorkforceQueries queries;

	private final WorkforceExport export;

	private final Employers employers;

	private final ReferenceData reference;

	private final AuditLog audit;

	WorkforceReports(WorkforceReportRepository reports, WorkforceQueries queries, WorkforceExport export,
			Employers employers, ReferenceData reference, AuditLog audit) {
		this.reports = reports;
		this.queries = queries;
		this.export = export;
		this.employers = employers;
		this.reference = reference;
		this.audit = audit;
	}

	@Transactional(readOnly = true)
	Page<WorkforceReportRow> own(PortalUser user, Pageable pageable) {
		return this.queries.ofEmployer(this.employers.of(user).id(), pageable);
	}

	/** The employer's own report, or any submitted report for an official. */
	@Transactional(readOnly = true)
	WorkforceReportView view(PortalUser user, Long id) {
		WorkforceReportView report = this.queries.find(id).orElseThrow(() -> new NotFoundException("workforce report", id));
		boolean own = user.is(Role.EMPLOYER) && report.employerId().equals(this.employers.of(user).id());
		boolean official = user.is(Role.OFFICIAL) && report.submitted();
		if (!own && !official) {
			throw new NotFoundException("workforce report", id);
		}
		return report;
	}

	/** A new draft for the user's employer; another report for the same period is refused on the period. */
	Long create(PortalUser user, WorkforceReportDetails details) {
		Long employerId = this.employers.of(user).id();
		check(details, employerId, null);
		try {
			return this.reports.saveAndFlush(new WorkforceReport(employerId, details)).getId();
		}
		catch (DataIntegrityViolationException ex) {
			throw duplicatePeriod(); // filed at the same moment from another window
		}
	}

	/** The employer changes its draft. */
	void revise(PortalUser user, Long id, long version, WorkforceReportDetails details) {
		change(user, id, version, details);
	}

	/** The employer saves its draft as shown and submits it to its competent body; it is final from then on. */
	void submit(PortalUser user, Long id, long version, WorkforceReportDetails details) {
		change(user, id, version, details).submit();
	}

	/** Every employer (or the official's own body's) with its report for the period, one page, and the totals. */
	@Transactional(readOnly = true)
	WorkforcePeriodList period(PortalUser user, WorkforceFilter filter, Pageable pageable) {
		requireOfficial(user);
		return this.queries.period(filter, pageable);
	}

	/** The period's overview as a spreadsheet, written to {@code out} as the rows are read; the export is audited. */
	void export(PortalUser user, WorkforceFilter filter, Locale locale, OutputStream out) throws IOException {
		requireOfficial(user);
		this.audit.record(AuditAction.EXPORT, "WorkforceReport", null, null,
				"period " + filter.period().fileSuffix() + (filter.bodyId() == null ? ", all bodies" : ", body " + filter.bodyId()));
		this.export.write(filter, locale, out);
	}

	private WorkforceReport change(PortalUser user, Long id, long version, WorkforceReportDetails details) {
		WorkforceReport report = own(user, id);
		Versions.require(report.getVersion(), version, WorkforceReport.class, id);
		check(details, report.getEmployerId(), id);
		report.revise(details);
		try {
			this.reports.flush();
		}
		catch (DataIntegrityViolationException ex) {
			throw duplicatePeriod();
		}
		return report;
	}

	private WorkforceReport own(PortalUser user, Long id) {
		Long employerId = this.employers.of(user).id();
		return this.reports.findById(id)
			.filter(report -> report.getEmployerId().equals(employerId))
			.orElseThrow(() -> new NotFoundException("workforce report", id));
	}

	private void check(WorkforceReportDetails details, Long employerId, Long exceptId) {
		WorkforcePeriod period = details.period();
		if (period.startsAfter(LocalDate.now(Formats.VIETNAM))) {
			throw DomainException.onField("periodNumber", "workforce.period.future");
		}
		if (this.reports.existsForPeriod(employerId, period.type(), period.year(), period.number(), exceptId)) {
			throw duplicatePeriod();
		}
		Set<Long> provinces = this.reference.provinces(LocalDate.now(Formats.VIETNAM)).stream().map(UnitRef::id).collect(Collectors.toSet());
		if (!details.origins().stream().allMatch(origin -> provinces.contains(origin.provinceId()))) {
			throw DomainException.onField("origins", "workforce.origin.provinceUnknown");
		}
		Set<String> levels = this.reference.skillLevels().stream().map(CodeName::code).collect(Collectors.toSet());
		if (!details.needs().stream().allMatch(need -> levels.contains(need.skillLevelCode()))) {
			throw DomainException.onField("needs", "workforce.need.skillLevelUnknown");
		}
	}

	private static DomainException duplicatePeriod() {
		return DomainException.onField("periodNumber", "workforce.period.duplicate");
	}

	private static void requireOfficial(PortalUser user) {
		if (!user.is(Role.OFFICIAL)) {
			throw new NotFoundException("workforce reports of", user.getUsername());
		}
	}

}
