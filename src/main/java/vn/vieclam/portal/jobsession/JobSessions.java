package vn.vieclam.portal.jobsession;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.vieclam.portal.account.PortalUser;
import vn.vieclam.portal.account.Role;
import vn.vieclam.portal.candidate.CandidateRow;
import vn.vieclam.portal.candidate.CandidateView;
import vn.vieclam.portal.candidate.Candidates;
import vn.vieclam.portal.employer.Employers;
import vn.vieclam.portal.reference.OrganisationKind;
import vn.vieclam.portal.reference.OrganisationRef;
import vn.vieclam.portal.reference.ReferenceData;
import vn.vieclam.portal.shared.DomainException;
import vn.vieclam.portal.shared.Formats;
import vn.vieclam.portal.shared.NotFoundException;
import vn.vieclam.portal.shared.Phone;
import vn.vieclam.portal.shared.Text;
import vn.vieclam.portal.shared.Versions;
import vn.vieclam.portal.shared.audit.AuditAction;
import vn.vieclam.portal.shared.audit.AuditLog;
import vn.vieclam.portal.shared.calendar.IcsCalendar;
import vn.vieclam.portal.shared.calendar.IcsEvent;
import vn.vieclam.portal.vacancy.Vacancies;
import vn.vieclam.portal.vacancy.VacancyStatus;
import vn.vieclam.portal.vacancy.VacancyView;

/**
 * The job-session module's public service. A session belongs to its host centre; co-hosting centres run a
 * meeting point each. The host edits the session, its co-hosts and decides on employers; host and
 * co-hosts check workers in, add walk-ins and record the outcome of their own site. Every other centre's
 * request for a session answers "not found". Employers register with their own published vacancies and see
 * only their own registrations; workers pre-register on the public page.
 */
@Service
@Transactional
public class JobSessions {

	/** The version of the privacy notice a worker agrees to when pre-registering. */
	public static final String WORKER_NOTICE = "2026-01";

	private static final String CODE_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

	private final SecureRandom random = new SecureRandom();

	private final JobSessionRepository sessions;

	private final JobSessionQueries queries;

	private final ReferenceData reference;

	private final Employers employers;

	private final Vacancies vacancies;

	private final Candidates candidates;

	private final AuditLog audit;

	private final JdbcTemplate jdbc;

	JobSessions(JobSessionRepository sessions, JobSessionQueries queries, ReferenceData reference, Employers employers,
			Vacancies vacancies, Candidates candidates, AuditLog audit, JdbcTemplate jdbc) {
		this.candidates = candidates;
		this.sessions = sessions;
		this.queries = queries;
		this.reference = reference;
		this.employers = employers;
		this.vacancies = vacancies;
		this.audit = audit;
		this.jdbc = jdbc;
	}

	// --- the public ---

	@Transactional(readOnly = true)
	public Page<SessionRow> list(SessionFilter filter, Pageable pageable) {
		return this.queries.list(filter, null, today(), pageable);
	}

	/** The next sessions from today, soonest first, for the home page. */
	@Transactional(readOnly = true)
	public List<SessionRow> upcoming(int limit) {
		return this.queries.upcoming(today(), limit);
	}

	@Transactional(readOnly = true)
	public SessionDetail detail(Long id) {
		SessionView session = this.queries.session(id).orElseThrow(() -> new NotFoundException("job session", id));
		return new SessionDetail(session, this.queries.points(id), this.queries.registrations(id, true));
	}

	/** What a worker may tick as "interested": the vacancies approved employers bring. */
	@Transactional(readOnly = true)
	public List<VacancyItem> sessionVacancies(Long id) {
		return this.queries.sessionVacancies(id);
	}

	/** The session as an iCalendar file; {@code pageUrl} is the public page's absolute address. */
	@Transactional(readOnly = true)
	public String calendar(Long id, String pageUrl) {
		SessionDetail detail = detail(id);
		SessionView s = detail.session();
		StringBuilder location = new StringBuilder();
		if (s.venue() != null) {
			location.append(s.venue());
		}
		if (s.videoLink() != null) {
			location.append(location.isEmpty() ? "" : " / ").append(s.videoLink());
		}
		StringBuilder description = new StringBuilder();
		if (s.description() != null) {
			description.append(s.description()).append('\n');
		}
		description.append(s.hostCentreName());
		for (PointView p : detail.points()) {
			description.append('\n').append(p.centreName());
			if (p.address() != null) {
				description.append(": ").append(p.address());
			}
			if (p.videoLink() != null) {
				description.append(" (").append(p.videoLink()).append(')');
			}
		}
		if (s.cancelled()) {
			description.insert(0, "ĐÃ HỦY / CANCELLED: " + s.cancelReason() + '\n');
		}
		// Each edit and the cancellation raise the row's version: calendars replace their copy when SEQUENCE rises.
		IcsEvent event = new IcsEvent("job-session-" + s.id() + "@vieclam.vn",
				ZonedDateTime.of(s.date(), s.startTime(), Formats.VIETNAM),
				ZonedDateTime.of(s.date(), s.endTime(), Formats.VIETNAM), s.title(), location.toString(),
				description.toString(), pageUrl, (int) s.version(), s.cancelled());
		return IcsCalendar.named(s.title()).add(event).render();
	}

	/** A worker pre-registers on the public page; returns the registration code they show at check-in. */
	public String preRegister(Long sessionId, WorkerForm form) {
		return registerWorker(sessionId, form, null, false, null, WORKER_NOTICE);
	}

	// --- employers ---

	@Transactional(readOnly = true)
	public List<EmployerRegistrationView> registrationsOf(PortalUser employer) {
		return this.queries.registrationsOfEmployer(this.employers.of(employer).id());
	}

	@Transactional(readOnly = true)
	public List<SessionView> openForEmployers() {
		return this.queries.openForEmployers(today());
	}

	/** A session an employer may register for: still open; else not found. */
	@Transactional(readOnly = true)
	SessionView forEmployer(Long id) {
		return this.queries.session(id).orElseThrow(() -> new NotFoundException("job session", id));
	}

	/**
	 * The employer registers with its own published vacancies. Refused after the closing day, when the session
	 * has no employer place left, or when it is already registered.
	 */
	public Long registerEmployer(PortalUser user, Long sessionId, List<Long> vacancyIds, int interviewSlots,
			String note) {
		Long employerId = this.employers.of(user).id();
		this.queries.lock(sessionId);
		SessionView session = forEmployer(sessionId);
		if (session.cancelled()) {
			throw new DomainException("jobsession.session.cancelledNoRegistration");
		}
		if (!session.registrationOpen(today())) {
			throw new DomainException("jobsession.employer.closed", Formats.DATE.format(session.registrationClosesOn()));
		}
		if (this.queries.hasLiveRegistration(sessionId, employerId)) {
			throw new DomainException("jobsession.employer.duplicate");
		}
		if (this.queries.liveEmployerRegistrations(sessionId) >= session.employerCapacity()) {
			throw new DomainException("jobsession.employer.full", session.employerCapacity());
		}
		Set<Long> chosen = new HashSet<>(vacancyIds);
		if (chosen.isEmpty()) {
			throw DomainException.onField("vacancyIds", "jobsession.employer.vacancies.required");
		}
		for (Long vacancyId : chosen) {
			VacancyView vacancy = this.vacancies.own(user, vacancyId);
			if (vacancy.status() != VacancyStatus.PUBLISHED) {
				throw DomainException.onField("vacancyIds", "jobsession.employer.vacancy.notPublished", vacancy.title());
			}
		}
		Long id;
		try {
			id = this.jdbc.queryForObject("""
					insert into job_session_employer (session_id, employer_id, interview_slots, note, registered_by)
					values (?, ?, ?, ?, ?) returning id""", Long.class, sessionId, employerId, interviewSlots,
					Text.blankToNull(note), user.getUsername());
		}
		catch (DuplicateKeyException ex) {
			throw new DomainException("jobsession.employer.duplicate");
		}
		for (Long vacancyId : chosen) {
			this.jdbc.update("insert into job_session_employer_vacancy (registration_id, vacancy_id) values (?, ?)", id,
					vacancyId);
		}
		return id;
	}

	/** The employer withdraws; its place is free for another. Another employer's registration is not found. */
	public void cancelEmployer(PortalUser user, Long registrationId) {
		EmployerRegistrationView registration = ownRegistration(user, registrationId);
		if (!registration.live()) {
			throw new DomainException("jobsession.employer.notLive");
		}
		this.jdbc.update("update job_session_employer set status = 'CANCELLED', decided_at = now(), version = version + 1 where id = ?",
				registrationId);
	}

	@Transactional(readOnly = true)
	public EmployerRegistrationView ownRegistration(PortalUser user, Long registrationId) {
		Long employerId = this.employers.of(user).id();
		return this.queries.registration(registrationId)
			.filter(r -> r.employerId().equals(employerId))
			.orElseThrow(() -> new NotFoundException("job session registration", registrationId));
	}

	// --- centres ---

	/** Sessions this centre hosts or co-hosts, upcoming first. */
	@Transactional(readOnly = true)
	public Page<SessionRow> ofCentre(PortalUser centre, Pageable pageable) {
		return this.queries.list(new SessionFilter(null, null, null), centre.organisationId(), today(), pageable);
	}

	public Long create(PortalUser centre, SessionDetails details) {
		requireCentre(centre);
		check(details);
		OrganisationRef host = this.reference.organisation(centre.organisationId());
		Long province = this.reference.currentUnit(host.provinceId()).id();
		return this.sessions.save(new JobSession(host.id(), province, details)).getId();
	}

	/**
	 * The host changes the session's details; a co-host or another centre is told it does not exist, and a
	 * cancelled session stays as it was when it was called off.
	 */
	public void update(PortalUser centre, Long id, long version, SessionDetails details) {
		JobSession session = hostedEntity(centre, id);
		Versions.require(session.getVersion(), version, JobSession.class, id);
		if (session.cancelled()) {
			throw new DomainException("jobsession.session.cancelledNoEdit");
		}
		check(details);
		session.edit(details);
	}

	/**
	 * The host cancels the whole session, saying why: it stays listed and marked, takes no more registrations
	 * and no longer counts toward the yearly targets. A stale page is a 409; anyone but the host is told it
	 * does not exist.
	 */
	public void cancel(PortalUser centre, Long id, long version, String reason) {
		SessionView session = hosted(centre, id);
		if (session.cancelled()) {
			throw new DomainException("jobsession.session.alreadyCancelled");
		}
		String why = Text.blankToNull(reason);
		if (why == null) {
			throw DomainException.onField("reason", "jobsession.cancel.reasonRequired");
		}
		if (why.length() > 500) {
			throw DomainException.onField("reason", "jobsession.cancel.reasonTooLong");
		}
		if (this.jdbc.update("""
				update job_session set cancelled_at = now(), cancel_reason = ?, cancelled_by = ?, updated_at = now(),
				  version = version + 1 where id = ? and version = ? and cancelled_at is null""", why,
				centre.getUsername(), id, version) == 0) {
			throw new ObjectOptimisticLockingFailureException(JobSession.class, id);
		}
		this.audit.record(AuditAction.UPDATE, "job_session", id, Map.of("cancelled", true), why);
	}

	/**
	 * The session as its host or a co-host manages it, or as an official reads it; anyone else is told it
	 * does not exist.
	 */
	@Transactional(readOnly = true)
	public SessionView managed(PortalUser user, Long id) {
		SessionView session = this.queries.session(id).orElseThrow(() -> new NotFoundException("job session", id));
		if (user.is(Role.OFFICIAL) || (user.is(Role.JOB_CENTRE) && this.queries.participates(id, user.organisationId()))) {
			return session;
		}
		throw new NotFoundException("job session", id);
	}

	/** The session as its host edits it; co-hosts and other centres are told it does not exist. */
	@Transactional(readOnly = true)
	public SessionView hosted(PortalUser centre, Long id) {
		SessionView session = this.queries.session(id).orElseThrow(() -> new NotFoundException("job session", id));
		if (!centre.is(Role.JOB_CENTRE) || !session.hostCentreId().equals(centre.organisationId())) {
			throw new NotFoundException("job session", id);
		}
		return session;
	}

	@Transactional(readOnly = true)
	public List<PointView> points(Long id) {
		return this.queries.points(id);
	}

	@Transactional(readOnly = true)
	public List<EmployerRegistrationView> registrations(PortalUser user, Long id) {
		managed(user, id);
		return this.queries.registrations(id, false);
	}

	public void addCoHost(PortalUser centre, Long id, Long coHostId, PointDetails point) {
		SessionView session = hosted(centre, id);
		OrganisationRef coHost = this.reference.organisation(coHostId);
		if (coHost.kind() != OrganisationKind.JOB_CENTRE || coHostId.equals(session.hostCentreId())) {
			throw DomainException.onField("centreId", "jobsession.point.notACentre");
		}
		requireSomewhere(point);
		Long province = this.reference.currentUnit(coHost.provinceId()).id();
		try {
			this.jdbc.update("""
					insert into job_session_point (session_id, centre_id, province_id, address, video_link, contact)
					values (?, ?, ?, ?, ?, ?)""", id, coHostId, province, point.address(), point.videoLink(),
					point.contact());
		}
		catch (DuplicateKeyException ex) {
			throw DomainException.onField("centreId", "jobsession.point.duplicate");
		}
	}

	public void removeCoHost(PortalUser centre, Long id, Long pointId) {
		hosted(centre, id);
		if (this.jdbc.update("delete from job_session_point where id = ? and session_id = ?", pointId, id) == 0) {
			throw new NotFoundException("meeting point", pointId);
		}
	}

	/** A co-host keeps its own meeting point's address, link and contact up to date. */
	public void updateOwnPoint(PortalUser centre, Long id, PointDetails point) {
		requireSomewhere(point);
		if (this.jdbc.update("update job_session_point set address = ?, video_link = ?, contact = ? where session_id = ? and centre_id = ?",
				point.address(), point.videoLink(), point.contact(), id, centre.organisationId()) == 0) {
			throw new NotFoundException("meeting point", id);
		}
	}

	/** The host approves (with the employer's interview room for online sessions) or rejects a registration. */
	public void decide(PortalUser centre, Long id, Long registrationId, boolean approve, String roomLink) {
		hosted(centre, id);
		EmployerRegistrationView registration = this.queries.registration(registrationId)
			.filter(r -> r.sessionId().equals(id))
			.orElseThrow(() -> new NotFoundException("job session registration", registrationId));
		if (!registration.live()) {
			throw new DomainException("jobsession.employer.notLive");
		}
		String link = Text.blankToNull(roomLink);
		if (link != null && !link.matches("https://\\S+")) {
			throw new DomainException("jobsession.link.invalid");
		}
		this.jdbc.update("""
				update job_session_employer set status = ?, room_link = coalesce(?, room_link), decided_at = now(),
				  version = version + 1 where id = ?""", approve ? "APPROVED" : "REJECTED", link, registrationId);
	}

	/** The workers registered for the session; a co-host reading the host's list is audited. */
	public List<WorkerRow> workers(PortalUser user, Long id) {
		SessionView session = managed(user, id);
		if (!session.hostCentreId().equals(user.organisationId())) {
			this.audit.recordView("job_session_worker", id, "check-in list");
		}
		return this.queries.workers(id);
	}

	/** A centre adds a worker who came on the day (no closing day, no capacity: they are there). */
	public String walkIn(PortalUser centre, Long id, WorkerForm form) {
		participating(centre, id);
		return registerWorker(id, form, centre.organisationId(), true, null, WORKER_NOTICE);
	}

	/**
	 * A host or co-host centre registers a worker ahead of the day, under the same rules as the public form
	 * (closing day, capacity, one registration per phone): one of its own candidates who agreed to their
	 * profile being shared with employers (another centre's candidate is not found), or a worker it types in.
	 * Returns the registration code.
	 */
	public String registerForCentre(PortalUser centre, Long id, Long candidateId, WorkerForm typed) {
		participating(centre, id);
		if (candidateId == null) {
			return registerWorker(id, typed, centre.organisationId(), false, null, WORKER_NOTICE);
		}
		CandidateView candidate = this.candidates.view(centre, candidateId);
		if (!candidate.sharesWithEmployers()) {
			throw DomainException.onField("candidateId", "jobsession.worker.candidate.noConsent");
		}
		if (candidate.phone() == null) {
			throw DomainException.onField("candidateId", "jobsession.worker.candidate.noPhone");
		}
		WorkerForm worker = new WorkerForm(candidate.fullName(), candidate.phone(), candidate.homeProvinceId(),
				candidate.homeCommuneId(), null, typed.vacancyIds(), true);
		try {
			return registerWorker(id, worker, centre.organisationId(), false, candidateId, candidate.consentNotice());
		}
		catch (DomainException ex) {
			// The candidate's own details are not on the form: say it beside the candidate chosen.
			if (ex.field() != null && !"vacancyIds".equals(ex.field())) {
				throw DomainException.onField("candidateId", ex.messageKey(), ex.arguments());
			}
			throw ex;
		}
	}

	/** A centre's own candidates to choose from (newest first, or those matching {@code q}). */
	@Transactional(readOnly = true)
	public Page<CandidateRow> ownCandidates(PortalUser centre, String q, Pageable pageable) {
		return this.candidates.search(centre, q, null, null, null, pageable);
	}

	public void checkIn(PortalUser centre, Long id, Long workerId) {
		participating(centre, id);
		if (this.jdbc.update("""
				update job_session_worker set checked_in_at = coalesce(checked_in_at, now()), checked_in_by = coalesce(checked_in_by, ?)
				where id = ? and session_id = ? and cancelled_at is null""", centre.organisationId(), workerId, id) == 0) {
			throw new NotFoundException("job session worker", workerId);
		}
	}

	/** The worker a code belongs to, for the check-in page a scanned QR code opens; host and co-hosts only. */
	@Transactional(readOnly = true)
	public java.util.Optional<WorkerRow> workerByCode(PortalUser centre, Long id, String code) {
		participating(centre, id);
		return this.queries.workerByCode(id, normalise(code));
	}

	/** Check-in by the code on the worker's registration (typed, or read from its QR code); returns the name. */
	public String checkInByCode(PortalUser centre, Long id, String code) {
		participating(centre, id);
		String normalised = normalise(code);
		List<Map<String, Object>> rows = this.jdbc.queryForList(
				"select id, full_name from job_session_worker where session_id = ? and code = ? and cancelled_at is null",
				id, normalised);
		if (rows.isEmpty()) {
			throw DomainException.onField("code", "jobsession.checkIn.unknownCode");
		}
		checkIn(centre, id, ((Number) rows.get(0).get("id")).longValue());
		return (String) rows.get(0).get("full_name");
	}

	/** The worker will not come: the place is free again. */
	public void cancelWorker(PortalUser centre, Long id, Long workerId) {
		participating(centre, id);
		if (this.jdbc.update("update job_session_worker set cancelled_at = now() where id = ? and session_id = ? and cancelled_at is null",
				workerId, id) == 0) {
			throw new NotFoundException("job session worker", workerId);
		}
	}

	/** The host or a meeting point records what happened at its own site, once the session has taken place. */
	public void recordOutcome(PortalUser centre, Long id, Outcome outcome, long version) {
		SessionView session = participating(centre, id);
		if (session.date().isAfter(today())) {
			throw new DomainException("jobsession.outcome.notYet");
		}
		if (outcome.selected() > outcome.interviewed()) {
			throw DomainException.onField("selected", "jobsession.outcome.selectedAboveInterviewed");
		}
		if (outcome.interviewed() > outcome.peopleAttended() || outcome.counselled() > outcome.peopleAttended()) {
			throw DomainException.onField("peopleAttended", "jobsession.outcome.peopleBelowOthers");
		}
		saveOutcome(id, centre.organisationId(), outcome, version, centre.getUsername());
	}

	@Transactional(readOnly = true)
	public List<OutcomeView> outcomes(PortalUser user, Long id) {
		managed(user, id);
		return this.queries.outcomes(id);
	}

	@Transactional(readOnly = true)
	public long hiresFromSession(Long id) {
		return this.queries.hiresFromSession(id);
	}

	/** Each approved employer's interviews in order, the pre-registered workers interested in it first. */
	@Transactional(readOnly = true)
	public List<EmployerSchedule> schedule(PortalUser user, Long id) {
		SessionView session = managed(user, id);
		Map<Long, List<Map<String, Object>>> interested = new LinkedHashMap<>();
		for (Map<String, Object> row : this.queries.interests(id)) {
			interested.computeIfAbsent(((Number) row.get("registration_id")).longValue(), k -> new ArrayList<>()).add(row);
		}
		List<EmployerSchedule> schedules = new ArrayList<>();
		for (EmployerRegistrationView r : this.queries.registrations(id, true)) {
			List<Map<String, Object>> people = interested.getOrDefault(r.id(), List.of());
			Set<String> seen = new HashSet<>();
			List<Map<String, Object>> distinct = people.stream().filter(p -> seen.add((String) p.get("code"))).toList();
			List<InterviewSlot> slots = new ArrayList<>();
			for (int i = 0; i < r.interviewSlots(); i++) {
				LocalTime start = session.startTime().plusMinutes((long) i * session.interviewMinutes());
				Map<String, Object> who = i < distinct.size() ? distinct.get(i) : null;
				slots.add(new InterviewSlot(i + 1, start, start.plusMinutes(session.interviewMinutes()),
						who == null ? null : (String) who.get("full_name"), who == null ? null : (String) who.get("code"),
						who == null ? null : (String) who.get("title")));
			}
			schedules.add(new EmployerSchedule(r.id(), r.employerName(), r.roomLink(), slots));
		}
		return schedules;
	}

	/** Job centres that may co-host (all but the host). */
	@Transactional(readOnly = true)
	public List<OrganisationRef> centres() {
		return this.reference.activeOrganisations(List.of(OrganisationKind.JOB_CENTRE));
	}

	// --- yearly targets and progress ---

	/**
	 * Each centre's job sessions in {@code year} against its targets, in one statement: sessions held (hosted or
	 * co-hosted, up to today), enterprise participations and people counselled or introduced at its sites.
	 */
	@Transactional(readOnly = true)
	public List<YearlyProgress> yearlyProgress(int year) {
		return this.queries.yearlyProgress(year, today(), expectedShare(year));
	}

	/** Month by month for one centre, or for all when {@code centreId} is null. */
	@Transactional(readOnly = true)
	public List<MonthProgress> byMonth(int year, Long centreId) {
		return this.queries.byMonth(year, centreId);
	}

	/** A centre sets its own targets; officials set any centre's. A stale form is a 409. */
	public void saveTarget(PortalUser user, Long centreId, int year, int sessions, int enterprises, int people,
			String source, long version) {
		if (!mayEditTarget(user, centreId)) {
			throw new NotFoundException("job centre", centreId);
		}
		if (this.reference.organisation(centreId).kind() != OrganisationKind.JOB_CENTRE) {
			throw DomainException.onField("centreId", "jobsession.point.notACentre");
		}
		if (version < 0) {
			try {
				this.jdbc.update("""
						insert into job_session_target (year, centre_id, sessions, enterprise_participations, people_counselled, source, updated_by)
						values (?, ?, ?, ?, ?, ?, ?)""", year, centreId, sessions, enterprises, people,
						Text.blankToNull(source), user.getUsername());
			}
			catch (DuplicateKeyException ex) {
				throw new ObjectOptimisticLockingFailureException("job_session_target", centreId);
			}
			return;
		}
		if (this.jdbc.update("""
				update job_session_target set sessions = ?, enterprise_participations = ?, people_counselled = ?, source = ?,
				  updated_by = ?, updated_at = now(), version = version + 1
				where year = ? and centre_id = ? and version = ?""", sessions, enterprises, people,
				Text.blankToNull(source), user.getUsername(), year, centreId, version) == 0) {
			throw new ObjectOptimisticLockingFailureException("job_session_target", centreId);
		}
	}

	public boolean mayEditTarget(PortalUser user, Long centreId) {
		return user.is(Role.OFFICIAL) || (user.is(Role.JOB_CENTRE) && Objects.equals(user.organisationId(), centreId));
	}

	// --- rules and helpers ---

	private String registerWorker(Long sessionId, WorkerForm form, Long byCentre, boolean walkIn, Long candidateId,
			String notice) {
		this.queries.lock(sessionId);
		SessionView session = this.queries.session(sessionId)
			.orElseThrow(() -> new NotFoundException("job session", sessionId));
		if (session.cancelled()) {
			throw new DomainException("jobsession.session.cancelledNoRegistration");
		}
		String phone = Phone.parse(form.phone()).orElseThrow(() -> DomainException.onField("phone", "phone.invalid"));
		if (form.homeCommuneId() != null && !Objects.equals(this.reference.unit(form.homeCommuneId()).parentId(),
				form.homeProvinceId())) {
			throw DomainException.onField("homeCommuneId", "jobsession.worker.commune.notInProvince");
		}
		if (!walkIn && !session.registrationOpen(today())) {
			throw new DomainException("jobsession.worker.closed", Formats.DATE.format(session.registrationClosesOn()));
		}
		if (this.queries.phoneRegistered(sessionId, phone)) {
			throw DomainException.onField("phone", "jobsession.worker.duplicate");
		}
		if (!walkIn && this.queries.liveWorkers(sessionId) >= session.workerCapacity()) {
			throw new DomainException("jobsession.worker.full");
		}
		Set<Long> allowed = new HashSet<>();
		this.queries.sessionVacancies(sessionId).forEach(v -> allowed.add(v.id()));
		if (!allowed.containsAll(form.vacancyIds())) {
			throw DomainException.onField("vacancyIds", "jobsession.worker.vacancy.notInSession");
		}
		for (int attempt = 0;; attempt++) {
			String code = newCode();
			try {
				Long id = this.jdbc.queryForObject("""
						insert into job_session_worker (session_id, code, full_name, phone, home_province_id, home_commune_id,
						  home_commune_text, consent_at, consent_notice, walk_in, registered_by_centre_id, checked_in_at, checked_in_by,
						  candidate_id)
						values (?, ?, ?, ?, ?, ?, ?, now(), ?, ?, ?, ?, ?, ?) returning id""", Long.class, sessionId, code,
						form.fullName().strip(), phone, form.homeProvinceId(), form.homeCommuneId(),
						Text.blankToNull(form.homeCommuneText()), notice == null ? WORKER_NOTICE : notice, walkIn, byCentre,
						walkIn ? java.sql.Timestamp.from(java.time.Instant.now()) : null, walkIn ? byCentre : null,
						candidateId);
				for (Long vacancyId : new HashSet<>(form.vacancyIds())) {
					this.jdbc.update("insert into job_session_worker_vacancy (worker_id, vacancy_id) values (?, ?)", id,
							vacancyId);
				}
				return code;
			}
			catch (DuplicateKeyException ex) {
				if (this.queries.phoneRegistered(sessionId, phone)) {
					throw DomainException.onField("phone", "jobsession.worker.duplicate");
				}
				if (attempt > 5) {
					throw ex;
				}
			}
		}
	}

	private static String normalise(String code) {
		return code == null ? "" : code.strip().toUpperCase(java.util.Locale.ROOT).replace(" ", "");
	}

	/** Six letters and digits without look-alikes (no I, O, 0, 1): easy to read out and to type. */
	private String newCode() {
		StringBuilder code = new StringBuilder(6);
		for (int i = 0; i < 6; i++) {
			code.append(CODE_LETTERS.charAt(this.random.nextInt(CODE_LETTERS.length())));
		}
		return code.toString();
	}

	private void saveOutcome(Long id, Long centreId, Outcome o, long version, String username) {
		if (version < 0) {
			try {
				this.jdbc.update("""
						insert into job_session_outcome (session_id, centre_id, employers_attended, people_attended, counselled,
						  interviewed, selected, recorded_by) values (?, ?, ?, ?, ?, ?, ?, ?)""", id, centreId,
						o.employersAttended(), o.peopleAttended(), o.counselled(), o.interviewed(), o.selected(), username);
			}
			catch (DuplicateKeyException ex) {
				throw new ObjectOptimisticLockingFailureException("job_session_outcome", id);
			}
			return;
		}
		if (this.jdbc.update("""
				update job_session_outcome set employers_attended = ?, people_attended = ?, counselled = ?, interviewed = ?,
				  selected = ?, recorded_by = ?, recorded_at = now(), version = version + 1
				where session_id = ? and centre_id = ? and version = ?""", o.employersAttended(), o.peopleAttended(),
				o.counselled(), o.interviewed(), o.selected(), username, id, centreId, version) == 0) {
			throw new ObjectOptimisticLockingFailureException("job_session_outcome", id);
		}
	}

	private SessionView participating(PortalUser centre, Long id) {
		if (!centre.is(Role.JOB_CENTRE)) {
			throw new NotFoundException("job session", id);
		}
		return managed(centre, id);
	}

	private JobSession hostedEntity(PortalUser centre, Long id) {
		JobSession session = this.sessions.findById(id).orElseThrow(() -> new NotFoundException("job session", id));
		if (!centre.is(Role.JOB_CENTRE) || !session.getHostCentreId().equals(centre.organisationId())) {
			throw new NotFoundException("job session", id);
		}
		return session;
	}

	private static void requireCentre(PortalUser user) {
		if (!user.is(Role.JOB_CENTRE)) {
			throw new NotFoundException("job centre", user.organisationId());
		}
	}

	private static void requireSomewhere(PointDetails point) {
		if (point.address() == null && point.videoLink() == null) {
			throw DomainException.onField("address", "jobsession.point.whereRequired");
		}
	}

	private static void check(SessionDetails d) {
		if (!d.endTime().isAfter(d.startTime())) {
			throw DomainException.onField("endTime", "jobsession.session.endBeforeStart");
		}
		if (d.registrationClosesOn().isAfter(d.date())) {
			throw DomainException.onField("registrationClosesOn", "jobsession.session.closesAfter");
		}
		if (d.kind().online() && d.videoLink() == null) {
			throw DomainException.onField("videoLink", "jobsession.session.videoLinkRequired");
		}
		if (d.kind() != SessionKind.ONLINE && d.venue() == null) {
			throw DomainException.onField("venue", "jobsession.session.venueRequired");
		}
	}

	static double expectedShare(int year) {
		LocalDate today = today();
		if (year < today.getYear()) {
			return 1;
		}
		if (year > today.getYear()) {
			return 0;
		}
		return (double) today.getDayOfYear() / today.lengthOfYear();
	}

	static LocalDate today() {
		return LocalDate.now(Formats.VIETNAM);
	}

}
