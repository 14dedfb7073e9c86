package vn.vieclam.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
 * Bắc Giang's People's Committee office builds the hybrid promotion conference in Lạng Sơn (annex 01) with a
 * central hall, two district halls and its programme, and prints the programme; then Hòa Bình's labour
 * federation opens a dialogue conference, a worker sends a question from a phone, the federation routes it to
 * the Department of Labour, the department answers, the federation approves and publishes, and the public
 * Q&amp;A page shows the answer. Screenshots of the pages at 360 and 1280 px go to target/screenshots.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
@Import(TestDatabase.class)
class ConferenceJourneyIT {

	private static final String PASSWORD = "portal-demo";

	/** What an empty list says; never beside rows. */
	private static final String EMPTY = "Không có kết quả phù hợp.";

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void officialBuildsPromotionConferenceAndPrintsItsProgramme() throws Exception {
		String title = "Hội nghị trực tuyến xúc tiến thu hút lao động Lạng Sơn làm việc tại Bắc Giang (thử)";
		try (Browser official = Browser.desktop(this.port)) {
			official.signIn("official", PASSWORD);
			official.open("/conferences");
			official.clickLink("Tạo hội nghị");
			official.select("kind", "Xúc tiến thu hút lao động");
			official.select("format", "Trực tiếp kết hợp trực tuyến");
			official.type("title", title);
			official.type("date", "14/03/2024");
			official.type("startTime", "08:00");
			official.type("plannedEnd", "11:00");
			official.type("venue", "Trung tâm Hội nghị tỉnh Lạng Sơn");
			official.select("hostId", organisation("vp-ubnd-bg"));
			official.select("coHostId", organisation("vp-ubnd-ls"));
			official.type("coChairs", "Lãnh đạo UBND tỉnh Bắc Giang; Lãnh đạo UBND tỉnh Lạng Sơn");
			official.type("budgetSource", "Ngân sách tỉnh Bắc Giang");
			official.select("provinceId", "Lạng Sơn");
			official.type("seatingCapacity", "150");
			official.submit("#conference-form");
			assertThat(official.pageText()).contains("Đã lưu hội nghị.", title);
			Long id = Long.valueOf(official.path().replaceAll("^/conferences/(\\d+).*$", "$1"));

			point(official, id, "CENTRAL", "Điểm cầu trung tâm — Trung tâm Hội nghị tỉnh Lạng Sơn",
					"Lãnh đạo UBND tỉnh Bắc Giang và Lãnh đạo UBND tỉnh Lạng Sơn", "Sở Lao động - TB&XH (02 tỉnh)", "4");
			point(official, id, "DISTRICT", "Điểm cầu huyện Hữu Lũng", "Lãnh đạo UBND huyện Hữu Lũng",
					"Người lao động các xã", "60");
			point(official, id, "DISTRICT", "Điểm cầu huyện Chi Lăng", "Lãnh đạo UBND huyện Chi Lăng", "Người lao động các xã", "50");
			assertThat(official.texts("#points-table tbody tr")).hasSize(3);

			item(official, "Khai mạc", "Phát biểu khai mạc hội nghị", "10");
			item(official, "Chiếu video", "Video clip giới thiệu nhu cầu tuyển dụng của doanh nghiệp Bắc Giang", "20");
			item(official, "Hỏi – đáp", "Đoàn công tác tỉnh Bắc Giang trả lời câu hỏi của người lao động", "30");
			assertThat(official.texts("#agenda-table .agenda-time")).containsExactly("08:00 – 08:10", "08:10 – 08:30",
					"08:30 – 09:00");

			String href = official.attribute("#programme-pdf", "href");
			HttpResponse<byte[]> pdf = HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create(href)).header("Cookie", official.cookieHeader()).build(),
						HttpResponse.BodyHandlers.ofByteArray());
			assertThat(pdf.statusCode()).isEqualTo(200);
			assertThat(pdf.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/pdf"));
			assertThat(new String(pdf.body(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

			official.screenshot("conference-detail-1280.png");
			official.open("/conferences");
			official.screenshot("conferences-1280.png");
			assertThat(official.pageText()).doesNotContain(EMPTY);
			official.resize(360, 780);
			assertThat(official.scrollsSideways()).isFalse();
			assertThat(official.tablesScrollSideways()).isFalse();
			official.screenshot("conferences-360.png");
			official.open("/conferences/" + id);
			assertThat(official.scrollsSideways()).isFalse();
			assertThat(official.tablesScrollSideways()).isFalse();
			official.screenshot("conference-detail-360.png");
		}
	}

	@Test
	void workerAsksOnPhoneDepartmentAnswersOrganiserPublishes() {
		LocalDate today = LocalDate.now(Formats.VIETNAM);
		String title = "Hội nghị đối thoại với công nhân khu công nghiệp Lương Sơn (thử)";
		String question = "Công ty trả lương chậm hai tháng, người lao động cần làm gì để được trả đủ?";
		String answer = "Người lao động gửi đơn tới Sở; Sở thanh tra doanh nghiệp và yêu cầu trả đủ lương kèm tiền lãi chậm trả.";
		Long id;
		try (Browser organiser = Browser.desktop(this.port)) {
			organiser.signIn("official-ldld-hb", PASSWORD);
			organiser.open("/conferences/new");
			organiser.select("kind", "Đối thoại với người lao động");
			organiser.select("format", "Trực tiếp");
			organiser.type("title", title);
			organiser.type("date", Formats.DATE.format(today.plusDays(20)));
			organiser.type("startTime", "08:00");
			organiser.type("plannedEnd", "11:30");
			organiser.type("venue", "Nhà văn hóa khu công nghiệp Lương Sơn");
			organiser.select("hostId", organisation("ldld-hb"));
			organiser.type("coChairs", "Chủ tịch UBND tỉnh Hòa Bình");
			organiser.type("questionsCloseOn", Formats.DATE.format(today.plusDays(10)));
			organiser.check("acceptsQuestions1");
			organiser.submit("#conference-form");
			assertThat(organiser.pageText()).contains("Đã lưu hội nghị.", title);
			id = Long.valueOf(organiser.path().replaceAll("^/conferences/(\\d+).*$", "$1"));
		}
		try (Browser worker = Browser.phone(this.port)) {
			worker.open("/conferences/" + id + "/questions/new");
			assertThat(worker.pageText()).contains(title);
			worker.screenshot("conference-ask-360.png");
			worker.type("question", question);
			worker.type("name", "Đinh Văn Tuấn");
			worker.type("workplace", "Công ty TNHH Điện tử Lương Sơn");
			worker.type("phone", "0912 345 678");
			worker.check("consent1");
			worker.submit("#ask-form");
			assertThat(worker.pageText()).contains("Cảm ơn bạn! Câu hỏi đã được gửi tới ban tổ chức.");
			assertThat(worker.scrollsSideways()).isFalse();
			assertThat(worker.tablesScrollSideways()).isFalse();
			worker.resize(1280, 900);
			worker.screenshot("conference-ask-1280.png");
		}
		Long questionId = this.jdbc.queryForObject("select id from conference_question where conference_id = ?", Long.class, id);
		try (Browser organiser = Browser.desktop(this.port)) {
			organiser.signIn("official-ldld-hb", PASSWORD);
			organiser.open("/conferences/" + id + "/questions");
			organiser.clickLink(question);
			assertThat(organiser.text("#petitioner")).contains("Đinh Văn Tuấn");
			organiser.select("topic", "Tiền lương, thu nhập");
			organiser.select("departmentId", organisation("sldtbxh-hb"));
			organiser.submit("#route-form");
			assertThat(organiser.pageText()).contains("Đã chuyển câu hỏi cho cơ quan trả lời.", organisation("sldtbxh-hb"));
		}
		try (Browser department = Browser.desktop(this.port)) {
			department.signIn("official-sldtbxh-hb", PASSWORD);
			department.open("/conferences/assigned");
			department.clickLink(question);
			department.type("answer", answer);
			department.submit("#answer-form");
			assertThat(department.pageText()).contains("Đã gửi câu trả lời để ban tổ chức duyệt.");
		}
		try (Browser organiser = Browser.desktop(this.port)) {
			organiser.signIn("official-ldld-hb", PASSWORD);
			organiser.open("/conferences/" + id + "/questions/" + questionId);
			assertThat(organiser.text("#question-answer")).isEqualTo(answer);
			organiser.submit("#approve-form");
			assertThat(organiser.pageText()).contains("Đã duyệt câu trả lời.");
			organiser.open("/conferences/" + id + "/questions");
			organiser.submit("#publish-qa");
			assertThat(organiser.pageText()).contains("Đã công bố trang hỏi – đáp.");
			// The demo dialogue (invitations, gifts, questions in every state) on the organiser's phone.
			Long demo = this.jdbc.queryForObject("select id from conference where kind = 'DIALOGUE' and title like 'Hội nghị đối thoại giữa Chủ tịch%'",
					Long.class);
			organiser.resize(360, 780);
			organiser.open("/conferences/" + demo);
			assertThat(organiser.scrollsSideways()).isFalse();
			assertThat(organiser.tablesScrollSideways()).isFalse();
			organiser.screenshot("conference-dialogue-360.png");
			organiser.open("/conferences/" + demo + "/questions?status=ALL");
			assertThat(organiser.pageText()).doesNotContain(EMPTY);
			assertThat(organiser.scrollsSideways()).isFalse();
			assertThat(organiser.tablesScrollSideways()).isFalse();
			organiser.screenshot("conference-questions-360.png");
			organiser.open("/conferences/" + demo + "/gifts");
			assertThat(organiser.scrollsSideways()).isFalse();
			assertThat(organiser.tablesScrollSideways()).isFalse();
			organiser.screenshot("conference-gifts-360.png");
		}
		try (Browser worker = Browser.phone(this.port)) {
			worker.open("/conferences/" + id + "/qa");
			assertThat(worker.texts(".qa-question")).containsExactly(question);
			assertThat(worker.texts(".qa-answer")).containsExactly(answer);
			assertThat(worker.pageText()).contains(organisation("sldtbxh-hb"));
			assertThat(worker.pageText()).doesNotContain("0912 345 678");
			assertThat(worker.pageText()).doesNotContain(EMPTY);
			assertThat(worker.scrollsSideways()).isFalse();
			assertThat(worker.tablesScrollSideways()).isFalse();
			worker.screenshot("conference-qa-360.png");
			worker.resize(1280, 900);
			worker.screenshot("conference-qa-1280.png");
		}
	}

	private void point(Browser official, Long id, String level, String name, String chair, String participant, String headcount) {
		official.open("/conferences/" + id + "/points/new?level=" + level);
		official.type("name", name);
		official.type("chair", chair);
		official.type("participants0.organisation", participant);
		official.type("participants0.headcount", headcount);
		official.submit("#point-form");
		assertThat(official.pageText()).contains("Đã lưu điểm cầu.", name);
	}

	private void item(Browser official, String type, String title, String minutes) {
		official.select("type", type);
		official.type("title", title);
		official.type("durationMinutes", minutes);
		official.submit("#agenda-new");
		assertThat(official.pageText()).contains("Đã thêm nội dung", title);
	}

	private String organisation(String code) {
		return this.jdbc.queryForObject("select name from organisation where code = ?", String.class, code);
	}

}
