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
 * An official records the visit to Lạng Sơn and its conclusion notice with a commitment for Lạng Sơn's transport
 * department; that department's user sees it on their home and at /tasks, reports it done, and its status becomes
 * done on time. Screenshots at 360 px of /tasks and the delegation go to target/.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
@Import(TestDatabase.class)
class DelegationJourneyIT {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void visitNoticeCommitmentReportedDoneOnTime() throws Exception {
		LocalDate today = LocalDate.now(Formats.VIETNAM);
		String number = "27/TB-UBND-" + System.currentTimeMillis() % 100000;
		String action = "Khảo sát điểm dừng đón trả khách tuyến Lạng Sơn - Bắc Giang tại KCN Quang Châu";
		String delegationPath;

		try (Browser official = Browser.desktop(this.port)) {
			official.signIn("official", "portal-demo");
			official.open("/delegations/new");
			official.selectContaining("destinationProvinceId", "Lạng Sơn");
			official.type("startsOn", Formats.DATE.format(today.minusDays(2)));
			official.type("endsOn", Formats.DATE.format(today.minusDays(2)));
			official.type("leaderName", "Mai Sơn");
			official.type("leaderTitle", "Phó Chủ tịch Thường trực UBND tỉnh");
			official.type("topics", "Xúc tiến thu hút lao động Lạng Sơn đến làm việc tại doanh nghiệp Bắc Giang");
			official.submit("form.portal-delegation-form");
			delegationPath = official.path();
			assertThat(delegationPath).matches("/delegations/\\d+");
			assertThat(official.text("h1")).contains("Lạng Sơn");

			official.clickLink("Ghi nhận thông báo kết luận");
			official.type("number", number);
			official.type("issuedOn", Formats.DATE.format(today.minusDays(1)));
			official.select("issuerId", "Văn phòng Ủy ban nhân dân tỉnh Lạng Sơn");
			official.type("signer", "Trịnh Tiến Duy");
			official.type("signerTitle", "Chánh Văn phòng UBND tỉnh Lạng Sơn");
			official.submit("form.portal-notice-form");
			assertThat(official.path()).matches("/notices/\\d+");

			official.select("responsibleId", "Sở Giao thông vận tải tỉnh Lạng Sơn");
			official.type("action", action);
			official.type("dueDate", Formats.DATE.format(today.plusDays(5)));
			official.submit("form.portal-commitment-form");
			assertThat(official.texts(".portal-item")).anySatisfy(row -> assertThat(row).contains(action,
					"Sở Giao thông vận tải tỉnh Lạng Sơn", Formats.DATE.format(today.plusDays(5)), "Chưa đến hạn"));

			// The delegation lists its notice; a member is added to the delegation.
			official.open(delegationPath);
			assertThat(official.texts(".portal-notice")).anySatisfy(n -> assertThat(n).contains(number));
			official.type("fullName", "Trần Văn Hà");
			official.type("jobTitle", "Phó Giám đốc Sở");
			official.submit("form.portal-person-form");
			assertThat(official.texts("#people tbody tr")).anySatisfy(r -> assertThat(r).contains("Trần Văn Hà"));
			official.resize(360, 780);
			official.open(delegationPath);
			assertThat(official.scrollsSideways()).isFalse();
			official.screenshot("delegation-journey-delegation-360.png");
		}

		try (Browser transport = Browser.desktop(this.port)) {
			transport.signIn("official-gtvt-ls", "portal-demo");
			transport.open("/home");
			assertThat(transport.texts(".portal-own-due .portal-item"))
				.anySatisfy(row -> assertThat(row).contains(action, "Chưa đến hạn"));
			Long transportId = this.jdbc.queryForObject("select id from organisation where code = 'sgtvt-ls'", Long.class);
			transport.open("/tasks?org=" + transportId);
			assertThat(transport.texts(".portal-item")).anySatisfy(row -> assertThat(row).contains(action, "Chưa đến hạn"));

			transport.clickLink(action);
			transport.type("text", "Đã khảo sát, thống nhất 02 điểm dừng đón trả khách; báo cáo UBND tỉnh.");
			transport.check("done1");
			transport.submit("form.portal-report-form");
			assertThat(transport.text(".portal-status")).isEqualTo("Hoàn thành đúng hạn");
			assertThat(transport.text(".portal-done-on")).isEqualTo(Formats.DATE.format(today));

			transport.open("/tasks?org=" + transportId);
			assertThat(transport.texts(".portal-item"))
				.anySatisfy(row -> assertThat(row).contains(action, "Hoàn thành đúng hạn"));
			transport.resize(360, 780);
			transport.open("/tasks?org=" + transportId);
			assertThat(transport.scrollsSideways()).isFalse();
			transport.screenshot("delegation-journey-tasks-360.png");
		}
		assertThat(this.jdbc.queryForObject("select done_on from commitment where action = ?", LocalDate.class, action))
			.isEqualTo(today);
	}

}
