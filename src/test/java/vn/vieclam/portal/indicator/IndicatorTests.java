package vn.vieclam.portal.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.vieclam.portal.PortalTest;
import vn.vieclam.portal.account.TestUsers;
import vn.vieclam.portal.reference.ReferenceData;

/**
 * The registers through the pages: plan 004 as the demo loads it, entering, approving and returning, who
 * may do what, and the period report's workbook and PDF read back. Tests that change data make their own
 * register (a year nobody uses), so the demo's 2023 register stays as the browser journey expects it.
 */
@PortalTest
class IndicatorTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Indicators indicators;

	@Autowired
	ReferenceData reference;

	@Test
	void plan004LoadsExactlyAsThePlanWritesIt() {
		RegisterView g = this.indicators.view(this.indicators.registerId(2023, "PCI-9").orElseThrow());
		assertThat(g.subIndexName()).isEqualTo("Chỉ số thành phần số 9 về “Đào tạo lao động”");
		assertThat(g.baselineScore()).isEqualByComparingTo("6.80");
		assertThat(g.baselineRank()).isEqualTo(5);
		assertThat(g.targetScore()).isEqualByComparingTo("6.85");
		assertThat(g.targetDirection()).isEqualTo(Direction.GE);
		assertThat(g.leadName()).isEqualTo("Sở Lao động - Thương binh và Xã hội tỉnh Bắc Giang");
		Object[][] plan = {
				{ 1, "64.71", 19, Direction.GE, "82.9", "Sở LĐTBXH Bắc Giang" },
				{ 2, "49.57", 7, Direction.GE, "50.0", "Sở LĐTBXH Bắc Giang" },
				{ 3, "47.01", 6, Direction.GE, "50.0", "Sở LĐTBXH Bắc Giang" },
				{ 4, "5.13", 16, Direction.LE, "3.2", "Sở LĐTBXH Bắc Giang" },
				{ 5, "6.26", 22, Direction.LE, "2.35", "Sở LĐTBXH Bắc Giang" },
				{ 6, "54.24", 27, Direction.GE, "61.4", "Sở LĐTBXH Bắc Giang" },
				{ 7, "69.68", 1, Direction.GE, "70.0", "Sở LĐTBXH Bắc Giang" },
				{ 8, "26.72", 19, Direction.GE, "27.0", "Sở LĐTBXH Bắc Giang" },
				{ 9, "36.75", 40, Direction.GE, "60.9", "Sở LĐTBXH Bắc Giang" },
				{ 10, "55.93", 38, Direction.GE, "78.0", "Sở GD&ĐT Bắc Giang" },
				{ 11, "6.59", 11, Direction.GE, "6.60", "Sở GD&ĐT Bắc Giang" } };
		assertThat(g.indicators()).hasSize(11);
		for (int k = 0; k < plan.length; k++) {
			IndicatorView i = g.indicators().get(k);
			assertThat(i.position()).isEqualTo(plan[k][0]);
			assertThat(i.baselineValue()).as("baseline of " + k).isEqualTo(new BigDecimal((String) plan[k][1]));
			assertThat(i.baselineRank()).as("rank of " + k).isEqualTo(plan[k][2]);
			assertThat(i.direction()).isEqualTo(plan[k][3]);
			assertThat(i.targetValue()).as("target of " + k).isEqualTo(new BigDecimal((String) plan[k][4]));
			assertThat(i.responsibleName()).isEqualTo(plan[k][5]);
		}
		assertThat(g.indicators().get(3).name()).isEqualTo("Tỷ lệ chi phí tuyển dụng lao động trong tổng chi phí kinh doanh (%)");
		assertThat(g.indicators().get(10).name()).isEqualTo("Điểm thi trung bình kỳ thi tốt nghiệp THPT");
		// the demo's mix: Q2 approved for the labour department, so indicator 1 (70,20 of 82,9 after Q2) is at risk
		assertThat(g.indicators().get(0).latestPeriod()).isEqualTo(ReportingPeriod.Q2);
		assertThat(g.indicators().get(0).status()).isEqualTo(IndicatorStatus.AT_RISK);
		assertThat(g.indicators().get(5).status()).isEqualTo(IndicatorStatus.MET);
		assertThat(this.indicators.registerId(2024, "PCI-9")).isPresent();
	}

	@Test
	void theRegisterPageShowsTheTableAndReportingRates() throws Exception {
		Long id = this.indicators.registerId(2023, "PCI-9").orElseThrow();
		String html = this.mvc.perform(get("/indicators/" + id).with(as("official"))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(html).contains("64,71%", "82,9%", "≤ 3,2%", "6,59", "≥ 6,60", "Có nguy cơ", "Trễ hạn", "Chưa gửi");
	}

	@Test
	void theOrganisationEntersTheLeadApprovesOrReturns() throws Exception {
		int year = unusedYear();
		Long id = register(year);
		RegisterView g = this.indicators.view(id);
		Long labourIndicator = g.indicators().get(0).id();
		Long educationIndicator = g.indicators().get(1).id();
		Long labour = org("sldtbxh-bg");
		Long education = org("sgddt-bg");

		// another organisation may not enter the labour department's values; its own form is for its own indicators
		this.mvc.perform(values(id, labour, labourIndicator, "80").with(as("official-gd"))).andExpect(status().isNotFound());
		this.mvc.perform(values(id, education, labourIndicator, "80").with(as("official-gd"))).andExpect(status().is3xxRedirection());
		assertThat(count("select count(*) from indicator_value where indicator_id = ?", labourIndicator)).isZero();
		// a typing mistake keeps what was typed, with the message beside the field
		String again = this.mvc.perform(values(id, labour, labourIndicator, "tám mươi").with(as("official-ldtbxh")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(again).contains("value=\"tám mươi\"", "Nhập một số");

		// the labour department enters and submits; Sở Nội vụ (its successor since 2025) acts as the lead
		this.mvc.perform(values(id, labour, labourIndicator, "85,5").param("action", "submit").with(as("official-ldtbxh")))
			.andExpect(status().is3xxRedirection());
		Long report = this.jdbc.queryForObject("select id from indicator_report where register_id = ? and organisation_id = ?",
				Long.class, id, labour);
		this.mvc.perform(post("/indicators/reports/" + report + "/approve").with(csrf()).with(as("official-gd")))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/indicators/reports/" + report + "/approve").with(csrf()).with(as("official-ld")))
			.andExpect(status().is3xxRedirection());
		assertThat(this.indicators.view(id).indicators().get(0).status()).isEqualTo(IndicatorStatus.MET);

		// education submits, the lead returns it with a reason; it can then be corrected and sent again
		this.mvc.perform(values(id, education, educationIndicator, "6,1").param("action", "submit").with(as("official-gd")))
			.andExpect(status().is3xxRedirection());
		Long eduReport = this.jdbc.queryForObject("select id from indicator_report where register_id = ? and organisation_id = ?",
				Long.class, id, education);
		this.mvc.perform(post("/indicators/reports/" + eduReport + "/return").param("reason", "")
			.with(csrf()).with(as("official-ld"))).andExpect(status().is3xxRedirection());
		assertThat(reportStatus(eduReport)).isEqualTo("SUBMITTED");
		this.mvc.perform(post("/indicators/reports/" + eduReport + "/return").param("reason", "Thiếu minh chứng")
			.with(csrf()).with(as("official-ld"))).andExpect(status().is3xxRedirection());
		assertThat(reportStatus(eduReport)).isEqualTo("RETURNED");
		String page = this.mvc.perform(get("/indicators/" + id + "/periods/Q3").with(as("official-gd")))
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("Bị trả lại: Thiếu minh chứng");
		this.mvc.perform(values(id, education, educationIndicator, "6,7").param("action", "submit").with(as("official-gd")))
			.andExpect(status().is3xxRedirection());
		assertThat(reportStatus(eduReport)).isEqualTo("SUBMITTED");

		// the lead consolidates; nobody else may
		this.mvc.perform(post("/indicators/" + id + "/periods/Q3/consolidate").with(csrf()).with(as("official-gd")))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/indicators/" + id + "/periods/Q3/consolidate").param("note", "Tổng hợp quý III")
			.with(csrf()).with(as("official-ld"))).andExpect(status().is3xxRedirection());
		assertThat(count("select count(*) from indicator_consolidation where register_id = ?", id)).isEqualTo(1);
	}

	@Test
	void evidenceMustBeADocumentOfTheKindItsNameSays() throws Exception {
		int year = unusedYear();
		Long id = register(year);
		Long labourIndicator = this.indicators.view(id).indicators().get(0).id();
		Long labour = org("sldtbxh-bg");
		// a program renamed to .pdf is refused beside the file field; the typed value stays
		String again = this.mvc.perform(values(id, labour, labourIndicator, "81,2")
			.file(new MockMultipartFile("evidence", "Báo cáo quý III.pdf", "application/pdf", "MZ\u0090\u0000".getBytes()))
			.with(as("official-ldtbxh"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		Document page = Jsoup.parse(again);
		assertThat(page.select("#evidence.is-invalid")).hasSize(1);
		assertThat(page.select("#evidence-error").text()).startsWith("Chỉ nhận tệp PDF, DOCX, XLSX, JPG hoặc PNG");
		assertThat(page.select("#value-" + labourIndicator).attr("value")).isEqualTo("81,2");
		assertThat(count("select count(*) from indicator_report where register_id = ?", id)).isZero();
		// a real PDF is kept under a safe name and served back as the document it is
		this.mvc.perform(values(id, labour, labourIndicator, "81,2")
			.file(new MockMultipartFile("evidence", "Báo cáo quý III.pdf", "text/plain", "%PDF-1.7 báo cáo".getBytes()))
			.with(as("official-ldtbxh"))).andExpect(status().is3xxRedirection());
		Long report = this.jdbc.queryForObject("select id from indicator_report where register_id = ?", Long.class, id);
		assertThat(this.jdbc.queryForObject("select evidence_name || ' ' || evidence_type from indicator_report where id = ?",
				String.class, report)).isEqualTo("Bao-cao-quy-III.pdf application/pdf");
		this.mvc.perform(get("/indicators/reports/" + report + "/evidence").with(as("official")))
			.andExpect(status().isOk());
	}

	@Test
	void onlyOfficialsSeeTheRegisters() throws Exception {
		Long id = this.indicators.registerId(2023, "PCI-9").orElseThrow();
		for (String official : List.of("official", "official-kcn", "official-ld", "official-gd")) {
			this.mvc.perform(get("/indicators").with(as(official))).andExpect(status().isOk());
			this.mvc.perform(get("/indicators/" + id + "/periods/Q2").with(as(official))).andExpect(status().isOk());
		}
		// the operator reads them too (and may set them up); employers and job centres may not
		this.mvc.perform(get("/indicators/" + id).with(as("admin"))).andExpect(status().isOk());
		for (String other : List.of("employer", "centre-bg")) {
			this.mvc.perform(get("/indicators").with(as(other))).andExpect(status().isForbidden());
			this.mvc.perform(get("/indicators/" + id).with(as(other))).andExpect(status().isForbidden());
		}
		this.mvc.perform(get("/indicators")).andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/indicators/999999").with(as("official"))).andExpect(status().isNotFound());
		// the committee office reads everything but copies nothing
		this.mvc.perform(post("/indicators/" + id + "/copy").with(csrf()).with(as("official"))).andExpect(status().isForbidden());
	}

	@Test
	void thePeriodReportReadsBackAsAWorkbookAndAPdfInVietnamese() throws Exception {
		Long id = this.indicators.registerId(2023, "PCI-9").orElseThrow();
		byte[] xlsx = this.mvc.perform(get("/indicators/" + id + "/periods/Q2/report.xlsx").with(as("official")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
			List<Row> rows = wb.getFirstSheet().read();
			assertThat(rows.get(1).getCellText(0)).contains("Đào tạo lao động", "Quý II năm 2023");
			Row first = rows.stream().filter(r -> "1".equals(r.getCellText(0))).findFirst().orElseThrow();
			assertThat(first.getCellText(1)).startsWith("Tỷ lệ doanh nghiệp đánh giá việc tuyển dụng lao động phổ thông");
			assertThat(first.getCellAsNumber(2).orElseThrow()).isEqualByComparingTo("64.71");
			assertThat(first.getCellAsNumber(5).orElseThrow()).isEqualByComparingTo("70.20");
			assertThat(first.getCellText(6)).isEqualTo("Có nguy cơ");
		}
		byte[] pdf = this.mvc.perform(get("/indicators/" + id + "/periods/Q2/report.pdf").with(as("official")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		try (PDDocument doc = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(doc);
			assertThat(text).contains("Đào tạo lao động", "Tỷ lệ chi phí tuyển dụng lao động", "Sở GD&ĐT Bắc Giang",
					"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
		}
	}

	/** A year no register of the test database has yet: a random one could repeat another test's year. */
	private int unusedYear() {
		return this.jdbc.queryForObject(
				"select min(y) from generate_series(2040, 2100) y where not exists (select 1 from indicator_register where year = y)",
				Integer.class);
	}

	private Long register(int year) {
		Long labour = org("sldtbxh-bg");
		Long education = org("sgddt-bg");
		return this.indicators.createRegister(
				new Indicators.RegisterCommand(year, "T-" + year, "Chỉ số đào tạo lao động thử", null, new BigDecimal("6.80"), 5,
						new BigDecimal("6.85"), Direction.GE, labour, null, DueDates.PLAN_004),
				List.of(new Indicators.IndicatorCommand(1, "Tuyển lao động phổ thông dễ dàng (%)", "%", new BigDecimal("64.71"),
						19, new BigDecimal("82.9"), Direction.GE, labour, Set.of(), null),
						new Indicators.IndicatorCommand(2, "Điểm thi trung bình", "điểm", new BigDecimal("6.59"), 11,
								new BigDecimal("6.60"), Direction.GE, education, Set.of(), null)));
	}

	private org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder values(Long register, Long organisation, Long indicator, String value) {
		return multipart("/indicators/" + register + "/periods/Q3/values").param("organisation", organisation.toString())
			.param("value-" + indicator, value).param("comment-" + indicator, "Khảo sát").with(csrf());
	}

	private String reportStatus(Long id) {
		return this.jdbc.queryForObject("select status from indicator_report where id = ?", String.class, id);
	}

	private long count(String sql, Object arg) {
		return this.jdbc.queryForObject(sql, Long.class, arg);
	}

	private Long org(String code) {
		return this.reference.organisationByCode(code).orElseThrow().id();
	}

	private RequestPostProcessor as(String username) {
		return TestUsers.as(this.jdbc, username);
	}

}
