package vn.vieclam.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
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
 * The Lạng Sơn job centre imports its list, finds the best match for a Bắc Giang vacancy and refers the
 * person; the employer interviews and hires them; the centre's yearly counts change.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
@Import(TestDatabase.class)
class JobCentreJourneyIT {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void importMatchReferHireAndTheCountsChange() throws Exception {
		Path list = Path.of("target/browser-tmp/danh-sach-lao-dong-lang-son.xlsx").toAbsolutePath();
		Files.createDirectories(list.getParent());
		try (OutputStream out = Files.newOutputStream(list)) {
			Workbook workbook = new Workbook(out, "TTDVVL Lang Son", "1.0");
			Worksheet sheet = workbook.newWorksheet("Danh sách");
			String[] headers = { "Họ và tên", "Ngày sinh", "Giới tính", "Số CCCD", "Số điện thoại", "Tỉnh", "Trình độ",
					"Nghề", "Ưu tiên" };
			String[][] rows = { { "Hoàng Văn Pắn", "12/05/1995", "Nam", "020095731001", "0961 731 001", "Lạng Sơn",
					"Lao động phổ thông", "82", "Bộ đội xuất ngũ" },
					{ "Nông Thị Slam", "03/09/1999", "Nữ", "020199731002", "0961 731 002", "Lạng Sơn",
							"Lao động phổ thông", "75", "" } };
			for (int c = 0; c < headers.length; c++) {
				sheet.value(0, c, headers[c]);
			}
			for (int r = 0; r < rows.length; r++) {
				for (int c = 0; c < headers.length; c++) {
					sheet.value(r + 1, c, rows[r][c]);
				}
			}
			workbook.finish();
		}
		Long vacancy = this.jdbc.queryForObject(
				"select min(id) from vacancy where title = 'Công nhân lắp ráp linh kiện điện tử'", Long.class);
		int placedBefore;
		// The demo's referrals have hired into this vacancy already: the journey adds one.
		int hiredBefore = this.jdbc.queryForObject("select hired from vacancy where id = ?", Integer.class, vacancy);

		try (Browser centre = Browser.desktop(this.port)) {
			centre.signIn("centre-ls", "portal-demo");
			centre.open("/referrals/counts");
			placedBefore = Integer.parseInt(centre.text("tr:last-child td.placed").replaceAll("\\D", ""));

			centre.open("/candidates/import");
			centre.type("file", list.toString());
			centre.check("consentProcessing1");
			centre.check("consentSharing1");
			centre.submit("form[action='/candidates/import']");
			centre.submit("form[action$='/mapping']");
			assertThat(centre.pageText()).contains("Hoàng Văn Pắn", "Nông Thị Slam");
			centre.submit("form[action$='/commit']");
			assertThat(this.jdbc.queryForObject("select count(*) from candidate where phone in ('0961731001', '0961731002') "
					+ "and source = 'IMPORT' and consent_sharing_at is not null", Integer.class)).isEqualTo(2);

			centre.open("/vacancies/" + vacancy + "/matches?priority=DEMOBILISED_SOLDIER");
			assertThat(centre.texts("td a")).contains("Hoàng Văn Pắn");
			assertThat(centre.pageText()).contains("cùng nghề");
			centre.submit("form[action='/referrals']");
			assertThat(this.jdbc.queryForObject("""
					select r.status from referral r join candidate c on c.id = r.candidate_id
					where c.phone = '0961731001' and r.vacancy_id = ?""", String.class, vacancy)).isEqualTo("REFERRED");
		}

		try (Browser employer = Browser.desktop(this.port)) {
			employer.signIn("employer", "portal-demo");
			employer.clickLink("Ứng viên được giới thiệu");
			employer.clickLink("Hoàng Văn Pắn");
			assertThat(employer.pageText()).contains("Hoàng Văn Pắn").doesNotContain("020095731001");
			employer.type("date", Formats.DATE.format(LocalDate.now(Formats.VIETNAM).plusDays(2)));
			employer.type("time", "0900AM");
			employer.type("place", "Phòng nhân sự, Lô C2, KCN Vân Trung");
			employer.submit("form[action$='/interview']");
			employer.type("startDate", Formats.DATE.format(LocalDate.now(Formats.VIETNAM).plusDays(5)));
			employer.submit("form[action$='/hire']");
			assertThat(this.jdbc.queryForObject("""
					select r.status from referral r join candidate c on c.id = r.candidate_id
					where c.phone = '0961731001' and r.vacancy_id = ?""", String.class, vacancy)).isEqualTo("HIRED");
		}

		try (Browser centre = Browser.phone(this.port)) {
			centre.signIn("centre-ls", "portal-demo");
			centre.open("/referrals/counts");
			int placedAfter = Integer.parseInt(centre.text("tr:last-child td.placed").replaceAll("\\D", ""));
			assertThat(placedAfter).isEqualTo(placedBefore + 1);
			assertThat(centre.scrollsSideways()).isFalse();
		}
		assertThat(this.jdbc.queryForObject("select hired from vacancy where id = ?", Integer.class, vacancy))
			.isEqualTo(hiredBefore + 1);
	}

}
