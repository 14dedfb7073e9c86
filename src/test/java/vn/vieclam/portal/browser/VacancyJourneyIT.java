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
 * The employer posts a hiring need, the industrial-zone board approves it, and a worker on a phone finds
 * it by typing without diacritics, reads it and leaves their interest.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
@Import(TestDatabase.class)
class VacancyJourneyIT {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void employerPostsOfficialApprovesWorkerFindsItWithoutDiacritics() {
		String title = "Công nhân đóng gói thành phẩm điện tử ca đêm";
		try (Browser employer = Browser.desktop(this.port)) {
			employer.signIn("employer", "portal-demo");
			employer.clickLink("Nhu cầu tuyển dụng");
			employer.clickLink("Thêm nhu cầu tuyển dụng");
			employer.type("title", title);
			employer.type("quantity", "40");
			employer.select("occupationCode", "82 — Thợ lắp ráp");
			employer.select("skillLevelCode", "Lao động phổ thông");
			employer.type("wageMin", "8000000");
			employer.type("wageMax", "10500000");
			employer.select("housing", "Có ký túc xá");
			employer.check("meals1");
			employer.check("shuttleBus1");
			employer.type("shifts", "Ca đêm 22h–6h, phụ cấp ca đêm 30%");
			employer.type("closingDate", Formats.DATE.format(LocalDate.now(Formats.VIETNAM).plusDays(21)));
			employer.submit("form[action='/employer/vacancies/new']");
			assertThat(employer.pageText()).contains("Đã lưu bản nháp.");
			employer.submit("form[action$='/submit']");
			assertThat(employer.pageText()).contains("Đã gửi duyệt.").contains("Chờ duyệt");
		}
		try (Browser official = Browser.desktop(this.port)) {
			official.signIn("official-kcn", "portal-demo");
			official.clickLink("Hàng chờ duyệt");
			official.clickLink(title);
			official.submit("form[action$='/approve']");
			assertThat(official.pageText()).contains("Đã duyệt; tin đã được đăng.");
		}
		try (Browser worker = Browser.phone(this.port)) {
			worker.open("/vacancies");
			worker.type("q", "dong goi thanh pham ca dem");
			worker.submit("form[role=search]");
			assertThat(worker.texts(".portal-job-title")).containsExactly(title);
			assertThat(worker.scrollsSideways()).isFalse();
			worker.clickLink(title);
			assertThat(worker.pageText()).contains("8.000.000 ₫ – 10.500.000 ₫/tháng", "Có ký túc xá", "Có xe đưa đón",
					"Ca đêm 22h–6h");
			worker.type("fullName", "Lường Thị Hoa");
			worker.type("phone", "0966 123 456");
			worker.select("homeProvinceId", "Sơn La");
			worker.type("homeCommuneText", "Bản Hụm, xã Chiềng Ngần");
			worker.submit("#interest");
			// Forgot the consent: told so beside the box, and nothing typed is lost.
			assertThat(worker.text("#consent-error")).contains("cần đồng ý");
			assertThat(worker.driverValue("fullName")).isEqualTo("Lường Thị Hoa");
			worker.check("consent1");
			worker.submit("#interest");
			assertThat(worker.pageText()).contains("Đã gửi. Trung tâm dịch vụ việc làm tỉnh nhà bạn sẽ gọi lại");
			assertThat(worker.scrollsSideways()).isFalse();
		}
		assertThat(this.jdbc.queryForObject("""
				select o.code from interest i join organisation o on o.id = i.job_centre_id where i.phone = '0966123456'""",
				String.class)).isEqualTo("ttdvvl-sl");
	}

}
