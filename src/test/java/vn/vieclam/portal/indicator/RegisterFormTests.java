package vn.vieclam.portal.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.concurrent.ThreadLocalRandom;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.vieclam.portal.PortalTest;
import vn.vieclam.portal.account.TestUsers;
import vn.vieclam.portal.reference.ReferenceData;

/**
 * Registers built by hand through the pages: a year from scratch, its indicators added and corrected, the
 * published score, who may change what, stale edits. Each test makes its own sub-index code, so runs never collide,
 * in years before 2022, so the dashboard's years (the demo's 2023 and 2024, this year) keep their own registers.
 */
@PortalTest
class RegisterFormTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Indicators indicators;

	@Autowired
	ReferenceData reference;

	@Test
	void theLeadAgencysOfficialBuildsARegisterFromScratch() throws Exception {
		String code = code();
		Long labour = org("sldtbxh-bg");
		Long education = org("sgddt-bg");
		String form = this.mvc.perform(get("/indicators/new").with(as("official-ldtbxh"))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(Jsoup.parse(form).select("#lead-name").text()).isEqualTo("Sở Lao động - Thương binh và Xã hội tỉnh Bắc Giang");

		// mistakes come back beside their fields with everything typed kept
		Document again = Jsoup.parse(this.mvc.perform(register(code, "20x5", "6.8.5", "0").with(as("official-ldtbxh")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(again.select("#year-error").text()).startsWith("Nhập năm gồm 4 chữ số, từ 2005 đến");
		assertThat(again.select("#targetScore-error").text()).isEqualTo("Điểm chỉ số thành phần từ 0 đến 10, ví dụ 6,85.");
		assertThat(again.select("#baselineRank-error").text()).startsWith("Xếp hạng là số nguyên từ 1 đến 63");
		assertThat(again.select("#year").val()).isEqualTo("20x5");
		assertThat(again.select("#subIndexName").val()).isEqualTo("Chỉ số thành phần số 9 về “Đào tạo lao động” (thử)");
		assertThat(again.select("#baselineScore").val()).isEqualTo("6,80");
		assertThat(count(code)).isZero();

		// the official's own organisation leads it, whatever the form says
		String location = this.mvc.perform(register(code, "2015", "6,85", "5").param("leadOrganisationId", education.toString())
			.with(as("official-ldtbxh"))).andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		Long id = Long.valueOf(location.substring("/indicators/".length()));
		RegisterView g = this.indicators.view(id);
		assertThat(g.year()).isEqualTo(2015);
		assertThat(g.leadOrganisationId()).isEqualTo(labour);
		assertThat(g.baselineScore()).isEqualByComparingTo("6.80");
		assertThat(g.targetScore()).isEqualByComparingTo("6.85");
		assertThat(g.indicators()).isEmpty();

		// the same year and sub-index twice is refused beside the code
		Document duplicate = Jsoup.parse(this.mvc.perform(register(code, "2015", "6,85", "5").with(as("official-ld")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(duplicate.select("#subIndexCode-error").text()).isEqualTo("Kế hoạch năm 2015 của chỉ số thành phần này đã có.");
		assertThat(count(code)).isEqualTo(1);

		// an indicator with its baseline, target (≤) and agencies
		Document bad = Jsoup.parse(this.mvc.perform(indicator(id, "", "ba phẩy hai", g0 -> g0).with(as("official-ldtbxh")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(bad.select("#name-error").text()).isEqualTo("Vui lòng nhập thông tin này.");
		assertThat(bad.select("#targetValue-error").text()).isEqualTo("Nhập một số, ví dụ 82,9.");
		assertThat(bad.select("#targetValue").val()).isEqualTo("ba phẩy hai");
		this.mvc.perform(indicator(id, "Tỷ lệ chi phí tuyển dụng lao động trong tổng chi phí kinh doanh (%)", "3,2",
				b -> b.param("responsibleId", labour.toString()).param("partnerIds", education.toString()))
			.with(as("official-ldtbxh"))).andExpect(status().is3xxRedirection());
		IndicatorView i = this.indicators.view(id).indicators().get(0);
		assertThat(i.position()).isEqualTo(1);
		assertThat(i.baselineValue()).isEqualByComparingTo("5.13");
		assertThat(i.baselineRank()).isEqualTo(16);
		assertThat(i.targetValue()).isEqualByComparingTo("3.2");
		assertThat(i.direction()).isEqualTo(Direction.LE);
		assertThat(i.partners()).isEqualTo("Sở GD&ĐT Bắc Giang");
		String page = this.mvc.perform(get(location).with(as("official"))).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("5,13%", "≤ 3,2%");

		// corrected: the form shows the figures as the plan writes them, the change is saved
		Document edit = Jsoup.parse(this.mvc.perform(get(location + "/indicators/" + i.id() + "/edit").with(as("official-ld")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(edit.select("#targetValue").val()).isEqualTo("3,2");
		assertThat(edit.select("#partnerIds option[selected]").text()).contains("Sở Giáo dục và Đào tạo");
		String version = edit.select("input[name=version]").val();
		this.mvc.perform(indicatorAt(location + "/indicators/" + i.id(), "Tỷ lệ chi phí tuyển dụng lao động (%)", "3,0",
				b -> b.param("responsibleId", labour.toString())).with(as("official-ld")).param("version", version))
			.andExpect(status().is3xxRedirection());
		IndicatorView changed = this.indicators.view(id).indicators().get(0);
		assertThat(changed.targetValue()).isEqualByComparingTo("3.0");
		assertThat(changed.name()).isEqualTo("Tỷ lệ chi phí tuyển dụng lao động (%)");
		assertThat(changed.partners()).isNull();
		// someone saved since this form was opened: the conflict page
		this.mvc.perform(post(location + "/indicators/" + i.id()).with(csrf()).with(as("official-ld"))
			.param("name", "Chỉ tiêu cũ").param("unit", "%").param("targetValue", "3").param("direction", "LE")
			.param("responsibleId", labour.toString()).param("version", version))
			.andExpect(status().isConflict());

		// the register corrected, then a stale copy of its form refused
		Document registerEdit = Jsoup.parse(this.mvc.perform(get(location + "/edit").with(as("official-ldtbxh")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(registerEdit.select("#baselineScore").val()).isEqualTo("6,80");
		String registerVersion = registerEdit.select("input[name=version]").val();
		this.mvc.perform(registerAt(location, code, "2015", "6,90", "5").param("version", registerVersion)
			.with(as("official-ldtbxh")))
			.andExpect(status().is3xxRedirection());
		assertThat(this.indicators.view(id).targetScore()).isEqualByComparingTo("6.90");
		this.mvc.perform(registerAt(location, code, "2015", "7,00", "5").param("version", registerVersion)
			.with(as("official-ldtbxh")))
			.andExpect(status().isConflict());

		// and copying it to the next year still takes its indicator along
		this.mvc.perform(post(location + "/copy").with(csrf()).with(as("official-ld"))).andExpect(status().is3xxRedirection());
		RegisterView next = this.indicators.view(this.indicators.registerId(2016, code).orElseThrow());
		assertThat(next.indicators()).extracting(IndicatorView::name).containsExactly("Tỷ lệ chi phí tuyển dụng lao động (%)");
		assertThat(next.targetScore()).isEqualByComparingTo("6.90");
	}

	@Test
	void otherOfficialsReadAndTheOperatorMayChange() throws Exception {
		String code = code();
		Long labour = org("sldtbxh-bg");
		Long education = org("sgddt-bg");
		Long id = this.indicators.createRegister(new Indicators.RegisterCommand(2014, code, "Chỉ số đào tạo lao động (thử)",
				null, new BigDecimal("6.80"), 5, new BigDecimal("6.85"), Direction.GE, labour, null, DueDates.PLAN_004),
				java.util.List.of(new Indicators.IndicatorCommand(1, "Điểm thi trung bình", "điểm", new BigDecimal("6.59"), 11,
						new BigDecimal("6.60"), Direction.GE, education, java.util.Set.of(), null)));
		Long indicatorId = this.indicators.view(id).indicators().get(0).id();
		Long foreign = this.indicators.view(this.indicators.registerId(2023, "PCI-9").orElseThrow()).indicators().get(0).id();

		// the education department reports on the indicator but does not lead the register: it reads only
		Document page = Jsoup.parse(this.mvc.perform(get("/indicators/" + id).with(as("official-gd"))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString());
		assertThat(page.select("a[href$=/edit], #published-form")).isEmpty();
		this.mvc.perform(get("/indicators/" + id + "/edit").with(as("official-gd"))).andExpect(status().isForbidden());
		this.mvc.perform(registerAt("/indicators/" + id, code, "2014", "9", "1")
			.param("version", "0").with(as("official-gd"))).andExpect(status().isForbidden());
		this.mvc.perform(get("/indicators/" + id + "/indicators/new").with(as("official-gd"))).andExpect(status().isForbidden());
		this.mvc.perform(indicator(id, "Chỉ tiêu thêm", "1", b -> b.param("responsibleId", education.toString()))
			.with(as("official-gd"))).andExpect(status().isForbidden());
		this.mvc.perform(get("/indicators/" + id + "/indicators/" + indicatorId + "/edit").with(as("official-gd")))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/indicators/" + id + "/published").param("publishedScore", "9").param("version", "0")
			.with(csrf()).with(as("official-gd"))).andExpect(status().isForbidden());
		assertThat(this.indicators.view(id).indicators()).hasSize(1);
		// another register's indicator is not found here, even for the lead
		this.mvc.perform(get("/indicators/" + id + "/indicators/" + foreign + "/edit").with(as("official-ldtbxh")))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/indicators/999999/edit").with(as("official-ldtbxh"))).andExpect(status().isNotFound());
		// employers and job centres see nothing of it
		for (String other : java.util.List.of("employer", "centre-bg")) {
			this.mvc.perform(get("/indicators/new").with(as(other))).andExpect(status().isForbidden());
		}

		// the operator names the lead of a new register and corrects existing ones
		Document adminForm = Jsoup.parse(this.mvc.perform(get("/indicators/new").with(as("admin"))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString());
		assertThat(adminForm.select("select#leadOrganisationId option")).hasSizeGreaterThan(3);
		Document noLead = Jsoup.parse(this.mvc.perform(register(code, "2013", "6,85", "5").with(as("admin")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(noLead.select("#leadOrganisationId-error").text()).isEqualTo("Vui lòng chọn một giá trị.");
		this.mvc.perform(register(code, "2013", "6,85", "5").param("leadOrganisationId", education.toString()).with(as("admin")))
			.andExpect(status().is3xxRedirection());
		assertThat(this.indicators.view(this.indicators.registerId(2013, code).orElseThrow()).leadOrganisationId())
			.isEqualTo(education);
		this.mvc.perform(get("/indicators/" + id + "/edit").with(as("admin"))).andExpect(status().isOk());
		this.mvc.perform(indicator(id, "Tỷ lệ học sinh học nghề", "40", b -> b.param("responsibleId", education.toString()))
			.with(as("admin"))).andExpect(status().is3xxRedirection());
		assertThat(this.indicators.view(id).indicators()).extracting(IndicatorView::position).containsExactly(1, 2);
	}

	@Test
	void thePublishedScoreIsEnteredBesideItsFields() throws Exception {
		String code = code();
		Long labour = org("sldtbxh-bg");
		Long id = this.indicators.createRegister(new Indicators.RegisterCommand(2012, code, "Chỉ số đào tạo lao động (thử)",
				null, new BigDecimal("6.52"), 9, new BigDecimal("6.80"), Direction.GE, labour, null, DueDates.PLAN_004),
				java.util.List.of());
		long version = this.indicators.view(id).version();
		Document bad = Jsoup.parse(this.mvc.perform(post("/indicators/" + id + "/published").param("publishedScore", "sáu phẩy tám")
			.param("publishedRank", "5").param("version", String.valueOf(version)).with(csrf()).with(as("official-ldtbxh")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(bad.select("#publishedScore.is-invalid").val()).isEqualTo("sáu phẩy tám");
		assertThat(bad.select("#publishedScore-error").text()).isEqualTo("Điểm hoặc xếp hạng không hợp lệ.");
		assertThat(bad.select("#publishedRank").val()).isEqualTo("5");
		this.mvc.perform(post("/indicators/" + id + "/published").param("publishedScore", "6,80").param("publishedRank", "5")
			.param("version", String.valueOf(version)).with(csrf()).with(as("official-ldtbxh")))
			.andExpect(redirectedUrl("/indicators/" + id));
		RegisterView g = this.indicators.view(id);
		assertThat(g.publishedScore()).isEqualByComparingTo("6.80");
		assertThat(g.publishedRank()).isEqualTo(5);
		assertThat(g.scoreStatus()).isEqualTo(IndicatorStatus.MET);
		this.mvc.perform(post("/indicators/" + id + "/published").param("publishedScore", "6,70")
			.param("version", String.valueOf(version)).with(csrf()).with(as("official-ldtbxh")))
			.andExpect(status().isConflict());
	}

	private MockHttpServletRequestBuilder register(String code, String year, String target, String rank) {
		return registerAt("/indicators", code, year, target, rank);
	}

	private MockHttpServletRequestBuilder registerAt(String url, String code, String year, String target, String rank) {
		return post(url).with(csrf()).param("year", year).param("subIndexCode", code)
			.param("subIndexName", "Chỉ số thành phần số 9 về “Đào tạo lao động” (thử)").param("weight", "")
			.param("baselineScore", "6,80").param("baselineRank", rank).param("targetScore", target)
			.param("targetDirection", "GE").param("planReference", "Kế hoạch 004 (thử)");
	}

	private MockHttpServletRequestBuilder indicator(Long register, String name, String target,
			java.util.function.UnaryOperator<MockHttpServletRequestBuilder> more) {
		return indicatorAt("/indicators/" + register + "/indicators", name, target, more);
	}

	private MockHttpServletRequestBuilder indicatorAt(String url, String name, String target,
			java.util.function.UnaryOperator<MockHttpServletRequestBuilder> more) {
		return more.apply(post(url).with(csrf()).param("name", name).param("unit", "%")
			.param("baselineValue", "5,13").param("baselineRank", "16").param("targetValue", target).param("direction", "LE"));
	}

	private long count(String code) {
		return this.jdbc.queryForObject("select count(*) from indicator_register where sub_index_code = ?", Long.class, code);
	}

	private static String code() {
		return "T" + ThreadLocalRandom.current().nextInt(1_000_000, 10_000_000);
	}

	private Long org(String code) {
		return this.reference.organisationByCode(code).orElseThrow().id();
	}

	private RequestPostProcessor as(String username) {
		return TestUsers.as(this.jdbc, username);
	}

}
