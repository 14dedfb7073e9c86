package vn.vieclam.portal.vacancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import vn.vieclam.portal.PortalTest;
import vn.vieclam.portal.account.TestUsers;

/** The hiring need's life: draft → submitted → published or returned → filled or closed, and nothing else. */
@PortalTest
class VacancyLifecycleTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Vacancies vacancies;

	@Test
	void draftSubmitApproveByTheZoneBoardThenTheBoardShowsIt() throws Exception {
		Long id = draft("Công nhân đóng gói thành phẩm điện tử");
		assertThat(statusOf(id)).isEqualTo("DRAFT");
		assertThat(this.mvc.perform(get("/vacancies/" + id)).andReturn().getResponse().getStatus()).isEqualTo(404);

		act("employer", "/employer/vacancies/" + id + "/submit").andExpect(flash().attribute("flashSuccess", "vacancy.submitted"));
		assertThat(statusOf(id)).isEqualTo("SUBMITTED");

		// The labour authority is not competent for a zone enterprise; the People's Committee office neither.
		act("official-ld", "/official/vacancies/" + id + "/approve").andExpect(flash().attribute("flashError", "vacancy.notCompetent"));
		act("official", "/official/vacancies/" + id + "/approve").andExpect(flash().attribute("flashError", "vacancy.notCompetent"));
		assertThat(statusOf(id)).isEqualTo("SUBMITTED");

		act("official-kcn", "/official/vacancies/" + id + "/approve").andExpect(flash().attribute("flashSuccess", "vacancy.approved"));
		assertThat(statusOf(id)).isEqualTo("PUBLISHED");
		String page = this.mvc.perform(get("/vacancies/" + id)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
		assertThat(Jsoup.parse(page).select("h1").text()).isEqualTo("Công nhân đóng gói thành phẩm điện tử");
		assertThat(page).contains("7.800.000 ₫ – 9.200.000 ₫/tháng").contains("Có ký túc xá");
	}

	@Test
	void returningNeedsAReasonAndTheEmployerCorrectsAndResubmits() throws Exception {
		Long id = draft("Nhân viên kho vật tư");
		act("employer", "/employer/vacancies/" + id + "/submit");
		act("official-kcn", "/official/vacancies/" + id + "/return").andExpect(flash().attribute("flashError", "vacancy.return.reasonRequired"));
		this.mvc.perform(post("/official/vacancies/" + id + "/return").param("reason", "Bổ sung mô tả ca làm việc")
				.with(TestUsers.as(this.jdbc, "official-kcn")).with(csrf()))
			.andExpect(flash().attribute("flashSuccess", "vacancy.returned"));
		assertThat(statusOf(id)).isEqualTo("RETURNED");
		String page = this.mvc.perform(get("/employer/vacancies/" + id).with(TestUsers.as(this.jdbc, "employer")))
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("Bổ sung mô tả ca làm việc");
		act("employer", "/employer/vacancies/" + id + "/submit").andExpect(flash().attribute("flashSuccess", "vacancy.submitted"));
	}

	@Test
	void refusedMovesSayWhy() throws Exception {
		Long id = draft("Công nhân dán nhãn");
		act("official-kcn", "/official/vacancies/" + id + "/approve").andExpect(flash().attribute("flashError", "vacancy.approve.notSubmitted"));
		act("employer", "/employer/vacancies/" + id + "/filled").andExpect(flash().attribute("flashError", "vacancy.fill.notPublished"));
		act("employer", "/employer/vacancies/" + id + "/close").andExpect(flash().attribute("flashSuccess", "vacancy.closed"));
		act("employer", "/employer/vacancies/" + id + "/submit").andExpect(flash().attribute("flashError", "vacancy.submit.notDraft"));
		act("employer", "/employer/vacancies/" + id + "/close").andExpect(flash().attribute("flashError", "vacancy.close.alreadyClosed"));
	}

	@Test
	void anUnverifiedEmployerMayDraftButNotSubmit() throws Exception {
		String hr = this.jdbc.queryForObject("""
				select u.username from app_user u join employer e on e.organisation_id = u.organisation_id
				where e.verification = 'PENDING' and u.role = 'EMPLOYER' order by u.id limit 1""", String.class);
		Long id = Long.valueOf(location(this.mvc.perform(VacancyTestData.form(post("/employer/vacancies/new"), this.jdbc, "Thợ điện")
				.with(TestUsers.as(this.jdbc, hr)).with(csrf())).andReturn().getResponse().getRedirectedUrl()));
		act(hr, "/employer/vacancies/" + id + "/submit").andExpect(flash().attribute("flashError", "vacancy.submit.unverified"));
		assertThat(statusOf(id)).isEqualTo("DRAFT");
	}

	@Test
	void editingAPublishedVacancyKeepsItsHistory() throws Exception {
		Long id = publish("Công nhân kiểm tra ngoại quan");
		long version = this.jdbc.queryForObject("select version from vacancy where id = ?", Long.class, id);
		this.mvc.perform(VacancyTestData.form(post("/employer/vacancies/" + id), this.jdbc, "Công nhân kiểm tra ngoại quan",
				"wageMax", "9900000", "version", String.valueOf(version))
				.with(TestUsers.as(this.jdbc, "employer")).with(csrf()))
			.andExpect(status().isFound());
		assertThat(statusOf(id)).isEqualTo("PUBLISHED");
		String changes = this.jdbc.queryForObject("select changes::text from vacancy_revision where vacancy_id = ?",
				String.class, id);
		assertThat(changes).contains("\"wageMax\": [9200000, 9900000]");
		String review = this.mvc.perform(get("/official/vacancies/" + id).with(TestUsers.as(this.jdbc, "official")))
			.andReturn().getResponse().getContentAsString();
		assertThat(review).contains("9900000");
	}

	@Test
	void aStaleEditGetsTheConflictPageAndChangesNothing() throws Exception {
		Long id = draft("Công nhân in lụa");
		this.mvc.perform(VacancyTestData.form(post("/employer/vacancies/" + id), this.jdbc, "Công nhân in lụa (sửa)",
				"version", "7").with(TestUsers.as(this.jdbc, "employer")).with(csrf()))
			.andExpect(status().isConflict());
		assertThat(this.jdbc.queryForObject("select title from vacancy where id = ?", String.class, id))
			.isEqualTo("Công nhân in lụa");
	}

	@Test
	void badInputIsExplainedBesideTheFieldAndNothingIsLost() throws Exception {
		String html = this.mvc.perform(VacancyTestData.form(post("/employer/vacancies/new"), this.jdbc, "Công nhân lắp ráp loa",
				"wageMin", "2000000").with(TestUsers.as(this.jdbc, "employer")).with(csrf()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		var page = Jsoup.parse(html);
		assertThat(page.getElementById("wageMin-error").text()).contains("lương tối thiểu vùng");
		assertThat(page.getElementById("title").val()).isEqualTo("Công nhân lắp ráp loa");
		html = this.mvc.perform(VacancyTestData.form(post("/employer/vacancies/new"), this.jdbc, "Công nhân lắp ráp loa",
				"gender", "MALE").with(TestUsers.as(this.jdbc, "employer")).with(csrf()))
			.andReturn().getResponse().getContentAsString();
		assertThat(Jsoup.parse(html).getElementById("requirementReason-error").text()).contains("lý do");
		html = this.mvc.perform(VacancyTestData.form(post("/employer/vacancies/new"), this.jdbc, "Công nhân lắp ráp loa",
				"closingDate", "31/02/2026").with(TestUsers.as(this.jdbc, "employer")).with(csrf()))
			.andReturn().getResponse().getContentAsString();
		assertThat(Jsoup.parse(html).getElementById("closingDate-error").text()).contains("Ngày không hợp lệ");
		assertThat(Jsoup.parse(html).getElementById("closingDate").val()).isEqualTo("31/02/2026");
	}

	@Test
	void aVacancyClosesItselfAfterItsClosingDate() throws Exception {
		Long id = publish("Công nhân vệ sinh công nghiệp");
		this.jdbc.update("update vacancy set closing_date = current_date - 2 where id = ?", id);
		assertThat(this.mvc.perform(get("/vacancies/" + id)).andReturn().getResponse().getStatus()).isEqualTo(404);
		this.vacancies.closeExpired();
		assertThat(statusOf(id)).isEqualTo("CLOSED");
	}

	@Test
	void hiresCountDownAndTheLastOneFillsTheVacancy() throws Exception {
		Long id = publish("Công nhân phụ kho");
		this.jdbc.update("update vacancy set quantity = 2 where id = ?", id);
		this.vacancies.recordHire(id);
		assertThat(statusOf(id)).isEqualTo("PUBLISHED");
		this.vacancies.recordHire(id);
		assertThat(statusOf(id)).isEqualTo("FILLED");
	}

	private Long publish(String title) throws Exception {
		Long id = draft(title);
		act("employer", "/employer/vacancies/" + id + "/submit");
		act("official-kcn", "/official/vacancies/" + id + "/approve");
		assertThat(statusOf(id)).isEqualTo("PUBLISHED");
		return id;
	}

	private Long draft(String title) throws Exception {
		String location = this.mvc.perform(VacancyTestData.form(post("/employer/vacancies/new"), this.jdbc, title)
				.with(TestUsers.as(this.jdbc, "employer")).with(csrf()))
			.andExpect(flash().attribute("flashSuccess", "vacancy.draftSaved"))
			.andReturn().getResponse().getRedirectedUrl();
		return Long.valueOf(location(location));
	}

	private org.springframework.test.web.servlet.ResultActions act(String user, String url) throws Exception {
		return this.mvc.perform(post(url).with(TestUsers.as(this.jdbc, user)).with(csrf()));
	}

	private String statusOf(Long id) {
		return this.jdbc.queryForObject("select status from vacancy where id = ?", String.class, id);
	}

	private static String location(String redirect) {
		return redirect.substring(redirect.lastIndexOf('/') + 1);
	}

}
