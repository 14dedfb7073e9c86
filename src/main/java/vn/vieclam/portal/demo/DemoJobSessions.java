package vn.vieclam.portal.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import vn.vieclam.portal.account.Accounts;
import vn.vieclam.portal.account.PortalUser;
import vn.vieclam.portal.jobsession.JobSessions;
import vn.vieclam.portal.jobsession.Outcome;
import vn.vieclam.portal.jobsession.PointDetails;
import vn.vieclam.portal.jobsession.SessionDetails;
import vn.vieclam.portal.jobsession.SessionKind;
import vn.vieclam.portal.jobsession.WorkerForm;
import vn.vieclam.portal.reference.ReferenceData;
import vn.vieclam.portal.reference.UnitRef;
import vn.vieclam.portal.shared.Formats;
import vn.vieclam.portal.vacancy.Vacancies;
import vn.vieclam.portal.vacancy.VacancyRow;
import vn.vieclam.portal.vacancy.VacancyStatus;

/**
 * Job sessions as Bắc Giang's job centre runs them: a hybrid session every Wednesday with one partner
 * province's centre as meeting point, an online session each month with all four wave-1 provinces (Lạng Sơn,
 * Cao Bằng, Hòa Bình, Sơn La), their outcomes, yearly targets for 2024 and this year, and a few upcoming
 * sessions with the demo employers' vacancies and workers' pre-registrations. Created only when missing.
 */
@Component
@Profile("demo")
@Order(30)
class DemoJobSessions implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoJobSessions.class);

	private static final String[] PARTNERS = { "centre-ls", "centre-cb", "centre-hb", "centre-sl" };

	private static final String[] PARTNER_POINTS = { "Trung tâm DVVL tỉnh Lạng Sơn, số 2 đường Hùng Vương, TP Lạng Sơn",
			"Trung tâm DVVL tỉnh Cao Bằng, phường Sông Hiến, TP Cao Bằng",
			"Trung tâm DVVL tỉnh Hòa Bình, đường Trần Hưng Đạo, TP Hòa Bình",
			"Trung tâm DVVL tỉnh Sơn La, đường Tô Hiệu, TP Sơn La" };

	private final JobSessions sessions;

	private final Accounts accounts;

	private final Vacancies vacancies;

	private final ReferenceData reference;

	private final JdbcTemplate jdbc;

	DemoJobSessions(JobSessions sessions, Accounts accounts, Vacancies vacancies, ReferenceData reference,
			JdbcTemplate jdbc) {
		this.sessions = sessions;
		this.accounts = accounts;
		this.vacancies = vacancies;
		this.reference = reference;
		this.jdbc = jdbc;
	}

	@Override
	public void run(ApplicationArguments args) {
		try {
			PortalUser host = this.accounts.principal("centre-bg");
			actAs(host);
			LocalDate today = LocalDate.now(Formats.VIETNAM);
			int created = pastYear(host, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), 2024);
			created += pastYear(host, today.minusYears(1), today.minusDays(1), 2026);
			targets(host, 2024, today.getYear());
			created += upcoming(host, today);
			if (created > 0) {
				log.info("Demo job sessions: {} created", created);
			}
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	private int pastYear(PortalUser host, LocalDate from, LocalDate to, long seed) {
		Random random = new Random(seed);
		int created = 0;
		int week = 0;
		for (LocalDate d = from.with(TemporalAdjusters.nextOrSame(DayOfWeek.WEDNESDAY)); !d.isAfter(to); d = d.plusWeeks(1)) {
			int partner = week++ % PARTNERS.length;
			String title = "Phiên giao dịch việc làm định kỳ " + Formats.DATE.format(d);
			if (exists(title, d)) {
				continue;
			}
			Long id = create(host, title, SessionKind.HYBRID, d, LocalTime.of(8, 0), LocalTime.of(11, 30), 25, 400);
			coHost(host, id, partner);
			outcome(host, id, 8 + random.nextInt(8), 150 + random.nextInt(120), random);
			outcome(this.accounts.principal(PARTNERS[partner]), id, 0, 40 + random.nextInt(60), random);
			created++;
		}
		for (LocalDate m = from.withDayOfMonth(1); !m.isAfter(to); m = m.plusMonths(1)) {
			LocalDate d = m.with(TemporalAdjusters.lastInMonth(DayOfWeek.FRIDAY));
			if (d.isBefore(from) || d.isAfter(to)) {
				continue;
			}
			String title = "Phiên giao dịch việc làm trực tuyến liên tỉnh tháng " + d.getMonthValue() + "/" + d.getYear();
			if (exists(title, d)) {
				continue;
			}
			Long id = create(host, title, SessionKind.ONLINE, d, LocalTime.of(8, 30), LocalTime.of(11, 30), 30, 800);
			outcome(host, id, 10 + random.nextInt(10), 60 + random.nextInt(40), random);
			for (int p = 0; p < PARTNERS.length; p++) {
				coHost(host, id, p);
				outcome(this.accounts.principal(PARTNERS[p]), id, 0, 60 + random.nextInt(80), random);
			}
			created++;
		}
		return created;
	}

	private void targets(PortalUser host, int... years) {
		PortalUser official = this.accounts.principal("official");
		for (int year : years) {
			if (this.sessions.yearlyProgress(year).stream().anyMatch(p -> p.hasTarget() && p.centreId().equals(host.organisationId()))) {
				continue;
			}
			// Plan 004's 2023 figures carried on: at least 76 sessions, 300 enterprise participations, 18,000 people.
			this.sessions.saveTarget(host, host.organisationId(), year, 76, 300, 18000,
					"Theo Kế hoạch nâng chỉ số Đào tạo lao động (PCI)", -1);
			for (String partner : PARTNERS) {
				this.sessions.saveTarget(official, this.accounts.principal(partner).organisationId(), year, 24, 0, 2500,
						"Kế hoạch phối hợp cung ứng lao động với Bắc Giang", -1);
			}
		}
	}

	private int upcoming(PortalUser host, LocalDate today) {
		int created = 0;
		LocalDate next = today.with(TemporalAdjusters.next(DayOfWeek.WEDNESDAY));
		String weekly = "Phiên giao dịch việc làm định kỳ " + Formats.DATE.format(next);
		String online = "Phiên giao dịch việc làm trực tuyến liên tỉnh tháng " + next.plusWeeks(1).getMonthValue() + "/"
				+ next.plusWeeks(1).getYear() + " (sắp tới)";
		String thematic = "Phiên chuyên đề: tuyển lao động ngành điện tử cho các KCN Bắc Giang";
		if (!exists(weekly, next)) {
			Long id = create(host, weekly, SessionKind.HYBRID, next, LocalTime.of(8, 0), LocalTime.of(11, 30), 25, 400);
			coHost(host, id, 0);
			employers(host, id, true);
			workers(id);
			created++;
		}
		if (!exists(online, next.plusDays(9))) {
			Long id = create(host, online, SessionKind.ONLINE, next.plusDays(9), LocalTime.of(8, 30), LocalTime.of(11, 30),
					30, 800);
			for (int p = 0; p < PARTNERS.length; p++) {
				coHost(host, id, p);
			}
			employers(host, id, false);
			created++;
		}
		if (!exists(thematic, next.plusDays(21))) {
			create(host, thematic, SessionKind.THEMATIC, next.plusDays(21), LocalTime.of(8, 0), LocalTime.of(16, 0), 15,
					300);
			created++;
		}
		return created;
	}

	private void employers(PortalUser host, Long id, boolean approveAll) {
		int n = 0;
		for (String username : new String[] { "employer", "employer2" }) {
			PortalUser employer = this.accounts.principal(username);
			List<Long> published = new ArrayList<>();
			for (VacancyRow v : this.vacancies.mine(employer, VacancyStatus.PUBLISHED, PageRequest.of(0, 5)).getContent()) {
				published.add(v.id());
			}
			if (published.isEmpty()) {
				continue;
			}
			actAs(employer);
			Long registration = this.sessions.registerEmployer(employer, id, published, 12, null);
			actAs(host);
			if (approveAll || n++ == 0) {
				this.sessions.decide(host, id, registration, true,
						"https://meet.vieclambacgiang.vn/phong-" + id + "-" + registration);
			}
		}
	}

	private void workers(Long id) {
		List<Long> vacancyIds = this.sessions.sessionVacancies(id).stream().map(v -> v.id()).toList();
		Long langSon = province("Lạng Sơn");
		Long caoBang = province("Cao Bằng");
		String[][] people = { { "Hoàng Văn Thắng", "0915 201 301" }, { "Lộc Thị Hạnh", "0916 202 302" },
				{ "Nông Thị Duyên", "0917 203 303" }, { "Vi Văn Toàn", "0918 204 304" } };
		for (int i = 0; i < people.length; i++) {
			this.sessions.preRegister(id, new WorkerForm(people[i][0], people[i][1], i % 2 == 0 ? langSon : caoBang, null,
					i % 2 == 0 ? "Xã Hòa Lạc, huyện Hữu Lũng" : "Xã Đề Thám, TP Cao Bằng",
					vacancyIds.isEmpty() ? List.of() : List.of(vacancyIds.get(i % vacancyIds.size())), true));
		}
	}

	private Long create(PortalUser host, String title, SessionKind kind, LocalDate date, LocalTime start, LocalTime end,
			int employers, int workers) {
		String venue = kind == SessionKind.ONLINE ? null : "Sàn giao dịch việc làm, Trung tâm DVVL tỉnh Bắc Giang, TP Bắc Giang";
		String link = kind.online() ? "https://meet.vieclambacgiang.vn/pgd-" + date : null;
		return this.sessions.create(host, new SessionDetails(title, kind, date, start, end, venue, link,
				"Phòng Giới thiệu việc làm, 0204 3854 646", null, date.minusDays(1), employers, workers, 15));
	}

	private void coHost(PortalUser host, Long id, int partner) {
		PortalUser centre = this.accounts.principal(PARTNERS[partner]);
		this.sessions.addCoHost(host, id, centre.organisationId(),
				new PointDetails(PARTNER_POINTS[partner], null, centre.fullName()));
	}

	private void outcome(PortalUser centre, Long id, int employers, int people, Random random) {
		int counselled = people * (70 + random.nextInt(25)) / 100;
		int interviewed = people * (30 + random.nextInt(30)) / 100;
		int selected = interviewed * (40 + random.nextInt(40)) / 100;
		actAs(centre);
		this.sessions.recordOutcome(centre, id, new Outcome(employers, people, counselled, interviewed, selected), -1);
	}

	private boolean exists(String title, LocalDate date) {
		return Boolean.TRUE.equals(this.jdbc.queryForObject(
				"select exists (select 1 from job_session where title = ? and session_date = ?)", Boolean.class, title, date));
	}

	private Long province(String name) {
		return this.reference.provinces(LocalDate.now(Formats.VIETNAM)).stream()
			.filter(p -> p.name().equals(name))
			.map(UnitRef::id)
			.findFirst()
			.orElseThrow();
	}

	private static void actAs(PortalUser user) {
		SecurityContextHolder.getContext()
			.setAuthentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
	}

}
