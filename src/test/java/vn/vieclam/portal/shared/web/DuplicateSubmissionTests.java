package vn.vieclam.portal.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.vieclam.portal.PortalTest;
import vn.vieclam.portal.account.TestUsers;
import vn.vieclam.portal.vacancy.DuplicateSubmissionData;

/** A create form sent twice (double click, reload, the other instance) makes one row. */
@PortalTest
class DuplicateSubmissionTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DuplicateSubmissionInterceptor interceptor;

	@Test
	void everyPostFormCarriesAOneTimeTokenAndSearchFormsDoNot() throws Exception {
		Document page = Jsoup.parse(this.mvc.perform(get("/candidates/new").with(TestUsers.as(this.jdbc, "centre-ls")))
			.andReturn().getResponse().getContentAsString());
		assertThat(page.select("form[method=post]")).isNotEmpty().allSatisfy(form -> {
			assertThat(form.select("input[type=hidden][name=_csrf]")).hasSize(1);
			assertThat(form.select("input[type=hidden][name=" + SubmissionTokens.FIELD + "]")).hasSize(1);
		});
		Document search = Jsoup.parse(this.mvc.perform(get("/candidates").with(TestUsers.as(this.jdbc, "centre-ls")))
			.andReturn().getResponse().getContentAsString());
		assertThat(search.select("form[method=get] input[name=" + SubmissionTokens.FIELD + "]")).isEmpty();
	}

	@Test
	void aCandidateFormSentTwiceMakesOneCandidateAndTheSecondLandsWhereTheFirstDid() throws Exception {
		String token = UUID.randomUUID().toString();
		long before = candidates("0915000919");
		String first = this.mvc.perform(candidate(token)).andExpect(status().is3xxRedirection()).andReturn().getResponse()
			.getRedirectedUrl();
		this.mvc.perform(candidate(token))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flashSuccess", "form.alreadySubmitted"))
			.andExpect(result -> assertThat(result.getResponse().getRedirectedUrl()).isEqualTo(first));
		assertThat(candidates("0915000919")).isEqualTo(before + 1);
		// Without the token (an API client, the older tests) the handler runs as it always did.
		this.mvc.perform(candidate(null))
			.andExpect(flash().attribute("flashSuccess", org.hamcrest.Matchers.not("form.alreadySubmitted")));
	}

	@Test
	void aVacancyFormSentTwiceMakesOneVacancy() throws Exception {
		String token = UUID.randomUUID().toString();
		String title = "Thợ hàn hai lần " + System.nanoTime();
		for (int i = 0; i < 2; i++) {
			this.mvc.perform(DuplicateSubmissionData.vacancy(post("/employer/vacancies/new"),
					this.jdbc, title)
				.param(SubmissionTokens.FIELD, token)
				.with(TestUsers.as(this.jdbc, "employer"))
				.with(csrf())).andExpect(status().is3xxRedirection());
		}
		assertThat(this.jdbc.queryForObject("select count(*) from vacancy where title = ?", Long.class, title)).isOne();
	}

	@Test
	void aFormThatCameBackWithAMessageCanBeCorrectedAndSentWithTheSameToken() throws Exception {
		String token = UUID.randomUUID().toString();
		long before = candidates("0915000920");
		this.mvc.perform(candidate(token, "fullName", "")).andExpect(status().isOk());
		this.mvc.perform(candidate(token, "phone", "0915000920", "nationalId", "020196000920"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flashSuccess", org.hamcrest.Matchers.not("form.alreadySubmitted")));
		assertThat(candidates("0915000920")).isEqualTo(before + 1);
	}

	@Test
	void tokensOlderThanADayAreCleanedUp() {
		UUID old = UUID.randomUUID();
		UUID fresh = UUID.randomUUID();
		this.jdbc.update("insert into form_submission (token, actor, submitted_at) values (?, 'x', now() - interval '2 days')",
				old);
		this.jdbc.update("insert into form_submission (token, actor) values (?, 'x')", fresh);
		this.interceptor.deleteOlderThanADay();
		assertThat(this.jdbc.queryForList("select token from form_submission where token in (?, ?)", UUID.class, old,
				fresh)).containsExactly(fresh);
	}

	private long candidates(String phone) {
		return this.jdbc.queryForObject("select count(*) from candidate where phone = ?", Long.class, phone);
	}

	private MockHttpServletRequestBuilder candidate(String token, String... overrides) {
		Long province = this.jdbc.queryForObject(
				"select id from admin_unit where level = 'PROVINCE' and name = 'Lạng Sơn'", Long.class);
		java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();
		fields.put("fullName", "Hoàng Thị Hai Lần");
		fields.put("nationalId", "020196000919");
		fields.put("phone", "0915000919");
		fields.put("birthDate", "11/03/1996");
		fields.put("gender", "FEMALE");
		fields.put("homeProvinceId", province.toString());
		fields.put("skillLevelCode", "UNSKILLED");
		fields.put("occupation1", "82");
		fields.put("years1", "2");
		fields.put("willingToRelocate", "true");
		fields.put("consentProcessing", "true");
		fields.put("consentSharing", "true");
		fields.put("version", "0");
		for (int i = 0; i < overrides.length; i += 2) {
			fields.put(overrides[i], overrides[i + 1]);
		}
		if (token != null) {
			fields.put(SubmissionTokens.FIELD, token);
		}
		MockHttpServletRequestBuilder request = post("/candidates/new").with(TestUsers.as(this.jdbc, "centre-ls"))
			.with(csrf());
		fields.forEach(request::param);
		return request;
	}

}
