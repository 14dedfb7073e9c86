package vn.vieclam.portal.jobsession;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import javax.imageio.ImageIO;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.vieclam.portal.PortalTest;
import vn.vieclam.portal.account.Accounts;
import vn.vieclam.portal.account.PortalUser;
import vn.vieclam.portal.account.TestUsers;
import vn.vieclam.portal.candidate.CandidateDetails;
import vn.vieclam.portal.candidate.CandidateOccupation;
import vn.vieclam.portal.candidate.Candidates;
import vn.vieclam.portal.candidate.Consent;
import vn.vieclam.portal.candidate.Education;
import vn.vieclam.portal.shared.DomainException;
import vn.vieclam.portal.shared.Formats;
import vn.vieclam.portal.shared.Phone;
import vn.vieclam.portal.vacancy.Vacancies;
import vn.vieclam.portal.vacancy.VacancyStatus;

/**
 * What centres do around a session beyond the day itself: register their own workers ahead of it, check a
 * worker in from the QR code on the registration, cancel a whole session; and the public form's hourly limit.
 */
@PortalTest
class JobSessionCentreTests {

	private static final AtomicInteger PHONES = new AtomicInteger((int) (System.currentTimeMillis() % 400_000) + 500_000);

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	JobSessions sessions;

	@Autowired
	Candidates candidates;

	@Autowired
	Accounts accounts;

	@Autowired
	Vacancies vacancies;

	// --- a centre registers its own worker ahead of the day ---

	@Test
	void aCentreRegistersItsOwnConsentingCandidateWithVacanciesAndGetsACheckInCode() throws Exception {
		Long id = session("Phiên đăng ký qua trung tâm", LocalDate.now(Formats.VIETNAM).plusDays(6), 100);
		Long vacancy = approvedVacancy(id);
		String phone = phone();
		Long candidate = candidate("centre-bg", "Hoàng Văn Thụ", phone, true);
		MvcResult done = registerCandidate(id, "centre-bg", candidate, vacancy)
			.andExpect(redirectedUrl("/centre/job-sessions/" + id + "#workers")).andReturn();
		String code = (String) done.getFlashMap().get("registrationCode");
		assertThat(code).matches("[A-HJ-NP-Z2-9]{6}");
		Map<String, Object> row = this.jdbc.queryForMap("""
				select full_name, phone, candidate_id, registered_by_centre_id, walk_in, checked_in_at,
				  (select count(*) from job_session_worker_vacancy v where v.worker_id = w.id and v.vacancy_id = ?) interested
				from job_session_worker w where session_id = ? and code = ?""", vacancy, id, code);
		assertThat(row).containsEntry("full_name", "Hoàng Văn Thụ").containsEntry("phone", phone)
			.containsEntry("candidate_id", candidate).containsEntry("walk_in", false).containsEntry("checked_in_at", null)
			.containsEntry("registered_by_centre_id", this.accounts.principal("centre-bg").organisationId())
			.containsEntry("interested", 1L);
		// The check-in list names them with their code and links its QR code.
		Document page = Jsoup.parse(this.mvc.perform(get("/centre/job-sessions/" + id)
			.with(TestUsers.as(this.jdbc, "centre-bg"))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString());
		assertThat(page.select("tr.portal-worker").text()).contains("Hoàng Văn Thụ", code);
		assertThat(page.select("tr.portal-worker a.portal-qr-link").attr("href"))
			.isEqualTo("/job-sessions/" + id + "/check-in-qr/" + code + ".png");
		// The same person twice: refused beside the candidate chosen, the choice kept.
		Document again = Jsoup.parse(registerCandidate(id, "centre-bg", candidate, vacancy).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString());
		assertThat(again.getElementById("candidateId-error").text()).contains("đã đăng ký phiên giao dịch này");
		assertThat(again.select("input[name=candidateId][checked]").val()).isEqualTo(candidate.toString());
		// The co-host registers its own candidates too.
		Long theirs = candidate("centre-ls", "Nông Thị Xuân", phone(), true);
		registerCandidate(id, "centre-ls", theirs, null).andExpect(status().isFound());
		assertThat(this.jdbc.queryForObject("select count(*) from job_session_worker where session_id = ?", Long.class, id))
			.isEqualTo(2);
	}

	@Test
	void anotherCentresCandidateIsNotFoundAndACentreOutsideTheSessionCannotRegister() throws Exception {
		Long id = session("Phiên kiểm tra hồ sơ của trung tâm khác", LocalDate.now(Formats.VIETNAM).plusDays(6), 100);
		Long theirs = candidate("centre-ls", "Triệu Văn Kim", phone(), true);
		registerCandidate(id, "centre-bg", theirs, null).andExpect(status().isNotFound());
		Long cbCandidate = candidate("centre-cb", "Bế Văn Đàn", phone(), true);
		registerCandidate(id, "centre-cb", cbCandidate, null).andExpect(status().isNotFound());
		this.mvc.perform(get("/centre/job-sessions/" + id + "/workers/new").with(TestUsers.as(this.jdbc, "centre-cb")))
			.andExpect(status().isNotFound());
		assertThat(this.jdbc.queryForObject("select count(*) from job_session_worker where session_id = ?", Long.class, id))
			.isZero();
		// The picker lists the centre's own candidates only.
		Document picker = Jsoup.parse(this.mvc.perform(get("/centre/job-sessions/" + id + "/workers/new")
			.param("q", "Triệu Văn Kim").with(TestUsers.as(this.jdbc, "centre-bg"))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString());
		assertThat(picker.select(".portal-candidate-choice")).isEmpty();
		Document own = Jsoup.parse(this.mvc.perform(get("/centre/job-sessions/" + id + "/workers/new")
			.param("q", "Triệu Văn Kim").with(TestUsers.as(this.jdbc, "centre-ls"))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString());
		assertThat(own.select(".portal-candidate-choice").text()).contains("Triệu Văn Kim");
	}

	@Test
	void aCandidateWithoutConsentToShareIsRefusedBesideTheChoice() throws Exception {
		Long id = session("Phiên kiểm tra đồng ý", LocalDate.now(Formats.VIETNAM).plusDays(6), 100);
		Long candidate = candidate("centre-bg", "Lục Văn Sáng", phone(), false);
		Document page = Jsoup.parse(registerCandidate(id, "centre-bg", candidate, null).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString());
		assertThat(page.getElementById("candidateId-error").text()).contains("chưa đồng ý chia sẻ hồ sơ");
	}

	@Test
	void aTypedWorkerFollowsThePublicRulesWithMessagesBesideTheFields() throws Exception {
		Long id = session("Phiên nhập tay", LocalDate.now(Formats.VIETNAM).plusDays(6), 1);
		Document missing = Jsoup.parse(typed(id, "centre-bg", "Vi Thị Mai", "", false).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString());
		assertThat(missing.getElementById("phone-error").text()).contains("Vui lòng nhập số điện thoại");
		assertThat(missing.getElementById("consent-error").text()).contains("Cần có sự đồng ý");
		assertThat(missing.getElementById("fullName").val()).isEqualTo("Vi Thị Mai");
		String phone = phone();
		typed(id, "centre-bg", "Vi Thị Mai", phone, true).andExpect(status().isFound());
		// Capacity (one place) is taken: the next is refused, what was typed stays.
		Document full = Jsoup.parse(typed(id, "centre-ls", "Hà Văn Tỉnh", phone(), true).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString());
		assertThat(full.select(".alert-danger").text()).contains("đã đủ số người đăng ký");
		assertThat(full.getElementById("fullName").val()).isEqualTo("Hà Văn Tỉnh");
		// After the closing day: refused with the day.
		this.jdbc.update("update job_session set registration_closes_on = current_date - 1, worker_capacity = 100 where id = ?", id);
		Document closed = Jsoup.parse(typed(id, "centre-bg", "Hà Văn Tỉnh", phone(), true).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString());
		assertThat(closed.select(".alert-danger").text()).contains("đã hết hạn đăng ký ngày");
	}

	// --- the QR code on a registration ---

	@Test
	void theQrCodeDecodesToTheHostsCheckInForTheCodeWhichOnlyHostAndCoHostCanUse() throws Exception {
		Long id = session("Phiên điểm danh bằng mã QR", LocalDate.now(Formats.VIETNAM), 100);
		MvcResult registered = this.mvc.perform(post("/job-sessions/" + id + "/register").with(fromAddress(address()))
			.param("fullName", "Sùng A Páo").param("phone", phone())
			.param("homeProvinceId", province("Lạng Sơn").toString()).param("consent", "true"))
			.andExpect(status().isFound()).andReturn();
		String code = (String) registered.getFlashMap().get("registrationCode");
		// (The box after registering shows the same image; MockMvc's flash attributes do not reach the
		// JDBC-backed session, so the address is read from the check-in list, and the journey sees the box.)
		Document page = Jsoup.parse(this.mvc.perform(get("/centre/job-sessions/" + id)
			.with(TestUsers.as(this.jdbc, "centre-bg"))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString());
		String src = page.select("tr.portal-worker a.portal-qr-link").attr("href");
		assertThat(src).isEqualTo("/job-sessions/" + id + "/check-in-qr/" + code + ".png").doesNotContain("P%C3%A1o");
		byte[] png = this.mvc.perform(get(src)).andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "image/png")).andReturn().getResponse().getContentAsByteArray();
		var image = ImageIO.read(new ByteArrayInputStream(png));
		String text = new QRCodeReader()
			.decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image))))
			.getText();
		assertThat(text).endsWith("/centre/job-sessions/" + id + "/check-in?code=" + code);
		// Not a code: not found; the image never says whether a well-formed code exists.
		this.mvc.perform(get("/job-sessions/" + id + "/check-in-qr/sung-a-pao.png")).andExpect(status().isNotFound());
		String path = text.substring(text.indexOf("/centre/"));
		// The scan opens the check-in page: the co-host sees who it is and checks them in.
		Document checkIn = Jsoup.parse(this.mvc.perform(get(path).with(TestUsers.as(this.jdbc, "centre-ls")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(checkIn.getElementById("check-in-worker").text()).contains("Sùng A Páo", code);
		this.mvc.perform(post("/centre/job-sessions/" + id + "/check-in").param("code", code)
			.with(TestUsers.as(this.jdbc, "centre-ls")).with(csrf())).andExpect(status().isFound());
		assertThat(this.jdbc.queryForObject("select checked_in_at is not null from job_session_worker where code = ?",
				Boolean.class, code)).isTrue();
		Document done = Jsoup.parse(this.mvc.perform(get(path).with(TestUsers.as(this.jdbc, "centre-bg")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(done.getElementById("check-in-confirm")).isNull();
		assertThat(done.getElementById("check-in-worker").text()).contains("Có mặt");
		// A centre outside the session, an employer, the public: no.
		this.mvc.perform(get(path).with(TestUsers.as(this.jdbc, "centre-cb"))).andExpect(status().isNotFound());
		this.mvc.perform(get(path).with(TestUsers.as(this.jdbc, "employer"))).andExpect(status().isForbidden());
		this.mvc.perform(get(path)).andExpect(redirectedUrl("/login"));
		// An unknown code says so.
		assertThat(Jsoup.parse(this.mvc.perform(get("/centre/job-sessions/" + id + "/check-in?code=ZZZZZZ")
			.with(TestUsers.as(this.jdbc, "centre-bg"))).andReturn().getResponse().getContentAsString())
			.getElementById("check-in-unknown")).isNotNull();
	}

	// --- the public form's limit ---

	@Test
	void tooManyPreRegistrationsFromOneAddressInAnHourAreRefusedKeepingTheInput() throws Exception {
		Long id = session("Phiên kiểm tra giới hạn", LocalDate.now(Formats.VIETNAM).plusDays(6), 500);
		String address = address();
		for (int i = 1; i <= 20; i++) {
			this.mvc.perform(post("/job-sessions/" + id + "/register").with(fromAddress(address))
				.param("fullName", "Người đăng ký số " + i).param("phone", phone())
				.param("homeProvinceId", province("Lạng Sơn").toString()).param("consent", "true"))
				.andExpect(status().isFound());
		}
		String limited = this.mvc.perform(post("/job-sessions/" + id + "/register").with(fromAddress(address))
			.param("fullName", "Người thứ hai mươi mốt").param("phone", phone())
			.param("homeProvinceId", province("Lạng Sơn").toString()).param("consent", "true"))
			.andExpect(status().isTooManyRequests()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		Document page = Jsoup.parse(limited);
		assertThat(page.select("#register .alert-danger").text()).contains("quá nhiều lượt đăng ký");
		assertThat(page.getElementById("fullName").val()).isEqualTo("Người thứ hai mươi mốt");
		assertThat(this.jdbc.queryForObject("select count(*) from job_session_worker where session_id = ?", Long.class, id))
			.isEqualTo(20);
		// Another address is not held back.
		this.mvc.perform(post("/job-sessions/" + id + "/register").with(fromAddress(address()))
			.param("fullName", "Người ở máy khác").param("phone", phone())
			.param("homeProvinceId", province("Lạng Sơn").toString()).param("consent", "true"))
			.andExpect(status().isFound());
	}

	// --- cancelling a whole session ---

	@Test
	void theHostCancelsASessionWhichStaysListedMarkedTakesNoRegistrationAndNoLongerCounts() throws Exception {
		int year = LocalDate.now(Formats.VIETNAM).getYear();
		Long id = session("Phiên sẽ bị hủy", LocalDate.now(Formats.VIETNAM), 100);
		this.mvc.perform(post("/centre/job-sessions/" + id + "/outcome").with(TestUsers.as(this.jdbc, "centre-bg"))
			.with(csrf()).param("employersAttended", "7").param("peopleAttended", "90").param("counselled", "70")
			.param("interviewed", "40").param("selected", "12").param("version", "-1")).andExpect(status().isFound());
		YearlyProgress before = progress(year, "centre-bg");
		long monthBefore = month(year, "centre-bg").people();
		String icsBefore = ics(id);
		long version = this.jdbc.queryForObject("select version from job_session where id = ?", Long.class, id);
		String cancel = "/centre/job-sessions/" + id + "/cancel";
		// A centre that neither hosts nor co-hosts, and the co-host: not found.
		this.mvc.perform(post(cancel).param("reason", "Thử hủy").param("version", String.valueOf(version))
			.with(TestUsers.as(this.jdbc, "centre-cb")).with(csrf())).andExpect(status().isNotFound());
		this.mvc.perform(post(cancel).param("reason", "Thử hủy").param("version", String.valueOf(version))
			.with(TestUsers.as(this.jdbc, "centre-ls")).with(csrf())).andExpect(status().isNotFound());
		// No reason: said beside the field.
		Document noReason = Jsoup.parse(this.mvc.perform(post(cancel).param("reason", " ")
			.param("version", String.valueOf(version)).with(TestUsers.as(this.jdbc, "centre-bg")).with(csrf()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(noReason.getElementById("reason-error")).isNotNull();
		// A stale page: the conflict page.
		this.mvc.perform(post(cancel).param("reason", "Mưa bão").param("version", String.valueOf(version - 1))
			.with(TestUsers.as(this.jdbc, "centre-bg")).with(csrf())).andExpect(status().isConflict());
		this.mvc.perform(post(cancel).param("reason", "Mưa bão, sàn giao dịch bị ngập")
			.param("version", String.valueOf(version)).with(TestUsers.as(this.jdbc, "centre-bg")).with(csrf()))
			.andExpect(redirectedUrl("/centre/job-sessions/" + id));

		// The public page says so with the reason and has no registration form; a registration is refused.
		Document page = Jsoup.parse(this.mvc.perform(get("/job-sessions/" + id)).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString());
		assertThat(page.getElementById("session-cancelled").text()).contains("đã bị hủy", "sàn giao dịch bị ngập");
		assertThat(page.getElementById("register")).isNull();
		Document refused = Jsoup.parse(this.mvc.perform(post("/job-sessions/" + id + "/register").with(fromAddress(address()))
			.param("fullName", "Lường Văn Hặc").param("phone", phone())
			.param("homeProvinceId", province("Lạng Sơn").toString()).param("consent", "true"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(refused.select(".alert-danger").text()).contains("đã bị hủy");
		typed(id, "centre-bg", "Lường Văn Hặc", phone(), true).andExpect(status().isOk());
		assertThat(this.jdbc.queryForObject("select count(*) from job_session_worker where session_id = ?", Long.class, id))
			.isZero();

		// The calendar file: cancelled, with a higher sequence, parsed back.
		Map<String, String> event = event(ics(id));
		assertThat(event).containsEntry("STATUS", "CANCELLED");
		assertThat(Integer.parseInt(event.get("SEQUENCE")))
			.isGreaterThan(Integer.parseInt(event(icsBefore).getOrDefault("SEQUENCE", "0")));
		assertThat(event(icsBefore)).doesNotContainKey("STATUS");

		// The yearly progress no longer counts it, nor its outcome.
		YearlyProgress after = progress(year, "centre-bg");
		assertThat(after.sessions()).isEqualTo(before.sessions() - 1);
		assertThat(after.enterprises()).isEqualTo(before.enterprises() - 7);
		assertThat(after.people()).isEqualTo(before.people() - 70);
		assertThat(month(year, "centre-bg").people()).isEqualTo(monthBefore - 70);

		// The centre's list shows it marked.
		org.jsoup.nodes.Element row = null;
		for (int n = 0; row == null && n < 100; n++) {
			Document list = Jsoup.parse(this.mvc.perform(get("/centre/job-sessions?page=" + n)
				.with(TestUsers.as(this.jdbc, "centre-bg"))).andExpect(status().isOk()).andReturn().getResponse()
				.getContentAsString());
			row = list.select("li.portal-session:has(a[href=/centre/job-sessions/" + id + "])").first();
		}
		assertThat(row).isNotNull();
		assertThat(row.select(".portal-session-cancelled").text()).isEqualTo("Đã hủy");
		Document manage = Jsoup.parse(this.mvc.perform(get("/centre/job-sessions/" + id)
			.with(TestUsers.as(this.jdbc, "centre-bg"))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString());
		assertThat(manage.getElementById("cancel-form")).isNull();
		assertThat(manage.getElementById("session-cancelled").text()).contains("sàn giao dịch bị ngập");
	}

	// --- the chart of the yearly progress ---

	@Test
	void theProgressPageChartsTheCentresMonthsAgainstItsTargetPaceFromATableThatReadsWithoutJavaScript()
			throws Exception {
		Long bg = this.accounts.principal("centre-bg").organisationId();
		Document page = Jsoup.parse(this.mvc.perform(get("/centre/job-sessions/progress?year=2023&centre=" + bg)
			.with(TestUsers.as(this.jdbc, "centre-bg"))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString());
		// The dashboard's own chart script and the local Chart.js draw it; no inline script.
		assertThat(page.select("script[src]").eachAttr("src")).anyMatch(src -> src.startsWith("/js/dashboard"))
			.anyMatch(src -> src.startsWith("/webjars/chart.js/") && src.endsWith("/dist/chart.umd.min.js"));
		assertThat(page.select("script:not([src])")).isEmpty();
		this.mvc.perform(get("/webjars/chart.js/dist/chart.umd.min.js")).andExpect(status().isOk());
		assertThat(page.select(".portal-chart[data-chart-for=pace-table] canvas")).hasSize(1);
		var rows = page.select("#pace-table[data-chart=line] tbody tr");
		assertThat(rows).hasSize(12);
		// December of a past year: all that was held against Bắc Giang's 2023 targets (76 / 300 / 18,000).
		YearlyProgress bg2023 = progress(2023, "centre-bg");
		List<MonthProgress> months = this.sessions.byMonth(2023, bg);
		long sessions = months.stream().mapToLong(MonthProgress::sessions).sum();
		long people = months.stream().mapToLong(MonthProgress::people).sum();
		var december = rows.last().select("td");
		assertThat(rows.last().select("th").text()).isEqualTo("Th12");
		assertThat(december.get(0).attr("data-value")).isEqualTo(String.valueOf(Math.round(sessions * 100f / 76)));
		assertThat(december.get(2).attr("data-value")).isEqualTo(String.valueOf(Math.round(people * 100f / 18000)));
		assertThat(december.get(3).attr("data-value")).isEqualTo("100");
		assertThat(december.get(3).text()).isEqualTo("100%");
		assertThat(bg2023.targetSessions()).isEqualTo(76);
		// The table by month stays beside it.
		assertThat(page.select("#month-table tbody tr")).hasSize(12);
	}

	// --- helpers ---

	@Test
	void aCancelledSessionKeepsItsDetailsAndLeavesTheHomePagesUpcomingList() {
		PortalUser host = this.accounts.principal("centre-bg");
		LocalDate day = LocalDate.now(Formats.VIETNAM).plusDays(2);
		Long id = session("Phiên hủy vì mưa bão", day, 50);
		assertThat(this.sessions.upcoming(200)).extracting(SessionRow::id).contains(id);
		this.sessions.cancel(host, id, this.jdbc.queryForObject("select version from job_session where id = ?", Long.class, id),
				"Mưa bão");
		assertThat(this.sessions.upcoming(200)).extracting(SessionRow::id).doesNotContain(id);
		long version = this.jdbc.queryForObject("select version from job_session where id = ?", Long.class, id);
		SessionDetails renamed = new SessionDetails("Đổi tên sau khi hủy", SessionKind.HYBRID, day, LocalTime.of(8, 0),
				LocalTime.of(11, 0), "Sàn giao dịch việc làm Bắc Giang", "https://meet.example.vn/phien", null, null, day, 20,
				50, 15);
		assertThatThrownBy(() -> this.sessions.update(host, id, version, renamed)).isInstanceOfSatisfying(DomainException.class,
				ex -> assertThat(ex.messageKey()).isEqualTo("jobsession.session.cancelledNoEdit"));
		assertThat(this.jdbc.queryForObject("select title from job_session where id = ?", String.class, id))
			.isEqualTo("Phiên hủy vì mưa bão");
	}

	private Long session(String title, LocalDate date, int workerCapacity) {
		PortalUser host = this.accounts.principal("centre-bg");
		Long id = this.sessions.create(host, new SessionDetails(title, SessionKind.HYBRID, date, LocalTime.of(8, 0),
				LocalTime.of(11, 0), "Sàn giao dịch việc làm Bắc Giang", "https://meet.example.vn/phien", null, null, date,
				20, workerCapacity, 15));
		this.sessions.addCoHost(host, id, this.accounts.principal("centre-ls").organisationId(),
				new PointDetails("Trung tâm DVVL Lạng Sơn", null, null));
		return id;
	}

	private Long approvedVacancy(Long sessionId) {
		PortalUser employer = this.accounts.principal("employer");
		Long vacancy = this.vacancies.mine(employer, VacancyStatus.PUBLISHED, PageRequest.of(0, 1)).getContent().get(0).id();
		Long registration = this.sessions.registerEmployer(employer, sessionId, List.of(vacancy), 5, null);
		this.sessions.decide(this.accounts.principal("centre-bg"), sessionId, registration, true, null);
		return vacancy;
	}

	private Long candidate(String centre, String name, String phone, boolean sharing) {
		return this.candidates.register(this.accounts.principal(centre), new CandidateDetails(name,
				LocalDate.of(1996, 4, 20), null, null, phone, province("Lạng Sơn"), null, "Thôn Khuổi Pàn",
				Education.LOWER_SECONDARY, "UNSKILLED", 7_000_000L, true, null, false, null, null,
				List.of(new CandidateOccupation("82", 1))), new Consent(true, sharing, Consent.CURRENT_NOTICE), "CENTRE")
			.id();
	}

	private org.springframework.test.web.servlet.ResultActions registerCandidate(Long id, String centre, Long candidate,
			Long vacancy) throws Exception {
		MockHttpServletRequestBuilder request = post("/centre/job-sessions/" + id + "/workers")
			.param("candidateId", candidate.toString()).with(TestUsers.as(this.jdbc, centre)).with(csrf());
		if (vacancy != null) {
			request.param("vacancyIds", vacancy.toString());
		}
		return this.mvc.perform(request);
	}

	private org.springframework.test.web.servlet.ResultActions typed(Long id, String centre, String name, String phone,
			boolean consent) throws Exception {
		MockHttpServletRequestBuilder request = post("/centre/job-sessions/" + id + "/workers").param("candidateId", "")
			.param("fullName", name).param("phone", phone).param("homeProvinceId", province("Cao Bằng").toString())
			.with(TestUsers.as(this.jdbc, centre)).with(csrf());
		if (consent) {
			request.param("consent", "true");
		}
		return this.mvc.perform(request);
	}

	private String ics(Long id) throws Exception {
		return this.mvc.perform(get("/job-sessions/" + id + "/calendar.ics")).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	/** The VEVENT's properties, its lines unfolded (RFC 5545 §3.1). */
	private static Map<String, String> event(String ics) {
		assertThat(ics).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n");
		String unfolded = ics.replace("\r\n ", "");
		String body = unfolded.substring(unfolded.indexOf("BEGIN:VEVENT\r\n"), unfolded.indexOf("END:VEVENT\r\n"));
		Map<String, String> properties = new java.util.LinkedHashMap<>();
		for (String line : body.split("\r\n")) {
			int colon = line.indexOf(':');
			properties.put(line.substring(0, colon), line.substring(colon + 1));
		}
		return properties;
	}

	private YearlyProgress progress(int year, String centre) {
		Long id = this.accounts.principal(centre).organisationId();
		return this.sessions.yearlyProgress(year).stream().filter(p -> p.centreId().equals(id)).findFirst().orElseThrow();
	}

	private MonthProgress month(int year, String centre) {
		return this.sessions.byMonth(year, this.accounts.principal(centre).organisationId())
			.get(LocalDate.now(Formats.VIETNAM).getMonthValue() - 1);
	}

	private Long province(String name) {
		return this.jdbc.queryForObject(
				"select id from admin_unit where level = 'PROVINCE' and name = ? and valid_to is null", Long.class, name);
	}

	private static RequestPostProcessor fromAddress(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	private static String address() {
		return "10.30." + ThreadLocalRandom.current().nextInt(256) + "." + ThreadLocalRandom.current().nextInt(256);
	}

	private static String phone() {
		return Phone.parse("0966" + String.format("%06d", PHONES.incrementAndGet() % 1_000_000)).orElseThrow();
	}

}
