package vn.vieclam.portal.demo;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import vn.vieclam.portal.account.Accounts;
import vn.vieclam.portal.account.PortalUser;
import vn.vieclam.portal.candidate.CandidateStatus;
import vn.vieclam.portal.candidate.Candidates;
import vn.vieclam.portal.candidate.CounsellingKind;
import vn.vieclam.portal.matching.CandidateMatch;
import vn.vieclam.portal.matching.FollowUpOutcome;
import vn.vieclam.portal.matching.Matching;
import vn.vieclam.portal.matching.ReferralView;
import vn.vieclam.portal.matching.Referrals;
import vn.vieclam.portal.shared.Formats;
import vn.vieclam.portal.vacancy.Vacancies;
import vn.vieclam.portal.vacancy.VacancyRow;
import vn.vieclam.portal.vacancy.VacancyStatus;

/**
 * The partner centres' year of work with Bắc Giang's enterprises: people counselled, and the best matches
 * for the enterprises' published vacancies referred and followed to an outcome — interviews, hires with
 * their start dates and follow-up calls, not selected (with the reason), withdrawals and no-shows — spread
 * over the months of this year (at least the last three), each step on the day it happened and by the user
 * who would take it. Deterministic for the same demo registry; a centre that already has referrals is left
 * alone, so a restart adds nothing.
 */
@Component
@Profile("demo")
@Order(20)
class DemoReferrals implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoReferrals.class);

	static final String[] PARTNERS = { "centre-ls", "centre-cb", "centre-hb", "centre-sl" };

	/** Referrals per partner centre, and at most this many per vacancy (so no demo vacancy fills up). */
	static final int PER_CENTRE = 24;

	private static final int PER_VACANCY = 3;

	private enum Fate {

		HIRED, NOT_SELECTED, WITHDREW, NO_SHOW, INTERVIEW_ONLY

	}

	/** What becomes of the i-th referral (cycled); recent referrals are still waiting for their outcome. */
	private static final Fate[] FATES = { Fate.HIRED, Fate.NOT_SELECTED, Fate.HIRED, Fate.WITHDREW, Fate.HIRED,
			Fate.NO_SHOW, Fate.INTERVIEW_ONLY, Fate.HIRED };

	private static final String[] NOT_SELECTED_REASONS = { "Chưa đạt yêu cầu kiểm tra tay nghề",
			"Sức khỏe chưa phù hợp công việc đứng ca", "Doanh nghiệp đã tuyển đủ cho ca làm việc này" };

	private static final String[] WITHDRAWAL_REASONS = { "Gia đình không đồng ý đi làm xa",
			"Đã tìm được việc làm gần nhà" };

	private final Accounts accounts;

	private final Candidates candidates;

	private final Matching matching;

	private final Referrals referrals;

	private final Vacancies vacancies;

	DemoReferrals(Accounts accounts, Candidates candidates, Matching matching, Referrals referrals,
			Vacancies vacancies) {
		this.accounts = accounts;
		this.candidates = candidates;
		this.matching = matching;
		this.referrals = referrals;
		this.vacancies = vacancies;
	}

	@Override
	public void run(ApplicationArguments args) {
		try {
			List<Opening> openings = openings();
			if (openings.isEmpty()) {
				return;
			}
			LocalDate today = LocalDate.now(Formats.VIETNAM);
			LocalDate from = LocalDate.of(today.getYear(), 1, 1);
			if (ChronoUnit.DAYS.between(from, today) < 90) {
				from = today.minusDays(90);
			}
			for (int c = 0; c < PARTNERS.length; c++) {
				centre(this.accounts.principal(PARTNERS[c]), c, openings, from, today);
			}
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	/** A published vacancy with room for the demo's hires, and the employer user who records outcomes. */
	private record Opening(Long vacancyId, PortalUser employer) {
	}

	private List<Opening> openings() {
		List<Opening> openings = new ArrayList<>();
		for (DemoEmployers.Enterprise e : DemoEmployers.all()) {
			String username = e.username() != null ? e.username() : "hr." + e.taxPrefix().substring(5);
			if (!this.accounts.exists(username)) {
				continue;
			}
			PortalUser employer = this.accounts.principal(username);
			for (VacancyRow v : this.vacancies.mine(employer, VacancyStatus.PUBLISHED, PageRequest.of(0, 20))
				.getContent()) {
				if (v.quantity() - v.hired() >= 2 * PARTNERS.length * PER_VACANCY) {
					openings.add(new Opening(v.id(), employer));
				}
			}
		}
		openings.sort(java.util.Comparator.comparing(Opening::vacancyId));
		return openings;
	}

	private void centre(PortalUser staff, int centreIndex, List<Opening> openings, LocalDate from, LocalDate today) {
		if (this.referrals.list(staff, null, null, PageRequest.of(0, 1)).getTotalElements() > 0) {
			return;
		}
		DemoSupport.actAs(staff);
		long span = ChronoUnit.DAYS.between(from, today);
		// People counselled over the year, most of whom are then introduced to an enterprise.
		List<Long> registry = this.candidates
			.search(staff, "", CandidateStatus.SEEKING, null, null, PageRequest.of(0, 60))
			.map(row -> row.id())
			.getContent();
		for (int i = 0; i < registry.size(); i++) {
			LocalDate on = from.plusDays(span * i / Math.max(registry.size(), 1));
			this.candidates.recordCounselling(staff, registry.get(i),
					i % 3 == 0 ? CounsellingKind.VOCATIONAL_ADVICE : CounsellingKind.COUNSELLING, on,
					i % 3 == 0 ? "Tư vấn học nghề may công nghiệp trước khi đi làm" : "Tư vấn việc làm tại các KCN Bắc Giang");
		}
		Set<Long> referred = new HashSet<>();
		int made = 0;
		for (int round = 0; round < PER_VACANCY && made < PER_CENTRE; round++) {
			for (int o = 0; o < openings.size() && made < PER_CENTRE; o++) {
				Opening opening = openings.get((o + centreIndex) % openings.size());
				Long candidate = best(staff, opening.vacancyId(), referred);
				if (candidate == null) {
					continue;
				}
				referred.add(candidate);
				LocalDate on = from.plusDays(span * made / (PER_CENTRE - 1));
				DemoSupport.actAs(staff);
				Long id = this.referrals.refer(staff, candidate, opening.vacancyId(), on);
				pipeline(staff, opening.employer(), id, FATES[(made + centreIndex) % FATES.length], on,
						today, made);
				made++;
			}
		}
		log.info("Demo: {} referrals and {} counselling entries at {}", made, registry.size(), staff.getUsername());
	}

	/** The centre's best-matched candidate for the vacancy who shares their profile and is not yet referred. */
	private Long best(PortalUser staff, Long vacancyId, Set<Long> referred) {
		for (CandidateMatch m : this.matching.candidatesFor(staff, vacancyId, null, null).matches()) {
			if (m.sharing() && !m.referred() && m.status() == CandidateStatus.SEEKING
					&& !referred.contains(m.candidateId())) {
				return m.candidateId();
			}
		}
		return null;
	}

	/** The steps after the referral, each on its day; a step that would fall after today is not taken yet. */
	private void pipeline(PortalUser staff, PortalUser employer, Long id, Fate fate, LocalDate referredOn,
			LocalDate today, int n) {
		if (fate == Fate.WITHDREW) {
			LocalDate on = referredOn.plusDays(2);
			if (!on.isAfter(today)) {
				this.referrals.withdraw(staff, id, version(staff, id), WITHDRAWAL_REASONS[n % WITHDRAWAL_REASONS.length],
						on);
			}
			return;
		}
		LocalDate interview = referredOn.plusDays(4);
		if (referredOn.isAfter(today.minusDays(3))) {
			return; // referred only days ago: the employer has not answered yet
		}
		DemoSupport.actAs(employer);
		if (fate == Fate.NOT_SELECTED && !referredOn.plusDays(3).isAfter(today)) {
			this.referrals.notSelected(employer, id, version(staff, id),
					NOT_SELECTED_REASONS[n % NOT_SELECTED_REASONS.length], referredOn.plusDays(3));
			return;
		}
		this.referrals.scheduleInterview(employer, id, version(staff, id), interview, LocalTime.of(8 + n % 3, 30),
				"Phòng nhân sự, nhà điều hành");
		LocalDate decided = interview.plusDays(2);
		if (decided.isAfter(today) || fate == Fate.INTERVIEW_ONLY || fate == Fate.NOT_SELECTED) {
			return;
		}
		if (fate == Fate.NO_SHOW) {
			this.referrals.noShow(employer, id, version(staff, id), decided);
			return;
		}
		this.referrals.hire(employer, id, version(staff, id), decided.plusDays(5), decided);
		DemoSupport.actAs(staff);
		for (ReferralView.FollowUpLine f : this.referrals.detail(staff, id).referral().followUps()) {
			LocalDate called = f.dueOn().plusDays(n % 4);
			// Most calls are made; the odd recent one is left as the centre's due work.
			if (called.isAfter(today) || (n % 5 == 4 && f.dueOn().isAfter(today.minusDays(20)))) {
				break;
			}
			boolean left = n % 6 == 1 && f.months() == 3;
			this.referrals.recordFollowUp(staff, f.id(), left ? FollowUpOutcome.LEFT : FollowUpOutcome.STILL_WORKING,
					left ? "Về quê chăm con nhỏ" : null, called);
			if (left) {
				break;
			}
		}
	}

	/** The referral's current version, read as its centre (an employer's read would be audited as a view). */
	private long version(PortalUser staff, Long id) {
		return this.referrals.detail(staff, id).referral().version();
	}

}
