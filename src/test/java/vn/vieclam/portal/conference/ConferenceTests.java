package vn.vieclam.portal.conference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.concurrent.ThreadLocalRandom;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.vieclam.portal.PortalTest;
import vn.vieclam.portal.account.Accounts;
import vn.vieclam.portal.account.PortalUser;
import vn.vieclam.portal.account.TestUsers;
import vn.vieclam.portal.shared.DomainException;
import vn.vieclam.portal.shared.Formats;

/** Conferences on the demo data: programme, points, questions, gifts, and who may do what. */
@PortalTest
class ConferenceTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Conferences conferences;

	@Autowired
	Questions questions;

	@Autowired
	Gifts gifts;

	@Autowired
	Accounts accounts;

	Long promotion() {
		return this.jdbc.queryForObject("select id from conference where kind = 'LABOUR_PROMOTION' and conference_date = '2024-03-14'", Long.class);
	}

	Long dialogue() {
		return this.jdbc.queryForObject("select id from conference where kind = 'DIALOGUE' and conference_date = '2024-07-02'", Long.class);
	}

	RequestPostProcessor as(String username) {
		return TestUsers.as(this.jdbc, username);
	}

	@Test
	void theProgrammePdfHasTheVietnameseTitlesAndTimes() throws Exception {
		byte[] pdf = this.mvc.perform(get("/conferences/" + promotion() + "/programme.pdf").with(as("official-kcn")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ").replace(": ", ":");
			assertThat(text).contains("Hội nghị xúc tiến thu hút lao động tỉnh Lạng Sơn")
				.contains("Phát biểu bế mạc hội nghị").contains("08:15 – 08:35").contains("UBND huyện Tràng Định");
		}
	}

	@Test
	void theIcsFileHasOneEventPerItemInVietnamTime() throws Exception {
		String ics = this.mvc.perform(get("/conferences/" + promotion() + "/programme.ics").with(as("official")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(ics.split("BEGIN:VEVENT", -1)).hasSizeGreaterThanOrEqualTo(1 + 1 + 7);
		// the video at 08:15 in Vietnam, written in UTC
		assertThat(ics).contains("DTSTART:20240314T011500Z");
	}

	@Test
	void districtPointsAreTheUnitsValidOnTheConferenceDay() {
		assertThat(this.jdbc.queryForObject("select count(*) from connection_point where conference_id = ? and level = 'DISTRICT'",
				Integer.class, promotion())).isEqualTo(11);
		PortalUser official = this.accounts.principal("official");
		Long later = this.conferences.create(official, new ConferenceDetails(ConferenceKind.LABOUR_PROMOTION, "Hội nghị 2026 " + random(),
				ConferenceFormat.HYBRID, LocalDate.of(2026, 9, 1), LocalTime.of(8, 0), LocalTime.of(9, 0), null,
				official.organisationId(), null, null, null, 120L, null, false, null, null));
		assertThatThrownBy(() -> this.conferences.generatePoints(official, later, PointLevel.DISTRICT, null))
			.isInstanceOf(DomainException.class).hasMessage("conference.points.noDistricts");
		this.conferences.addItem(official, later, new AgendaDetails(AgendaType.VIDEO, "Video", null, null, 75));
		ConferenceView view = this.conferences.view(official, later);
		assertThat(view.overrunMinutes()).isEqualTo(15);
	}

	@Test
	void onlyOrganisersChangeAConferenceOthersGet404AndOtherRolesNothing() throws Exception {
		Long id = promotion();
		this.mvc.perform(get("/conferences/" + id).with(as("official-kcn"))).andExpect(status().isOk());
		this.mvc.perform(post("/conferences/" + id + "/agenda").with(as("official-kcn")).with(csrf())
			.param("type", "SPEECH").param("title", "X").param("durationMinutes", "5")).andExpect(status().isNotFound());
		this.mvc.perform(post("/conferences/" + id + "/agenda").with(as("official")).with(csrf())
			.param("type", "SPEECH").param("title", "Phát biểu thêm").param("durationMinutes", "5")).andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/conferences").with(as("employer"))).andExpect(status().isForbidden());
		this.mvc.perform(get("/conferences").with(as("centre-ls"))).andExpect(status().isForbidden());
		this.mvc.perform(get("/conferences")).andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/conferences").with(as("official"))).andExpect(status().isOk());
	}

	@Test
	void petitionersAreSeenOnlyByOrganisersAndTheAssignedDepartment() throws Exception {
		Long id = dialogue();
		Long q = this.jdbc.queryForObject("select id from conference_question where conference_id = ? and petitioner_name = 'Nguyễn Thị Hoa'",
				Long.class, id);
		String url = "/conferences/" + id + "/questions/" + q;
		assertThat(page(url, "official-ldld-hb")).contains("Nguyễn Thị Hoa").contains("0912345678");
		assertThat(page(url, "official-sldtbxh-hb")).contains("Nguyễn Thị Hoa");
		this.mvc.perform(get(url).with(as("official"))).andExpect(status().isNotFound());
		this.mvc.perform(get("/conferences/" + id + "/questions").with(as("official-sldtbxh-hb"))).andExpect(status().isNotFound());
		this.mvc.perform(get("/conferences/" + id + "/gifts").with(as("official"))).andExpect(status().isNotFound());
		String qa = this.mvc.perform(get("/conferences/" + id + "/qa")).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(qa).contains("chế độ thai sản").doesNotContain("Nguyễn Thị Hoa").doesNotContain("0912345678")
			.doesNotContain("Bùi Văn Nam");
	}

	@Test
	void theAssignedDepartmentAnswersOthersGet404AndTheOrganiserApproves() throws Exception {
		Long id = dialogue();
		PortalUser organiser = this.accounts.principal("official-ldld-hb");
		Long q = this.questions.enter(organiser, id, new Petitioner(true, null, null, null), "Câu hỏi kiểm thử về tiền lương " + random());
		assertThatThrownBy(() -> this.questions.route(organiser, id, q, 0, QuestionTopic.WAGES,
				this.jdbc.queryForObject("select id from organisation where code = 'sldtbxh-hb'", Long.class), LocalDate.of(2024, 7, 3)))
			.isInstanceOf(DomainException.class).hasMessage("conference.question.dueAfterConference");
		Long dept = this.jdbc.queryForObject("select id from organisation where code = 'sldtbxh-hb'", Long.class);
		this.questions.route(organiser, id, q, 0, QuestionTopic.WAGES, dept, LocalDate.of(2024, 6, 28));
		assertThat(this.questions.list(organiser, id, "OVERDUE", LocalDate.of(2024, 6, 29))).anyMatch(r -> r.id().equals(q));
		String answer = "/conferences/" + id + "/questions/" + q + "/answer";
		this.mvc.perform(post(answer).with(as("official")).with(csrf()).param("answer", "X").param("version", "1"))
			.andExpect(status().isNotFound());
		this.mvc.perform(post(answer).with(as("official-sldtbxh-hb")).with(csrf()).param("answer", "Sở đã kiểm tra.").param("version", "1"))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(post("/conferences/" + id + "/questions/" + q + "/approve").with(as("official-sldtbxh-hb")).with(csrf())
			.param("version", "2")).andExpect(status().isNotFound());
		this.mvc.perform(post("/conferences/" + id + "/questions/" + q + "/approve").with(as("official-ldld-hb")).with(csrf())
			.param("version", "2")).andExpect(status().is3xxRedirection());
		assertThat(this.jdbc.queryForObject("select status from conference_question where id = ?", String.class, q)).isEqualTo("APPROVED");
	}

	@Test
	void moderationRejectsWithAReasonAndMergesDuplicates() {
		Long id = dialogue();
		PortalUser organiser = this.accounts.principal("official-ldld-hb");
		Long first = this.questions.enter(organiser, id, new Petitioner(true, null, null, null), "Đề nghị xây nhà trẻ " + random());
		Long second = this.questions.enter(organiser, id, new Petitioner(true, null, null, null), "Cần nhà trẻ cho con công nhân " + random());
		this.questions.merge(organiser, id, second, 0, first);
		assertThat(this.jdbc.queryForObject("select merged_into_id from conference_question where id = ?", Long.class, second)).isEqualTo(first);
		assertThatThrownBy(() -> this.questions.merge(organiser, id, first, 0, second)).isInstanceOf(DomainException.class);
		this.questions.reject(organiser, id, first, 0, "Không thuộc thẩm quyền của tỉnh");
		assertThat(this.jdbc.queryForObject("select status from conference_question where id = ?", String.class, first)).isEqualTo("REJECTED");
	}

	@Test
	void giftsStayWithinEachUnitsQuotaAndTheDueDate() {
		Long id = dialogue();
		PortalUser organiser = this.accounts.principal("official-ldld-hb");
		Long unit = this.jdbc.queryForObject("select id from organisation where code = 'ldld-hb-tp'", Long.class);
		// the demo nominated the two the city federation may send
		assertThatThrownBy(() -> this.gifts.nominate(organiser, id, unit, "Người thứ ba", null, "Khó khăn", true, LocalDate.of(2024, 6, 21)))
			.isInstanceOf(DomainException.class).hasMessage("conference.gift.quotaFull");
		Long other = this.jdbc.queryForObject("select id from organisation where code = 'ldld-hb-dabac'", Long.class);
		assertThatThrownBy(() -> this.gifts.nominate(organiser, id, other, "Muộn", null, "Khó khăn", true, LocalDate.of(2024, 6, 26)))
			.isInstanceOf(DomainException.class).hasMessage("conference.gift.pastDue");
		assertThat(this.gifts.quotas(organiser, id).stream().mapToInt(UnitQuota::quota).sum()).isEqualTo(30);
	}

	@Test
	void invitationsBeyondTheSeatsAreRefused() {
		Long id = dialogue();
		PortalUser organiser = this.accounts.principal("official-ldld-hb");
		assertThat(this.conferences.view(organiser, id).seatsInvited()).isEqualTo(240);
		Long bhxh = this.jdbc.queryForObject("select id from organisation where code = 'bhxh-hb'", Long.class);
		assertThatThrownBy(() -> this.conferences.invite(organiser, id, bhxh, null, 11, 0))
			.isInstanceOf(DomainException.class).hasMessage("conference.invitation.overCapacity");
	}

	@Test
	void thePublicFormValidatesKeepsWhatWasTypedAndIsRateLimited() throws Exception {
		PortalUser official = this.accounts.principal("official");
		Long id = this.conferences.create(official, new ConferenceDetails(ConferenceKind.DIALOGUE, "Đối thoại " + random(),
				ConferenceFormat.IN_PERSON, LocalDate.now(Formats.VIETNAM).plusDays(20), LocalTime.of(8, 0), null, null,
				official.organisationId(), null, null, null, null, null, true, null, null));
		String ip = "10.7." + ThreadLocalRandom.current().nextInt(255) + "." + ThreadLocalRandom.current().nextInt(255);
		String error = this.mvc.perform(post("/conferences/" + id + "/questions/new").with(r -> { r.setRemoteAddr(ip); return r; })
			.param("question", "Công ty có phải trả lương làm thêm giờ vào ngày lễ không?").param("name", "Trần Văn Bình")
			.param("phone", "12"))
			.andExpect(status().isUnprocessableEntity()).andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		error = org.jsoup.Jsoup.parse(error).select("#ask-form").outerHtml() + org.jsoup.Jsoup.parse(error).select("#ask-form").text()
				+ org.jsoup.Jsoup.parse(error).select("#name").val() + org.jsoup.Jsoup.parse(error).select("#question").val();
		assertThat(error).contains("Trần Văn Bình").contains("lương làm thêm giờ").contains("Số điện thoại không hợp lệ")
			.contains("Vui lòng đồng ý");
		for (int i = 1; i < 10; i++) {
			this.mvc.perform(post("/conferences/" + id + "/questions/new").with(r -> { r.setRemoteAddr(ip); return r; })
				.param("anonymous", "true").param("question", "Câu hỏi giấu tên số " + i + " về bảo hiểm"))
				.andExpect(status().is3xxRedirection());
		}
		String limited = this.mvc.perform(post("/conferences/" + id + "/questions/new").with(r -> { r.setRemoteAddr(ip); return r; })
			.param("anonymous", "true").param("question", "Câu hỏi thứ mười một"))
			.andExpect(status().isTooManyRequests()).andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		limited = org.jsoup.Jsoup.parse(limited).select("#question").val() + org.jsoup.Jsoup.parse(limited).text();
		assertThat(limited).contains("Câu hỏi thứ mười một").contains("quá nhiều câu hỏi");
	}

	private String page(String url, String username) throws Exception {
		return this.mvc.perform(get(url).with(as(username))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
	}

	private static int random() {
		return ThreadLocalRandom.current().nextInt(1_000_000);
	}

}
