package vn.vieclam.portal.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockPart;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.vieclam.portal.PortalTest;
import vn.vieclam.portal.account.TestUsers;

/**
 * /plans/new, /plans/{id}/edit and the tasks' forms: the issuer's officials (the committee office for the People's
 * Committee's plans) and the administrator change a plan; other officials read it and get 404 on its edit pages;
 * job centres and employers are refused; bad input is explained beside the field; a stale save is a 409 that keeps
 * what was typed.
 */
@PortalTest
class PlanEditingTests {

	private static final AtomicInteger SEQ = new AtomicInteger();

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	Long org(String code) {
		return this.jdbc.queryForObject("select id from organisation where code = ?", Long.class, code);
	}

	Long demoPlan() {
		return this.jdbc.queryForObject("select id from action_plan where number = '…/KH-UBND'", Long.class);
	}

	/** A fresh plan of the Bắc Giang People's Committee, recorded by its office's official. */
	Long newPlan(String title) throws Exception {
		String number = (100 + SEQ.incrementAndGet()) + "/KH-UBND-" + System.nanoTime() % 100000;
		String location = this.mvc.perform(plan(post("/plans"), number, title, org("ubnd-bg"), "0")
			.with(TestUsers.as(this.jdbc, "official")))
			.andExpect(status().isFound()).andReturn().getResponse().getRedirectedUrl();
		return Long.valueOf(location.substring("/plans/".length()));
	}

	static MockHttpServletRequestBuilder plan(MockHttpServletRequestBuilder request, String number, String title,
			Long issuer, String version) {
		return request.param("number", number).param("issuedOn", "15/01/2025").param("issuerId", String.valueOf(issuer))
			.param("signer", "Mai Sơn").param("title", title).param("version", version).with(csrf());
	}

	@Test
	void theCommitteeOfficeRecordsAPlanWithTasksDueOnADayInAMonthAndEveryQuarter() throws Exception {
		Long plan = newPlan("Kế hoạch tuyển dụng lao động các tỉnh miền núi phía Bắc năm 2025");
		assertThat(this.jdbc.queryForObject("select issuer_id from action_plan where id = ?", Long.class, plan))
			.isEqualTo(org("ubnd-bg"));
		this.mvc.perform(post("/plans/" + plan + "/tasks").param("section", "II.1").param("title", "Họp báo giới thiệu nhu cầu tuyển dụng")
			.param("leadId", String.valueOf(org("bao-bg"))).param("partnerIds", String.valueOf(org("stc-bg")))
			.param("partnerIds", String.valueOf(org("ptth-bg"))).param("recurrence", "NONE").param("dueDate", "")
			.param("dueMonth", "6/2025").param("version", "0").with(csrf()).with(TestUsers.as(this.jdbc, "official")))
			.andExpect(status().isFound());
		this.mvc.perform(post("/plans/" + plan + "/tasks").param("title", "Báo cáo kết quả tuyển dụng hằng quý")
			.param("leadId", String.valueOf(org("ttdvvl-bg"))).param("recurrence", "QUARTERLY")
			.param("recurrenceStart", "01/01/2025").param("recurrenceEnd", "31/12/2025").param("minPerPeriod", "1")
			.param("counts", "REPORTS").param("version", "0").with(csrf()).with(TestUsers.as(this.jdbc, "official")))
			.andExpect(status().isFound());
		assertThat(this.jdbc.queryForObject("select due_by from plan_task where plan_id = ? and title like 'Họp báo%'",
				LocalDate.class, plan)).isEqualTo(LocalDate.of(2025, 6, 30));
		assertThat(this.jdbc.queryForObject("""
				select count(*) from plan_task_partner p join plan_task t on t.id = p.task_id where t.plan_id = ?""",
				Integer.class, plan)).isEqualTo(2);
		Document page = Jsoup.parse(this.mvc.perform(get("/plans/" + plan).with(TestUsers.as(this.jdbc, "official")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(page.text()).contains("Họp báo giới thiệu nhu cầu tuyển dụng", "Trong tháng 06/2025",
				"Báo cáo kết quả tuyển dụng hằng quý");
		assertThat(page.select("a[href$=/edit]")).isNotEmpty();
		// The job centre that leads the quarterly task sees it on /tasks.
		assertThat(this.mvc.perform(get("/tasks").param("plan", String.valueOf(plan)).with(TestUsers.as(this.jdbc, "centre-bg")))
			.andReturn().getResponse().getContentAsString()).contains("Báo cáo kết quả tuyển dụng hằng quý");
		// ...and reports on it: a recurring task's form has no "done" box.
		Long quarterly = this.jdbc.queryForObject("select id from plan_task where plan_id = ? and recurrence = 'QUARTERLY'",
				Long.class, plan);
		this.mvc.perform(multipart("/tasks/task/" + quarterly + "/reports")
			.part(new MockPart("text", "Quý I/2025: tuyển được 320 lao động từ các tỉnh bạn".getBytes(StandardCharsets.UTF_8)))
			.with(csrf()).with(TestUsers.as(this.jdbc, "centre-bg"))).andExpect(status().isFound());
		assertThat(this.jdbc.queryForObject("select text from progress_report where task_id = ?", String.class, quarterly))
			.isEqualTo("Quý I/2025: tuyển được 320 lao động từ các tỉnh bạn");
	}

	@Test
	void otherOfficialsReadThePlanButCannotChangeIt() throws Exception {
		Long plan = demoPlan();
		Long task = this.jdbc.queryForObject("select id from plan_task where plan_id = ? order by id limit 1", Long.class, plan);
		String title = this.jdbc.queryForObject("select title from action_plan where id = ?", String.class, plan);
		Document page = Jsoup.parse(this.mvc.perform(get("/plans/" + plan).with(TestUsers.as(this.jdbc, "official-kcn")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(page.select("a[href=/plans/" + plan + "/edit]")).isEmpty();
		assertThat(page.select(".portal-read-only").text()).contains("Ủy ban nhân dân tỉnh Bắc Giang");
		this.mvc.perform(get("/plans/" + plan + "/edit").with(TestUsers.as(this.jdbc, "official-kcn")))
			.andExpect(status().isNotFound());
		this.mvc.perform(plan(post("/plans/" + plan), "01/KH-BQL", "Kế hoạch đã bị sửa", org("ubnd-bg"), "0")
			.with(TestUsers.as(this.jdbc, "official-kcn"))).andExpect(status().isNotFound());
		this.mvc.perform(get("/plans/" + plan + "/tasks/" + task + "/edit").with(TestUsers.as(this.jdbc, "official-ptth-bg")))
			.andExpect(status().isNotFound());
		this.mvc.perform(post("/plans/" + plan + "/tasks").param("title", "Nhiệm vụ không được phép")
			.param("leadId", String.valueOf(org("bqlkcn-bg"))).param("dueDate", "01/06/2025").param("version", "0")
			.with(csrf()).with(TestUsers.as(this.jdbc, "official-kcn"))).andExpect(status().isNotFound());
		for (String outsider : new String[] { "centre-bg", "employer" }) {
			this.mvc.perform(get("/plans/" + plan + "/edit").with(TestUsers.as(this.jdbc, outsider)))
				.andExpect(status().isForbidden());
			this.mvc.perform(get("/plans/new").with(TestUsers.as(this.jdbc, outsider))).andExpect(status().isForbidden());
		}
		assertThat(this.jdbc.queryForObject("select title from action_plan where id = ?", String.class, plan)).isEqualTo(title);
		assertThat(this.jdbc.queryForObject("select count(*) from plan_task where title = 'Nhiệm vụ không được phép'",
				Integer.class)).isZero();
		// The zone board cannot record a plan in the People's Committee's name; the administrator can open it.
		String html = this.mvc.perform(plan(post("/plans"), "02/KH-UBND", "Kế hoạch mạo danh", org("ubnd-bg"), "0")
			.with(TestUsers.as(this.jdbc, "official-kcn"))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
		assertThat(Jsoup.parse(html).getElementById("issuerId-error").text()).contains("do cơ quan mình ban hành");
		assertThat(Jsoup.parse(html).getElementById("title").text()).isEqualTo("Kế hoạch mạo danh");
		this.mvc.perform(get("/plans/" + plan + "/edit").with(TestUsers.as(this.jdbc, "admin"))).andExpect(status().isOk());
		this.mvc.perform(get("/plans/" + plan + "/tasks/" + task + "/edit").with(TestUsers.as(this.jdbc, "official")))
			.andExpect(status().isOk());
	}

	@Test
	void anOfficialRecordsTheCampaignsOfTheirOwnOrganisationOnly() throws Exception {
		Long plan = newPlan("Kế hoạch truyền thông tuyển dụng quý IV/2025");
		String html = this.mvc.perform(post("/plans/" + plan + "/campaigns").param("organisationId", String.valueOf(org("ptth-bg")))
			.param("title", "Phóng sự: một ngày ở KCN Quang Châu").param("channels", "RADIO_TV").param("publishedOn", "05/10/2025")
			.with(csrf()).with(TestUsers.as(this.jdbc, "official-kcn"))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
		assertThat(Jsoup.parse(html).getElementById("organisationId-error").text()).contains("của cơ quan mình");
		assertThat(Jsoup.parse(html).getElementById("title").val()).isEqualTo("Phóng sự: một ngày ở KCN Quang Châu");
		this.mvc.perform(post("/plans/" + plan + "/campaigns").param("organisationId", String.valueOf(org("ptth-bg")))
			.param("title", "Phóng sự: một ngày ở KCN Quang Châu").param("channels", "RADIO_TV").param("publishedOn", "05/10/2025")
			.with(csrf()).with(TestUsers.as(this.jdbc, "official-ptth-bg"))).andExpect(status().isFound());
		this.mvc.perform(post("/plans/" + plan + "/campaigns").param("organisationId", String.valueOf(org("bao-bg")))
			.param("title", "Chuyên trang việc làm tháng 10/2025").param("channels", "NEWSPAPER").param("publishedOn", "12/10/2025")
			.with(csrf()).with(TestUsers.as(this.jdbc, "official"))).andExpect(status().isFound());
		assertThat(this.jdbc.queryForList("select title from media_campaign where plan_id = ? order by published_on", String.class, plan))
			.containsExactly("Phóng sự: một ngày ở KCN Quang Châu", "Chuyên trang việc làm tháng 10/2025");
	}

	@Test
	void badInputIsExplainedBesideTheFieldAndKept() throws Exception {
		Long plan = newPlan("Kế hoạch thông tin thị trường lao động năm 2025");
		String html = this.mvc.perform(post("/plans/" + plan + "/tasks").param("title", "Phát hành bản tin thị trường lao động")
			.param("leadId", String.valueOf(org("ttdvvl-bg"))).param("recurrence", "NONE").param("dueDate", "")
			.param("dueMonth", "").param("version", "0").with(csrf()).with(TestUsers.as(this.jdbc, "official")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		Document page = Jsoup.parse(html);
		assertThat(page.getElementById("dueDate-error").text()).isEqualTo("Vui lòng nhập thời hạn (ngày hoặc tháng).");
		assertThat(page.getElementById("title").val()).isEqualTo("Phát hành bản tin thị trường lao động");
		page = Jsoup.parse(this.mvc.perform(post("/plans/" + plan + "/tasks").param("title", "Phát hành bản tin")
			.param("leadId", String.valueOf(org("ttdvvl-bg"))).param("recurrence", "NONE").param("dueDate", "31/02/2025")
			.param("dueMonth", "13/2025").param("version", "0").with(csrf()).with(TestUsers.as(this.jdbc, "official")))
			.andReturn().getResponse().getContentAsString());
		assertThat(page.getElementById("dueDate-error").text()).contains("dd/mm/yyyy");
		assertThat(page.getElementById("dueMonth").val()).isEqualTo("13/2025");
		page = Jsoup.parse(this.mvc.perform(post("/plans/" + plan + "/tasks").param("title", "Đăng tin tuyển dụng hằng tháng")
			.param("leadId", String.valueOf(org("ptth-bg"))).param("recurrence", "MONTHLY").param("recurrenceStart", "")
			.param("recurrenceEnd", "").param("minPerPeriod", "").param("version", "0").with(csrf())
			.with(TestUsers.as(this.jdbc, "official"))).andReturn().getResponse().getContentAsString());
		assertThat(page.getElementById("recurrenceStart-error").text()).isEqualTo("Nhiệm vụ định kỳ cần ngày bắt đầu.");
		assertThat(page.getElementById("minPerPeriod-error").text()).isEqualTo("Vui lòng nhập số lượng tối thiểu mỗi kỳ.");
		assertThat(page.getElementById("counts-error").text()).isEqualTo("Vui lòng chọn nội dung được đếm cho mỗi kỳ.");
		assertThat(page.select("input[name=recurrence][checked]").val()).isEqualTo("MONTHLY");
		page = Jsoup.parse(this.mvc.perform(plan(post("/plans/" + plan), "", "", org("ubnd-bg"), "0")
			.with(TestUsers.as(this.jdbc, "official"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(page.getElementById("number-error").text()).isEqualTo("Vui lòng nhập thông tin này.");
		assertThat(this.jdbc.queryForObject("select count(*) from plan_task where plan_id = ?", Integer.class, plan)).isZero();
	}

	@Test
	void aStaleEditGetsTheConflictPageWithWhatWasTyped() throws Exception {
		Long plan = newPlan("Kế hoạch phối hợp với tỉnh Cao Bằng năm 2025");
		long version = this.jdbc.queryForObject("select version from action_plan where id = ?", Long.class, plan);
		String number = this.jdbc.queryForObject("select number from action_plan where id = ?", String.class, plan);
		// Two officials of the office open the form; the first saves.
		this.mvc.perform(plan(post("/plans/" + plan), number, "Kế hoạch phối hợp với tỉnh Cao Bằng năm 2025 (sửa lần 1)",
				org("ubnd-bg"), String.valueOf(version)).with(TestUsers.as(this.jdbc, "official")))
			.andExpect(status().isFound());
		String html = this.mvc.perform(plan(post("/plans/" + plan), number, "Kế hoạch phối hợp Cao Bằng – bản của người thứ hai",
				org("ubnd-bg"), String.valueOf(version)).with(TestUsers.as(this.jdbc, "admin")))
			.andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
		Document page = Jsoup.parse(html);
		assertThat(page.select(".portal-conflict").text()).contains("Hồ sơ đã được người khác cập nhật");
		assertThat(page.getElementById("title").text()).isEqualTo("Kế hoạch phối hợp Cao Bằng – bản của người thứ hai");
		assertThat(this.jdbc.queryForObject("select title from action_plan where id = ?", String.class, plan))
			.isEqualTo("Kế hoạch phối hợp với tỉnh Cao Bằng năm 2025 (sửa lần 1)");
		// The same for a task.
		this.mvc.perform(post("/plans/" + plan + "/tasks").param("title", "Trao đổi lịch làm việc với Văn phòng UBND tỉnh Cao Bằng")
			.param("leadId", String.valueOf(org("bao-bg"))).param("dueDate", "20/03/2025").param("version", "0")
			.with(csrf()).with(TestUsers.as(this.jdbc, "official"))).andExpect(status().isFound());
		Long task = this.jdbc.queryForObject("select id from plan_task where plan_id = ?", Long.class, plan);
		this.mvc.perform(post("/plans/" + plan + "/tasks/" + task).param("title", "Trao đổi lịch làm việc (đã chốt)")
			.param("leadId", String.valueOf(org("bao-bg"))).param("dueDate", "25/03/2025").param("version", "0")
			.with(csrf()).with(TestUsers.as(this.jdbc, "official"))).andExpect(status().isFound());
		html = this.mvc.perform(post("/plans/" + plan + "/tasks/" + task).param("title", "Trao đổi lịch làm việc (bản cũ)")
			.param("leadId", String.valueOf(org("bao-bg"))).param("dueDate", "22/03/2025").param("version", "0")
			.with(csrf()).with(TestUsers.as(this.jdbc, "official"))).andExpect(status().isConflict()).andReturn()
			.getResponse().getContentAsString();
		assertThat(Jsoup.parse(html).getElementById("title").val()).isEqualTo("Trao đổi lịch làm việc (bản cũ)");
		assertThat(Jsoup.parse(html).getElementById("dueDate").val()).isEqualTo("22/03/2025");
		assertThat(this.jdbc.queryForObject("select due_by from plan_task where id = ?", LocalDate.class, task))
			.isEqualTo(LocalDate.of(2025, 3, 25));
	}

}
