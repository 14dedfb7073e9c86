package vn.vieclam.portal.candidate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import vn.vieclam.portal.PortalTest;
import vn.vieclam.portal.account.Accounts;
import vn.vieclam.portal.account.TestUsers;
import vn.vieclam.portal.shared.Formats;

/** Data-subject requests as a centre's staff handle them, and who else may not see them. */
@PortalTest
class DataRequestTests {

	private static final DateFmt D = new DateFmt();

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Candidates candidates;

	@Autowired
	Accounts accounts;

	@Test
	void dueDatesFollowDecree356() {
		LocalDate received = LocalDate.of(2026, 3, 2);
		assertThat(DataRequestKind.ACCESS.dueDate(received)).isEqualTo(LocalDate.of(2026, 3, 12));
		assertThat(DataRequestKind.CORRECTION.dueDate(received)).isEqualTo(LocalDate.of(2026, 3, 12));
		assertThat(DataRequestKind.WITHDRAWAL.dueDate(received)).isEqualTo(LocalDate.of(2026, 3, 17));
		assertThat(DataRequestKind.ERASURE.dueDate(received)).isEqualTo(LocalDate.of(2026, 3, 22));
	}

	@Test
	void badInputIsExplainedBesideTheFieldAndKept() throws Exception {
		Long id = register("Nông Thị Dung", "0915300001");
		Document page = Jsoup.parse(this.mvc.perform(post("/candidates/" + id + "/requests/new").param("kind", "ACCESS")
				.param("receivedOn", D.of(LocalDate.now(Formats.VIETNAM))).param("channel", "EMAIL").param("identityCheck", " ")
				.param("note", "gửi qua thư").with(TestUsers.as(this.jdbc, "centre-ls")).with(csrf()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(page.select("#identityCheck-error").text()).contains("xác minh danh tính");
		assertThat(page.select("#note").text()).isEqualTo("gửi qua thư");
		assertThat(page.select("#kind option[selected]").attr("value")).isEqualTo("ACCESS");
		assertThat(this.jdbc.queryForObject("select count(*) from data_request where candidate_id = ?", Integer.class, id))
			.isZero();
	}

	@Test
	void anAccessRequestDownloadsEverythingHeldIncludingViewsByOthers() throws Exception {
		Long id = register("Hoàng Văn Kiên", "0915300002");
		this.candidates.sharedProfile(id, this.accounts.principal("employer"), "tuyển dụng");
		Long request = record(id, "ACCESS", LocalDate.now(Formats.VIETNAM).minusDays(3));
		assertThat(this.jdbc.queryForObject("select due_on from data_request where id = ?", LocalDate.class, request))
			.isEqualTo(LocalDate.now(Formats.VIETNAM).plusDays(7));
		var response = this.mvc.perform(get("/candidates/requests/" + request + "/export.xlsx")
				.with(TestUsers.as(this.jdbc, "centre-ls"))).andExpect(status().isOk()).andReturn().getResponse();
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(response.getContentAsByteArray()))) {
			List<Row> rows = workbook.getFirstSheet().read();
			String all = String.join("\n", rows.stream().map(r -> r.stream().map(c -> c == null ? "" : c.getText())
				.reduce("", (a, b) -> a + "|" + b)).toList());
			assertThat(all).contains("Hoàng Văn Kiên", "0915300002", "Tổ chức khác đã xem hồ sơ", "viewed by employer",
					"tuyển dụng", "Sự đồng ý");
		}
		this.mvc.perform(post("/candidates/requests/" + request + "/complete").param("outcome", "Đã gửi bản xlsx")
				.with(TestUsers.as(this.jdbc, "centre-ls")).with(csrf()))
			.andExpect(flash().attribute("flashSuccess", "datarequest.completed"));
		assertThat(this.jdbc.queryForObject("select status from data_request where id = ?", String.class, request))
			.isEqualTo("COMPLETED");
		assertThat(this.jdbc.queryForObject("""
				select count(*) from audit_event where entity_type = 'DataRequest' and entity_id = ? and action = 'UPDATE'""",
				Integer.class, request.toString())).isEqualTo(1);
	}

	@Test
	void aCorrectionLinksToTheEditFormAndIsClosedWithWhatChanged() throws Exception {
		Long id = register("Lý Văn Minh", "0915300003");
		Long request = record(id, "CORRECTION", LocalDate.now(Formats.VIETNAM));
		Document page = Jsoup.parse(this.mvc.perform(get("/candidates/requests/" + request)
				.with(TestUsers.as(this.jdbc, "centre-ls"))).andReturn().getResponse().getContentAsString());
		assertThat(page.select("a[href=/candidates/" + id + "/edit]")).isNotEmpty();
		this.mvc.perform(post("/candidates/requests/" + request + "/complete").param("outcome", "")
				.with(TestUsers.as(this.jdbc, "centre-ls")).with(csrf()))
			.andExpect(flash().attribute("flashError", "datarequest.outcome.required"));
		this.mvc.perform(post("/candidates/requests/" + request + "/complete").param("outcome", "Sửa số điện thoại")
				.with(TestUsers.as(this.jdbc, "centre-ls")).with(csrf()));
		assertThat(this.jdbc.queryForObject("select outcome from data_request where id = ?", String.class, request))
			.isEqualTo("Sửa số điện thoại");
	}

	@Test
	void anErasureAnonymisesTheCandidateWhenCompleted() throws Exception {
		Long id = register("Đàm Thị Nga", "0915300004");
		Long request = record(id, "ERASURE", LocalDate.now(Formats.VIETNAM));
		this.mvc.perform(post("/candidates/requests/" + request + "/complete").param("outcome", "Đã xoá")
				.with(TestUsers.as(this.jdbc, "centre-ls")).with(csrf()));
		var row = this.jdbc.queryForMap("select full_name, phone, erased_at from candidate where id = ?", id);
		assertThat(row.get("phone")).isNull();
		assertThat(row.get("erased_at")).isNotNull();
		assertThat(this.jdbc.queryForObject("select status from data_request where id = ?", String.class, request))
			.isEqualTo("COMPLETED");
	}

	@Test
	void aWithdrawalWithdrawsConsentToSharing() throws Exception {
		Long id = register("Vi Văn Tài", "0915300005");
		Long request = record(id, "WITHDRAWAL", LocalDate.now(Formats.VIETNAM));
		this.mvc.perform(post("/candidates/requests/" + request + "/complete").param("outcome", "Đã rút")
				.with(TestUsers.as(this.jdbc, "centre-ls")).with(csrf()));
		assertThat(this.jdbc.queryForObject("select consent_sharing_at is null from candidate where id = ?",
				Boolean.class, id)).isTrue();
	}

	@Test
	void aRefusalNeedsAReasonAndIsAudited() throws Exception {
		Long id = register("Hà Văn Lộc", "0915300006");
		Long request = record(id, "ACCESS", LocalDate.now(Formats.VIETNAM));
		this.mvc.perform(post("/candidates/requests/" + request + "/refuse").param("reason", "Không xác minh được")
				.with(TestUsers.as(this.jdbc, "centre-ls")).with(csrf()))
			.andExpect(flash().attribute("flashSuccess", "datarequest.refused"));
		assertThat(this.jdbc.queryForObject("select status from data_request where id = ?", String.class, request))
			.isEqualTo("REFUSED");
		this.mvc.perform(post("/candidates/requests/" + request + "/complete").param("outcome", "x")
				.with(TestUsers.as(this.jdbc, "centre-ls")).with(csrf()))
			.andExpect(flash().attribute("flashError", "datarequest.closed"));
		assertThat(this.jdbc.queryForObject("""
				select detail from audit_event where entity_type = 'DataRequest' and entity_id = ? and action = 'UPDATE'""",
				String.class, request.toString())).isEqualTo("Không xác minh được");
	}

	@Test
	void theListShowsOverdueFirstAndTheHomePageWhatIsDueSoon() throws Exception {
		Long id = register("Sầm Văn Quý", "0915300007");
		Long overdue = record(id, "ACCESS", LocalDate.now(Formats.VIETNAM).minusDays(12));
		Long later = record(id, "ERASURE", LocalDate.now(Formats.VIETNAM));
		Document list = Jsoup.parse(this.mvc.perform(get("/candidates/requests").param("status", "OPEN")
				.with(TestUsers.as(this.jdbc, "centre-ls"))).andReturn().getResponse().getContentAsString());
		List<String> links = list.select("tbody a").eachAttr("href");
		assertThat(links.indexOf("/candidates/requests/" + overdue)).isNotNegative()
			.isLessThan(links.indexOf("/candidates/requests/" + later));
		assertThat(list.select("tbody tr").first().text()).contains("Quá hạn");
		Document kindFiltered = Jsoup.parse(this.mvc.perform(get("/candidates/requests").param("kind", "ERASURE")
				.with(TestUsers.as(this.jdbc, "centre-ls"))).andReturn().getResponse().getContentAsString());
		assertThat(kindFiltered.select("tbody a").eachAttr("href")).contains("/candidates/requests/" + later)
			.doesNotContain("/candidates/requests/" + overdue);
		Document home = Jsoup.parse(this.mvc.perform(get("/centre").with(TestUsers.as(this.jdbc, "centre-ls")))
			.andReturn().getResponse().getContentAsString());
		assertThat(home.select(".portal-data-requests-due a").eachAttr("href"))
			.contains("/candidates/requests/" + overdue);
	}

	@Test
	void anotherCentreAnEmployerAndAnOfficialFindNothing() throws Exception {
		Long id = register("Triệu Văn Sơn", "0915300008");
		Long request = record(id, "ACCESS", LocalDate.now(Formats.VIETNAM));
		for (String url : List.of("/candidates/requests/" + request, "/candidates/requests/" + request + "/export.xlsx",
				"/candidates/" + id + "/requests/new")) {
			this.mvc.perform(get(url).with(TestUsers.as(this.jdbc, "centre-bg"))).andExpect(status().isNotFound());
		}
		this.mvc.perform(post("/candidates/requests/" + request + "/refuse").param("reason", "x")
				.with(TestUsers.as(this.jdbc, "centre-bg")).with(csrf())).andExpect(status().isNotFound());
		this.mvc.perform(post("/candidates/" + id + "/requests/new").param("kind", "ERASURE")
				.param("receivedOn", D.of(LocalDate.now(Formats.VIETNAM))).param("channel", "EMAIL").param("identityCheck", "CCCD")
				.with(TestUsers.as(this.jdbc, "centre-bg")).with(csrf())).andExpect(status().isNotFound());
		Document list = Jsoup.parse(this.mvc.perform(get("/candidates/requests").with(TestUsers.as(this.jdbc, "centre-bg")))
			.andReturn().getResponse().getContentAsString());
		assertThat(list.select("tbody a").eachAttr("href")).doesNotContain("/candidates/requests/" + request);
		for (String user : List.of("employer", "official")) {
			this.mvc.perform(get("/candidates/requests/" + request).with(TestUsers.as(this.jdbc, user)))
				.andExpect(status().isForbidden());
		}
		assertThat(this.jdbc.queryForObject("select status from data_request where id = ?", String.class, request))
			.isEqualTo("OPEN");
	}

	private Long record(Long candidate, String kind, LocalDate received) throws Exception {
		String location = this.mvc.perform(post("/candidates/" + candidate + "/requests/new").param("kind", kind)
				.param("receivedOn", D.of(received)).param("channel", "IN_PERSON")
				.param("identityCheck", "Đối chiếu CCCD bản gốc").with(TestUsers.as(this.jdbc, "centre-ls")).with(csrf()))
			.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		return Long.valueOf(location.substring(location.lastIndexOf('/') + 1));
	}

	private Long register(String name, String phone) {
		Long province = this.jdbc.queryForObject("select id from admin_unit where level = 'PROVINCE' and name = 'Lạng Sơn'",
				Long.class);
		return this.candidates.register(this.accounts.principal("centre-ls"), new CandidateDetails(name,
				LocalDate.of(1990, 1, 1), null, null, phone, province, null, null, Education.LOWER_SECONDARY, "UNSKILLED",
				7_000_000L, true, null, true, Set.of(PriorityGroup.ETHNIC_MINORITY), null,
				List.of(new CandidateOccupation("82", 1))), new Consent(true, true, Consent.CURRENT_NOTICE), "CENTRE")
			.id();
	}

	private static final class DateFmt {

		String of(LocalDate date) {
			return Formats.DATE.format(date);
		}

	}

}
