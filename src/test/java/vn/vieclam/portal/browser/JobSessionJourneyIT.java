package vn.vieclam.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import vn.vieclam.portal.TestDatabase;
import vn.vieclam.portal.shared.Formats;

/**
 * Bắc Giang's job centre sets up today's session with Lạng Sơn as meeting point, an employer registers with a
 * vacancy and is approved, a worker pre-registers on a phone, the host checks them in by their code and records
 * the outcome, and the centre's yearly progress grows by it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
@Import(TestDatabase.class)
class JobSessionJourneyIT {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void hostCreatesEmployerRegistersWorkerPreRegistersHostChecksInAndProgressGrows() {
		String title = "Phiên giao dịch việc làm kết hợp Bắc Giang – Lạng Sơn hôm nay";
		String today = Formats.DATE.format(LocalDate.now(Formats.VIETNAM));
		Long bacGiang = this.jdbc.queryForObject("select id from organisation where code = 'ttdvvl-bg'", Long.class);
		String peopleBefore;
		Long sessionId;
		try (Browser host = Browser.desktop(this.port)) {
			host.signIn("centre-bg", "portal-demo");
			host.clickLink("Chỉ tiêu phiên giao dịch");
			peopleBefore = host.text("tr.portal-progress[data-centre='" + bacGiang + "'] .portal-progress-people");
			host.clickLink("Phiên giao dịch của tôi");
			host.clickLink("Tạo phiên giao dịch");
			host.type("title", title);
			host.select("kind", "Trực tiếp kết hợp trực tuyến");
			host.type("date", today);
			host.type("startTime", "08:00");
			host.type("endTime", "11:30");
			host.type("venue", "Sàn giao dịch việc làm, TP Bắc Giang");
			host.type("videoLink", "https://meet.example.vn/bg-ls");
			host.type("registrationClosesOn", today);
			host.submit("#session-form");
			assertThat(host.pageText()).contains("Đã tạo phiên giao dịch.", title);
			host.select("centreId", "Trung tâm Dịch vụ việc làm tỉnh Lạng Sơn");
			host.type("address", "Nhà văn hóa xã Hòa Lạc, Hữu Lũng, Lạng Sơn");
			host.submit("#co-host-form");
			assertThat(host.pageText()).contains("Đã thêm điểm cầu.", "Nhà văn hóa xã Hòa Lạc");
			sessionId = Long.valueOf(host.path().replaceAll("^/centre/job-sessions/(\\d+).*$", "$1"));
		}
		String vacancy;
		try (Browser employer = Browser.desktop(this.port)) {
			employer.signIn("employer", "portal-demo");
			employer.clickLink("Đăng ký phiên giao dịch");
			assertThat(employer.pageText()).contains(title);
			employer.open("/employer/job-sessions/" + sessionId + "/register");
			vacancy = employer.text("label[for=vacancyIds1]");
			employer.check("vacancyIds1");
			employer.type("interviewSlots", "6");
			employer.submit("#employer-register-form");
			assertThat(employer.pageText()).contains("Đã gửi đăng ký", title, "Chờ duyệt");
		}
		try (Browser host = Browser.desktop(this.port)) {
			host.signIn("centre-bg", "portal-demo");
			host.open("/centre/job-sessions/" + sessionId);
			Long registration = this.jdbc.queryForObject(
					"select id from job_session_employer where session_id = ? and status = 'PENDING'", Long.class, sessionId);
			host.type("roomLink-" + registration, "https://meet.example.vn/bg-ls/van-trung");
			host.submit("form.portal-approve");
			assertThat(host.pageText()).contains("Đã duyệt doanh nghiệp.");
		}
		String code;
		try (Browser worker = Browser.phone(this.port)) {
			worker.open("/job-sessions");
			worker.clickLink(title);
			assertThat(worker.pageText()).contains("Công ty TNHH Linh kiện Điện tử Vân Trung", vacancy,
					"Nhà văn hóa xã Hòa Lạc");
			worker.type("fullName", "Hoàng Thị Nhung");
			worker.type("phone", "0913 456 789");
			worker.select("homeProvinceId", "Lạng Sơn");
			worker.type("homeCommuneText", "Xã Hòa Lạc, Hữu Lũng");
			worker.check("vacancyIds1");
			worker.submit("#register");
			// Forgot the consent: told beside the box, nothing typed is lost.
			assertThat(worker.text("#consent-error")).contains("cần đồng ý");
			assertThat(worker.driverValue("fullName")).isEqualTo("Hoàng Thị Nhung");
			worker.check("consent1");
			worker.submit("#register");
			code = worker.text(".portal-code");
			assertThat(code).matches("[A-Z2-9]{6}");
			assertThat(worker.scrollsSideways()).isFalse();
			// The same phone again is refused beside the field.
			worker.type("fullName", "Hoàng Thị Nhung");
			worker.type("phone", "0913456789");
			worker.select("homeProvinceId", "Lạng Sơn");
			worker.check("consent1");
			worker.submit("#register");
			assertThat(worker.text("#phone-error")).contains("đã đăng ký phiên giao dịch này");
		}
		try (Browser host = Browser.desktop(this.port)) {
			host.signIn("centre-bg", "portal-demo");
			host.open("/centre/job-sessions/" + sessionId);
			assertThat(host.pageText()).contains("Hoàng Thị Nhung", code);
			host.type("code", code);
			host.submit("#check-in-form");
			assertThat(host.pageText()).contains("Đã điểm danh: Hoàng Thị Nhung.", "1 người đăng ký, 1 người đã điểm danh");
			host.type("employersAttended", "1");
			host.type("peopleAttended", "40");
			host.type("counselled", "35");
			host.type("interviewed", "12");
			host.type("selected", "5");
			host.submit("#outcome-form");
			assertThat(host.pageText()).contains("Đã lưu kết quả.");
			host.clickLink("Chỉ tiêu phiên giao dịch");
			String peopleAfter = host.text("tr.portal-progress[data-centre='" + bacGiang + "'] .portal-progress-people");
			assertThat(number(peopleAfter)).isEqualTo(number(peopleBefore) + 35);
		}
	}

	/** "9.076 / 18.000 (50%)" → 9076. */
	private static long number(String cell) {
		return Long.parseLong(cell.split("/")[0].replaceAll("[^0-9]", ""));
	}

}
