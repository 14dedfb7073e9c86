package vn.vieclam.portal.matching;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.vieclam.portal.account.PortalUser;
import vn.vieclam.portal.account.Role;
import vn.vieclam.portal.candidate.CandidateStatus;
import vn.vieclam.portal.candidate.CandidateView;
import vn.vieclam.portal.candidate.Candidates;
import vn.vieclam.portal.employer.Employers;
import vn.vieclam.portal.shared.DomainException;
import vn.vieclam.portal.shared.Formats;
import vn.vieclam.portal.shared.NotFoundException;
import vn.vieclam.portal.shared.Text;
import vn.vieclam.portal.shared.Versions;
import vn.vieclam.portal.vacancy.Vacancies;

/**
 * The referral module's public service. A job centre refers its own candidates, who must have consented
 * to sharing, to published vacancies, once per vacancy; the vacancy's employer records the interview and
 * the outcome, the centre a withdrawal and the follow-ups after a hire. A centre sees only its own
 * referrals and an employer only those for its own vacancies: any other id is not found. An employer
 * reads a candidate only through {@link Candidates#sharedProfile}, which audits the view.
 */
@Service
@Transactional
public class Referrals {

	/** Follow-ups due within this many days (or overdue) are the centre's work for now. */
	static final int FOLLOW_UP_HORIZON_DAYS = 7;

	private final ReferralRepository referrals;

	private final ReferralQueries queries;

	private final Candidates candidates;

	private final Vacancies vacancies;

	private final Employers employers;

	private final JdbcTemplate jdbc;

	Referrals(ReferralRepository referrals, ReferralQueries queries, Candidates candidates, Vacancies vacancies,
			Employers employers, JdbcTemplate jdbc) {
		this.referrals = referrals;
		this.queries = queries;
		this.candidates = candidates;
		this.vacancies = vacancies;
		this.employers = employers;
		this.jdbc = jdbc;
	}

	/** A referral as its page shows it, with the candidate as this user may see them (null: not shared). */
	public record Detail(ReferralView referral, CandidateSummary candidate, boolean employerSide) {
	}

	// --- the centre refers ---

	/**
	 * Refers one of the centre's candidates to a published, open vacancy. Refused (with a message) without
	 * consent to sharing, for an erased or no longer seeking candidate, for a closed vacancy, or a second
	 * time for the same vacancy. The candidate becomes REFERRED and the introduction is counted.
	 */
	public Long refer(PortalUser staff, Long candidateId, Long vacancyId) {
		return refer(staff, candidateId, vacancyId, today());
	}

	/**
	 * A referral made on an earlier day and recorded now (from the centre's paper records, or the demo): the
	 * same rules, with the vacancy still open on that day. Never a day after today.
	 */
	public Long refer(PortalUser staff, Long candidateId, Long vacancyId, LocalDate on) {
		Long centre = this.candidates.centreOf(staff);
		CandidateView candidate = this.candidates.view(staff, candidateId);
		if (candidate.erased()) {
			throw new DomainException("referral.candidate.erased");
		}
		if (!candidate.sharesWithEmployers()) {
			throw new DomainException("referral.consent.sharingRequired", candidate.fullName());
		}
		if (!EnumSet.of(CandidateStatus.SEEKING, CandidateStatus.REFERRED).contains(candidate.status())) {
			throw new DomainException("referral.candidate.notSeeking", candidate.fullName());
		}
		ReferralQueries.VacancyState vacancy = this.queries.vacancy(vacancyId)
			.orElseThrow(() -> new NotFoundException("vacancy", vacancyId));
		LocalDate today = notAfterToday(on);
		if (!vacancy.open(today)) {
			throw new DomainException("referral.vacancy.notOpen", vacancy.title());
		}
		if (this.referrals.existsByCandidateIdAndVacancyId(candidateId, vacancyId)) {
			throw new DomainException("referral.duplicate", candidate.fullName(), vacancy.title());
		}
		Referral referral;
		try {
			referral = this.referrals.saveAndFlush(new Referral(candidateId, vacancyId, centre, staff.getUsername(), today));
		}
		catch (DataIntegrityViolationException ex) { // the same referral made at the same moment elsewhere
			throw new DomainException("referral.duplicate", candidate.fullName(), vacancy.title());
		}
		this.candidates.changeStatus(candidateId, CandidateStatus.REFERRED);
		// The centre's yearly counts read introductions from the counselling log (candidate module's table).
		this.jdbc.update("""
				insert into counselling (candidate_id, centre_id, kind, happened_on, note, recorded_by)
				values (?, ?, 'INTRODUCTION', ?, ?, ?)""", candidateId, centre, today,
				vacancy.title() + " — " + vacancy.employerName() + " (#" + referral.getId() + ")", staff.getUsername());
		return referral.getId();
	}

	// --- lists and pages ---

	/** A centre's own referrals, or an employer's for its own vacancies; anyone else has none. */
	@Transactional(readOnly = true)
	public Page<ReferralRow> list(PortalUser user, ReferralStatus status, Long vacancyId, Pageable pageable) {
		return this.queries.list(scope(user), status, vacancyId, pageable);
	}

	/** The vacancies this user referred to most recently (id, title) and the chosen one, for the list's filter. */
	@Transactional(readOnly = true)
	public List<Map<String, Object>> vacanciesReferredTo(PortalUser user, Long chosen) {
		return this.queries.vacancies(scope(user), chosen);
	}

	/**
	 * One referral for its centre or for the vacancy's employer; for anyone else not found. The employer
	 * sees the candidate only while they share their profile, and each view is audited.
	 */
	public Detail detail(PortalUser user, Long id) {
		ReferralView referral = this.queries.view(id).orElseThrow(() -> new NotFoundException("referral", id));
		if (user.is(Role.EMPLOYER)) {
			if (!referral.employerId().equals(this.employers.of(user).id())) {
				throw new NotFoundException("referral", id);
			}
			CandidateSummary candidate = referral.sharing() ? CandidateSummary
				.of(this.candidates.sharedProfile(referral.candidateId(), user, "referral #" + id)) : null;
			return new Detail(referral, candidate, true);
		}
		if (!referral.centreId().equals(this.candidates.centreOf(user))) {
			throw new NotFoundException("referral", id);
		}
		return new Detail(referral, CandidateSummary.of(this.candidates.view(user, referral.candidateId())), false);
	}

	// --- the employer records the outcome ---

	public void scheduleInterview(PortalUser employer, Long id, long version, LocalDate date, LocalTime time,
			String place) {
		Referral referral = forEmployer(employer, id, version);
		referral.scheduleInterview(date == null || time == null ? null : date.atTime(time).atZone(Formats.VIETNAM).toInstant(),
				Text.blankToNull(place));
	}

	/** The hire: one open place fewer (the last fills the vacancy), the candidate employed, follow-ups due. */
	public void hire(PortalUser employer, Long id, long version, LocalDate startDate) {
		hire(employer, id, version, startDate, today());
	}

	/** A hire recorded on the day {@code on} (not after today). */
	public void hire(PortalUser employer, Long id, long version, LocalDate startDate, LocalDate on) {
		Referral referral = forEmployer(employer, id, version);
		referral.markHired(startDate, notAfterToday(on));
		this.vacancies.recordHire(referral.getVacancyId());
		if (!this.queries.erased(referral.getCandidateId())) {
			this.candidates.changeStatus(referral.getCandidateId(), CandidateStatus.EMPLOYED);
		}
	}

	public void notSelected(PortalUser employer, Long id, long version, String reason) {
		notSelected(employer, id, version, reason, today());
	}

	public void notSelected(PortalUser employer, Long id, long version, String reason, LocalDate on) {
		Referral referral = forEmployer(employer, id, version);
		referral.markNotSelected(Text.blankToNull(reason), notAfterToday(on));
		afterEnd(referral);
	}

	public void noShow(PortalUser employer, Long id, long version) {
		noShow(employer, id, version, today());
	}

	public void noShow(PortalUser employer, Long id, long version, LocalDate on) {
		Referral referral = forEmployer(employer, id, version);
		referral.markNoShow(notAfterToday(on));
		afterEnd(referral);
	}

	// --- the centre ---

	public void withdraw(PortalUser staff, Long id, long version, String reason) {
		withdraw(staff, id, version, reason, today());
	}

	public void withdraw(PortalUser staff, Long id, long version, String reason, LocalDate on) {
		Referral referral = forCentre(staff, id);
		Versions.require(referral.getVersion(), version, Referral.class, id);
		referral.withdraw(Text.blankToNull(reason), notAfterToday(on));
		afterEnd(referral);
	}

	/** The centre's follow-ups due within a week or overdue, not yet done. */
	@Transactional(readOnly = true)
	public Page<FollowUpRow> followUpsDue(PortalUser staff, Pageable pageable) {
		LocalDate today = today();
		return this.queries.followUpsDue(this.candidates.centreOf(staff), today,
				today.plusDays(FOLLOW_UP_HORIZON_DAYS), pageable);
	}

	public void recordFollowUp(PortalUser staff, Long followUpId, FollowUpOutcome outcome, String reason) {
		recordFollowUp(staff, followUpId, outcome, reason, today());
	}

	/** A follow-up call made on the day {@code on} (not after today). */
	public void recordFollowUp(PortalUser staff, Long followUpId, FollowUpOutcome outcome, String reason, LocalDate on) {
		Long referralId = this.queries.referralOfFollowUp(followUpId)
			.orElseThrow(() -> new NotFoundException("follow-up", followUpId));
		forCentre(staff, referralId).recordFollowUp(followUpId, outcome, Text.blankToNull(reason), notAfterToday(on),
				staff.getUsername());
	}

	/** The centre's counts for a year: people counselled, introduced and placed, by home province and in total. */
	@Transactional(readOnly = true)
	public List<CountRow> counts(PortalUser staff, int year) {
		return this.queries.counts(this.candidates.centreOf(staff), year);
	}

	// --- scoping ---

	/** Whose referrals this user may list and export; anyone but a centre or an employer has none (not found). */
	ReferralQueries.Scope scope(PortalUser user) {
		return user.is(Role.EMPLOYER) ? ReferralQueries.Scope.employer(this.employers.of(user).id())
				: ReferralQueries.Scope.centre(this.candidates.centreOf(user));
	}

	private Referral forCentre(PortalUser staff, Long id) {
		Long centre = this.candidates.centreOf(staff);
		Referral referral = this.referrals.findById(id).orElseThrow(() -> new NotFoundException("referral", id));
		if (!referral.getCentreId().equals(centre)) {
			throw new NotFoundException("referral", id);
		}
		return referral;
	}

	private Referral forEmployer(PortalUser employer, Long id, long version) {
		Long employerId = this.employers.of(employer).id();
		Referral referral = this.referrals.findById(id).orElseThrow(() -> new NotFoundException("referral", id));
		ReferralQueries.VacancyState vacancy = this.queries.vacancy(referral.getVacancyId()).orElseThrow();
		if (!employerId.equals(vacancy.employerId())) {
			throw new NotFoundException("referral", id);
		}
		Versions.require(referral.getVersion(), version, Referral.class, id);
		return referral;
	}

	/** A referral ended without a hire: the candidate seeks again unless another referral is still open. */
	private void afterEnd(Referral referral) {
		if (this.queries.backToSeeking(referral.getCandidateId(), referral.getId())) {
			this.candidates.changeStatus(referral.getCandidateId(), CandidateStatus.SEEKING);
		}
	}

	/** Steps are recorded on the day they happened: today, or an earlier day entered afterwards. */
	private static LocalDate notAfterToday(LocalDate on) {
		LocalDate today = today();
		if (on == null || on.isAfter(today)) {
			throw new DomainException("referral.date.future");
		}
		return on;
	}

	static LocalDate today() {
		return LocalDate.now(Formats.VIETNAM);
	}


	/**
	 * Referrals (by the month they were made) and hires (by the month they were recorded) per province of the
	 * referring job centre, from the first day up to (not including) the second: one aggregate statement, for the
	 * officials' dashboard.
	 */
	public java.util.List<ReferralMonthCount> monthlyByCentreProvince(java.time.LocalDate from, java.time.LocalDate to) {
		return this.jdbc.query("""
				select p.id, p.name, m.month, sum(m.referred), sum(m.hired)
				from (select centre_id, date_trunc('month', referred_on)::date as month, 1 as referred, 0 as hired
				      from referral where referred_on >= ? and referred_on < ?
				      union all
				      select centre_id, date_trunc('month', hired_on)::date, 0, 1
				      from referral where hired_on >= ? and hired_on < ?) m
				join organisation o on o.id = m.centre_id join admin_unit p on p.id = o.province_id
				group by p.id, p.name, m.month order by p.name, m.month""",
				(rs, n) -> new ReferralMonthCount(rs.getLong(1), rs.getString(2), rs.getObject(3, java.time.LocalDate.class),
						rs.getLong(4), rs.getLong(5)),
				from, to, from, to);
	}

}
