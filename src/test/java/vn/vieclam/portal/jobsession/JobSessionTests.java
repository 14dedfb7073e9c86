package vn.vieclam.portal.jobsession;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.test.web.servlet.MockMvc;

import vn.vieclam.portal.PortalTest;
import vn.vieclam.portal.QueryCounter;
import vn.vieclam.portal.account.Accounts;
import vn.vieclam.portal.account.PortalUser;
import vn.vieclam.portal.account.TestUsers;
import vn.vieclam.portal.shared.DomainException;
import vn.vieclam.portal.shared.Formats;
import vn.vieclam.portal.shared.Phone;
import vn.vieclam.portal.vacancy.Vacancies;
import vn.vieclam.portal.vacancy.VacancyStatus;

/**
 * Job sessions as their users meet them: workers pre-register (once, before closing, within capacity),
 * employers register with their vacancies and cancel, centres check in and record outcomes that feed the
 * yearly progress, and each role sees and changes only what it may.
 */
@PortalTest
class JobSessionTests {

	private static final AtomicInteger PHONES = new AtomicInteger((int) (System.currentTimeMillis() % 500_000));

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	JobSessions sessions;

	@Autowired
	Accounts accounts;

	@Autowired
	Vacancies vacancies;

	@Test
	void aPhoneRegistersOncePerSessionAndIsToldSoBesideTheField() throws Exception {
		Long id = session("Phiên thử đăng ký trùng", LocalDate.now(Formats.VIETNAM).plusDays(5), 100);
		String phone = phone();
		register(id, "Lò Văn Pọm", phone).andExpect(status().isFound());
		Document page = Jsoup.parse(register(id, "Lò Văn Pọm", Phone.display(phone))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(page.getElementById("phone-error").text()).contains("đã đăng ký phiên giao dịch này");
		assertThat(page.getElementById("fullName").val()).isEqualTo("Lò Văn Pọm");
		assertThat(count("select count(*) from job_session_worker where session_id = ?", id)).isEqualTo(1);
	}

	@Test
	void registrationAfterClosingOrOverCapacityIsRefusedWithAClearMessage() throws Exception {
		Long closed = session("Phiên đã hết hạn đăng ký", LocalDate.now(Formats.VIETNAM), 100);
		this.jdbc.update("update job_session set registration_closes_on = current_date - 1 where id = ?", closed);
		Document page = Jsoup.parse(register(closed, "Hà Thị Lan", phone()).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString());
		assertThat(page.select(".alert-danger").text()).contains("đã hết hạn đăng ký ngày");

		Long small = session("Phiên ít chỗ", LocalDate.now(Formats.VIETNAM).plusDays(3), 2);
		register(small, "Người thứ nhất", phone()).andExpect(status().isFound());
		register(small, "Người thứ hai", phone()).andExpect(status().isFound());
		page = Jsoup.parse(register(small, "Người thứ ba", phone()).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString());
		assertThat(page.select(".alert-danger").text()).contains("đã đủ số người đăng ký");
		assertThat(page.getElementById("fullName").val()).isEqualTo("Người thứ ba");
	}

	@Test
	void cancellingAWorkerFreesThePlace() throws Exception {
		Long small = session("Phiên một chỗ", LocalDate.now(Formats.VIETNAM).plusDays(3), 1);
		String first = this.sessions.preRegister(small, worker("Đinh Văn Một", phone()));
		assertThatThrownBy(() -> this.sessions.preRegister(small, worker("Đinh Văn Hai", phone())))
			.isInstanceOf(DomainException.class).hasMessage("jobsession.worker.full");
		Long workerId = count("select id from job_session_worker where code = ?", first);
		this.mvc.perform(post("/centre/job-sessions/" + small + "/workers/" + workerId + "/cancel")
			.with(TestUsers.as(this.jdbc, "centre-bg")).with(csrf())).andExpect(status().isFound());
		assertThat(this.sessions.preRegister(small, worker("Đinh Văn Hai", phone()))).hasSize(6);
	}

	@Test
	void employersRegisterOnceWithinCapacityAndCancellingFreesThePlace() throws Exception {
		Long id = session("Phiên một doanh nghiệp", LocalDate.now(Formats.VIETNAM).plusDays(6), 100);
		this.jdbc.update("update job_session set employer_capacity = 1 where id = ?", id);
		Long vacancy = publishedVacancyOf("employer");
		this.mvc.perform(post("/employer/job-sessions/" + id + "/register").param("vacancyIds", vacancy.toString())
				.param("interviewSlots", "8").with(TestUsers.as(this.jdbc, "employer")).with(csrf()))
			.andExpect(redirectedUrl("/employer/job-sessions"));
		String again = this.mvc.perform(post("/employer/job-sessions/" + id + "/register")
				.param("vacancyIds", vacancy.toString()).param("interviewSlots", "8")
				.with(TestUsers.as(this.jdbc, "employer")).with(csrf()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(Jsoup.parse(again).select(".alert-danger").text()).contains("đã đăng ký phiên này");
		Long other = publishedVacancyOf("employer2");
		String full = this.mvc.perform(post("/employer/job-sessions/" + id + "/register")
				.param("vacancyIds", other.toString()).param("interviewSlots", "5")
				.with(TestUsers.as(this.jdbc, "employer2")).with(csrf()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(Jsoup.parse(full).select(".alert-danger").text()).contains("đã đủ 1 doanh nghiệp");
		Long registration = count("select id from job_session_employer where session_id = ? and status = 'PENDING'", id);
		// The other employer cannot cancel it (404); its owner can, and the place is free again.
		this.mvc.perform(post("/employer/job-sessions/registrations/" + registration + "/cancel")
			.with(TestUsers.as(this.jdbc, "employer2")).with(csrf())).andExpect(status().isNotFound());
		this.mvc.perform(post("/employer/job-sessions/registrations/" + registration + "/cancel")
			.with(TestUsers.as(this.jdbc, "employer")).with(csrf())).andExpect(status().isFound());
		// Another employer's vacancy cannot be brought: not found.
		this.mvc.perform(post("/employer/job-sessions/" + id + "/register").param("vacancyIds", vacancy.toString())
			.param("interviewSlots", "5").with(TestUsers.as(this.jdbc, "employer2")).with(csrf()))
			.andExpect(status().isNotFound());
		this.mvc.perform(post("/employer/job-sessions/" + id + "/register").param("vacancyIds", other.toString())
			.param("interviewSlots", "5").with(TestUsers.as(this.jdbc, "employer2")).with(csrf()))
			.andExpect(redirectedUrl("/employer/job-sessions"));
		// Each employer sees only its own registrations.
		String mine = this.mvc.perform(get("/employer/job-sessions").with(TestUsers.as(this.jdbc, "employer")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		Document list = Jsoup.parse(mine);
		assertThat(list.select("#my-registrations tr.portal-registration").text()).contains("Phiên một doanh nghiệp")
			.contains("Đã hủy");
		String theirs = this.mvc.perform(get("/employer/job-sessions").with(TestUsers.as(this.jdbc, "employer2")))
			.andReturn().getResponse().getContentAsString();
		assertThat(Jsoup.parse(theirs).select("#my-registrations").text()).contains("Chờ duyệt")
			.doesNotContain("Đã hủy");
	}

	@Test
	void approvedEmployersAndTheirVacanciesShowOnThePublicPageWithTheirInterviewSchedule() throws Exception {
		Long id = session("Phiên có doanh nghiệp", LocalDate.now(Formats.VIETNAM).plusDays(8), 100);
		PortalUser employer = this.accounts.principal("employer");
		Long vacancy = publishedVacancyOf("employer");
		Long registration = this.sessions.registerEmployer(employer, id, List.of(vacancy), 3, null);
		String title = this.jdbc.queryForObject("select title from vacancy where id = ?", String.class, vacancy);
		assertThat(publicPage(id).text()).doesNotContain(title);
		this.mvc.perform(post("/centre/job-sessions/" + id + "/employers/" + registration + "/approve")
			.param("roomLink", "https://meet.example.vn/phong-1").with(TestUsers.as(this.jdbc, "centre-bg")).with(csrf()))
			.andExpect(status().isFound());
		assertThat(publicPage(id).select(".portal-session-employer").text()).contains("Vân Trung", title);
		this.sessions.preRegister(id, new WorkerForm("Sầm Thị Hoa", phone(), province("Lạng Sơn"), null, "",
				List.of(vacancy), true));
		List<EmployerSchedule> schedule = this.sessions.schedule(this.accounts.principal("centre-ls"), id);
		assertThat(schedule).singleElement().satisfies(s -> {
			assertThat(s.roomLink()).isEqualTo("https://meet.example.vn/phong-1");
			assertThat(s.slots()).hasSize(3);
			assertThat(s.slots().get(0).workerName()).isEqualTo("Sầm Thị Hoa");
			assertThat(s.slots().get(1).start()).isEqualTo(LocalTime.of(8, 15));
		});
	}

	@Test
	void checkInByCodeAndWalkInsAreCountedOnTheList() throws Exception {
		Long id = session("Phiên điểm danh", LocalDate.now(Formats.VIETNAM), 100);
		String code = this.sessions.preRegister(id, worker("Vàng A Chử", phone()));
		this.mvc.perform(post("/centre/job-sessions/" + id + "/check-in").param("code", code.toLowerCase())
			.with(TestUsers.as(this.jdbc, "centre-ls")).with(csrf())).andExpect(status().isFound());
		this.mvc.perform(post("/centre/job-sessions/" + id + "/walk-ins").param("fullName", "Mùa A Dế")
			.param("phone", phone()).param("homeProvinceId", province("Cao Bằng").toString()).param("consent", "true")
			.with(TestUsers.as(this.jdbc, "centre-bg")).with(csrf())).andExpect(status().isFound());
		Document page = manage(id, "centre-bg");
		assertThat(page.text()).contains("2 người đăng ký, 2 người đã điểm danh", "Vàng A Chử", "Mùa A Dế", "Đến trực tiếp");
		this.mvc.perform(post("/centre/job-sessions/" + id + "/check-in").param("code", "ZZZZZZ")
			.with(TestUsers.as(this.jdbc, "centre-bg")).with(csrf()))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
				.attribute("flashError", "jobsession.checkIn.unknownCode"));
	}

	@Test
	void outcomesOfTheHostAndEachMeetingPointAddUpInTheYearlyProgress() throws Exception {
		int year = LocalDate.now(Formats.VIETNAM).getYear();
		YearlyProgress bgBefore = progress(year, "centre-bg");
		YearlyProgress lsBefore = progress(year, "centre-ls");
		Long id = session("Phiên ghi kết quả", LocalDate.now(Formats.VIETNAM), 100);
		outcome(id, "centre-bg", 12, 200, 150, 80, 30).andExpect(status().isFound());
		outcome(id, "centre-ls", 0, 60, 50, 20, 5).andExpect(status().isFound());
		// The other centre is not part of this session.
		outcome(id, "centre-cb", 1, 1, 1, 1, 1).andExpect(status().isNotFound());
		// Selected above interviewed is refused beside the field.
		String refused = outcome(id, "centre-bg", 12, 200, 150, 10, 30).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString();
		assertThat(Jsoup.parse(refused).getElementById("selected-error")).isNotNull();
		YearlyProgress bg = progress(year, "centre-bg");
		YearlyProgress ls = progress(year, "centre-ls");
		assertThat(bg.sessions()).isEqualTo(bgBefore.sessions() + 1);
		assertThat(bg.enterprises()).isEqualTo(bgBefore.enterprises() + 12);
		assertThat(bg.people()).isEqualTo(bgBefore.people() + 150);
		assertThat(ls.sessions()).isEqualTo(lsBefore.sessions() + 1);
		assertThat(ls.people()).isEqualTo(lsBefore.people() + 50);
		assertThat(bg.targetSessions()).isEqualTo(76);
		assertThat(manage(id, "centre-bg").select("#outcome-table tr.fw-bold").text()).contains("Tổng 12 260 200 100 35");
		// A stale outcome form (someone saved in between) is a conflict, not a silent overwrite.
		assertThatThrownBy(() -> this.sessions.recordOutcome(this.accounts.principal("centre-bg"), id,
				new Outcome(1, 1, 1, 1, 1), -1)).isInstanceOf(ObjectOptimisticLockingFailureException.class);
		// Plan 004's 2023 targets are in the data.
		assertThat(this.sessions.yearlyProgress(2023)).anySatisfy(p -> {
			assertThat(p.centreName()).isEqualTo("TTDVVL Bắc Giang");
			assertThat(p.targetSessions()).isEqualTo(76);
			assertThat(p.targetEnterprises()).isEqualTo(300);
			assertThat(p.targetPeople()).isEqualTo(18000);
		});
	}

	@Test
	void theProgressPageShowsDemoYearsAndExportsToExcel() throws Exception {
		Document page = Jsoup.parse(this.mvc.perform(get("/official/job-sessions/progress?year=2024")
			.with(TestUsers.as(this.jdbc, "official"))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString());
		assertThat(page.select("#progress-table tr.portal-progress").first().text()).contains("TTDVVL Bắc Giang", "/ 76");
		assertThat(page.select("#month-table tbody tr")).hasSize(12);
		this.mvc.perform(get("/centre/job-sessions/progress/export.xlsx?year=2024").with(TestUsers.as(this.jdbc, "centre-bg")))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString("2024.xlsx")));
		// A centre edits its own targets, not another centre's; an official edits any.
		Long ls = this.accounts.principal("centre-ls").organisationId();
		this.jdbc.update("delete from job_session_target where year = 2027 and centre_id = ?", ls); // a rerun on the same database
		this.mvc.perform(post("/centre/job-sessions/targets").param("centreId", ls.toString()).param("year", "2030")
			.param("sessions", "1").param("enterpriseParticipations", "1").param("peopleCounselled", "1")
			.param("version", "-1").with(TestUsers.as(this.jdbc, "centre-bg")).with(csrf())).andExpect(status().isNotFound());
		this.mvc.perform(post("/official/job-sessions/targets").param("centreId", ls.toString()).param("year", "2027")
			.param("sessions", "30").param("enterpriseParticipations", "90").param("peopleCounselled", "4000")
			.param("version", "-1").with(TestUsers.as(this.jdbc, "official")).with(csrf())).andExpect(status().isFound());
		assertThat(this.sessions.yearlyProgress(2027)).anySatisfy(p -> {
			assertThat(p.centreId()).isEqualTo(ls);
			assertThat(p.targetPeople()).isEqualTo(4000);
		});
	}

	@Test
	void eachRoleSeesAndChangesOnlyWhatItMay() throws Exception {
		Long id = session("Phiên kiểm tra quyền", LocalDate.now(Formats.VIETNAM).plusDays(4), 100);
		String manage = "/centre/job-sessions/" + id;
		// Anonymous: the public page yes, the centre pages no.
		this.mvc.perform(get("/job-sessions/" + id)).andExpect(status().isOk());
		this.mvc.perform(get(manage)).andExpect(redirectedUrl("/login"));
		// An employer is not a centre.
		this.mvc.perform(get(manage).with(TestUsers.as(this.jdbc, "employer"))).andExpect(status().isForbidden());
		// Another province's centre that does not co-host: not found, for reading and for every change.
		this.mvc.perform(get(manage).with(TestUsers.as(this.jdbc, "centre-cb"))).andExpect(status().isNotFound());
		this.mvc.perform(get(manage + "/edit").with(TestUsers.as(this.jdbc, "centre-cb"))).andExpect(status().isNotFound());
		this.mvc.perform(post(manage + "/edit").param("title", "Đổi tên").with(TestUsers.as(this.jdbc, "centre-cb"))
			.with(csrf())).andExpect(status().isNotFound());
		this.mvc.perform(post(manage + "/check-in").param("code", "AAAAAA").with(TestUsers.as(this.jdbc, "centre-cb"))
			.with(csrf())).andExpect(status().isNotFound());
		// The co-host manages its site but does not edit the host's session.
		this.mvc.perform(get(manage).with(TestUsers.as(this.jdbc, "centre-ls"))).andExpect(status().isOk());
		this.mvc.perform(get(manage + "/edit").with(TestUsers.as(this.jdbc, "centre-ls"))).andExpect(status().isNotFound());
		this.mvc.perform(post(manage + "/my-point").param("address", "Nhà văn hóa xã Hòa Lạc")
			.with(TestUsers.as(this.jdbc, "centre-ls")).with(csrf())).andExpect(status().isFound());
		assertThat(publicPage(id).text()).contains("Nhà văn hóa xã Hòa Lạc");
		// The host edits.
		this.mvc.perform(get(manage + "/edit").with(TestUsers.as(this.jdbc, "centre-bg"))).andExpect(status().isOk());
		long version = this.jdbc.queryForObject("select version from job_session where id = ?", Long.class, id);
		this.mvc.perform(post(manage + "/edit").with(TestUsers.as(this.jdbc, "centre-bg")).with(csrf())
			.param("title", "Phiên kiểm tra quyền (đã sửa)").param("kind", "HYBRID")
			.param("date", Formats.DATE.format(LocalDate.now(Formats.VIETNAM).plusDays(4)))
			.param("startTime", "08:00").param("endTime", "11:00").param("venue", "Sàn giao dịch việc làm Bắc Giang")
			.param("videoLink", "https://meet.example.vn/x")
			.param("registrationClosesOn", Formats.DATE.format(LocalDate.now(Formats.VIETNAM).plusDays(3)))
			.param("employerCapacity", "20").param("workerCapacity", "100").param("interviewMinutes", "15")
			.param("version", String.valueOf(version))).andExpect(redirectedUrl(manage));
		// The same stale form again: someone saved in between.
		this.mvc.perform(post(manage + "/edit").with(TestUsers.as(this.jdbc, "centre-bg")).with(csrf())
			.param("title", "Ghi đè").param("kind", "HYBRID")
			.param("date", Formats.DATE.format(LocalDate.now(Formats.VIETNAM).plusDays(4)))
			.param("startTime", "08:00").param("endTime", "11:00").param("venue", "Sàn")
			.param("videoLink", "https://meet.example.vn/x")
			.param("registrationClosesOn", Formats.DATE.format(LocalDate.now(Formats.VIETNAM).plusDays(3)))
			.param("employerCapacity", "20").param("workerCapacity", "100").param("interviewMinutes", "15")
			.param("version", String.valueOf(version))).andExpect(status().isConflict());
		// Officials read every session but change none.
		Document official = Jsoup.parse(this.mvc.perform(get("/official/job-sessions/" + id)
			.with(TestUsers.as(this.jdbc, "official"))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString());
		assertThat(official.select("form[action*=/centre/]")).isEmpty();
		this.mvc.perform(post(manage + "/outcome").with(TestUsers.as(this.jdbc, "official")).with(csrf()))
			.andExpect(status().isForbidden());
		// The targets page: centres and officials, not employers or the public.
		this.mvc.perform(get("/centre/job-sessions/progress").with(TestUsers.as(this.jdbc, "employer")))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/official/job-sessions/progress")).andExpect(redirectedUrl("/login"));
	}

	@Test
	void thePublicListFiltersAndRunsAFixedNumberOfQueries() throws Exception {
		QueryCounter.reset();
		Document all = list("/job-sessions");
		int queries = QueryCounter.count();
		assertThat(all.select("li.portal-session")).hasSize(20);
		assertThat(queries).isLessThanOrEqualTo(3); // the count and the page, whatever the number of rows
		// Upcoming first, soonest first.
		assertThat(all.select("li.portal-session").first().text()).doesNotContain("Đã diễn ra");
		QueryCounter.reset();
		Document online = list("/job-sessions?kind=ONLINE&month=2024-03");
		assertThat(QueryCounter.count()).isLessThanOrEqualTo(queries);
		assertThat(online.select("li.portal-session")).singleElement()
			.satisfies(e -> assertThat(e.text()).contains("trực tuyến liên tỉnh tháng 3/2024", "4 điểm cầu"));
		Long caoBang = province("Cao Bằng");
		assertThat(list("/job-sessions?province=" + caoBang + "&month=2024-03").select("li.portal-session")).isNotEmpty();
		assertThat(this.sessions.list(new SessionFilter(province("Hà Nội"), null, null), PageRequest.of(0, 5))
			.getTotalElements()).isZero();
		// The home page shows what is coming up.
		assertThat(list("/").select("#upcoming-job-sessions .portal-job")).isNotEmpty();
	}

	@Test
	void theCalendarFileIsPublic() throws Exception {
		Long id = session("Phiên có lịch; dấu phẩy, chấm phẩy", LocalDate.now(Formats.VIETNAM).plusDays(10), 100);
		String ics = this.mvc.perform(get("/job-sessions/" + id + "/calendar.ics")).andExpect(status().isOk())
			.andExpect(header().string("Content-Type", org.hamcrest.Matchers.startsWith("text/calendar")))
			.andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(ics).startsWith("BEGIN:VCALENDAR\r\n").contains("SUMMARY:Phiên có lịch\\; dấu phẩy\\, chấm phẩy");
	}

	// --- helpers ---

	private Long session(String title, LocalDate date, int workerCapacity) {
		PortalUser host = this.accounts.principal("centre-bg");
		Long id = this.sessions.create(host, new SessionDetails(title, SessionKind.HYBRID, date, LocalTime.of(8, 0),
				LocalTime.of(11, 0), "Sàn giao dịch việc làm Bắc Giang", "https://meet.example.vn/phien", null, null, date,
				20, workerCapacity, 15));
		this.sessions.addCoHost(host, id, this.accounts.principal("centre-ls").organisationId(),
				new PointDetails("Trung tâm DVVL Lạng Sơn", null, null));
		return id;
	}

	private org.springframework.test.web.servlet.ResultActions register(Long id, String name, String phone)
			throws Exception {
		// Each from its own address: the public form's hourly limit per address is tested on its own.
		String address = "10.20." + java.util.concurrent.ThreadLocalRandom.current().nextInt(256) + "."
				+ java.util.concurrent.ThreadLocalRandom.current().nextInt(256);
		return this.mvc.perform(post("/job-sessions/" + id + "/register").with(r -> {
			r.setRemoteAddr(address);
			return r;
		}).param("fullName", name).param("phone", phone)
			.param("homeProvinceId", province("Lạng Sơn").toString()).param("consent", "true"));
	}

	private org.springframework.test.web.servlet.ResultActions outcome(Long id, String centre, int employers,
			int people, int counselled, int interviewed, int selected) throws Exception {
		long version = this.sessions.outcomes(this.accounts.principal("centre-bg"), id).stream()
			.filter(o -> o.centreId().equals(this.accounts.principal(centre).organisationId()))
			.map(OutcomeView::version)
			.findFirst()
			.orElse(-1L);
		return this.mvc.perform(post("/centre/job-sessions/" + id + "/outcome").with(TestUsers.as(this.jdbc, centre))
			.with(csrf()).param("employersAttended", String.valueOf(employers)).param("peopleAttended", String.valueOf(people))
			.param("counselled", String.valueOf(counselled)).param("interviewed", String.valueOf(interviewed))
			.param("selected", String.valueOf(selected)).param("version", String.valueOf(version)));
	}

	private WorkerForm worker(String name, String phone) {
		return new WorkerForm(name, phone, province("Sơn La"), null, "", List.of(), true);
	}

	private YearlyProgress progress(int year, String centre) {
		Long id = this.accounts.principal(centre).organisationId();
		return this.sessions.yearlyProgress(year).stream().filter(p -> p.centreId().equals(id)).findFirst().orElseThrow();
	}

	private Long publishedVacancyOf(String username) {
		return this.vacancies.mine(this.accounts.principal(username), VacancyStatus.PUBLISHED, PageRequest.of(0, 1))
			.getContent().get(0).id();
	}

	private Long province(String name) {
		return this.jdbc.queryForObject(
				"select id from admin_unit where level = 'PROVINCE' and name = ? and valid_to is null", Long.class, name);
	}

	private Long count(String sql, Object arg) {
		return this.jdbc.queryForObject(sql, Long.class, arg);
	}

	private Document publicPage(Long id) throws Exception {
		return list("/job-sessions/" + id);
	}

	private Document manage(Long id, String user) throws Exception {
		return Jsoup.parse(this.mvc.perform(get("/centre/job-sessions/" + id).with(TestUsers.as(this.jdbc, user)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
	}

	private Document list(String url) throws Exception {
		return Jsoup.parse(this.mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString());
	}

	private static String phone() {
		return "0977" + String.format("%06d", PHONES.incrementAndGet());
	}

}
