package vn.vieclam.portal.employer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.vieclam.portal.PortalTest;
import vn.vieclam.portal.QueryCounter;
import vn.vieclam.portal.account.Accounts;
import vn.vieclam.portal.account.Role;
import vn.vieclam.portal.account.TestUsers;
import vn.vieclam.portal.reference.ReferenceData;
import vn.vieclam.portal.shared.Formats;

/**
 * Workforce reports through the pages: the employer files and submits, officials follow the period and
 * export it. Each test reports for a month nobody has reported for yet, so rows other tests leave in the
 * database do not change the totals it checks.
 */
@PortalTest
class WorkforceReportTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Employers employers;

	@Autowired
	Accounts accounts;

	@Autowired
	ReferenceData reference;

	@Test
	void theEmployerSubmitsAndTheOfficialSeesItReportedWithTheTotals() throws Exception {
		int[] period = freeMonth();
		Long id = createDraft("employer", report(period, 120, 15, 4)
			.origin("Lạng Sơn", 70).origin("Bắc Ninh", 50)
			.need("Công nhân lắp ráp", "UNSKILLED", "SHORT", 30)
			.need("Kỹ thuật viên SMT", "COLLEGE", "LONG", 5)
			.need("Công nhân lắp ráp", "UNSKILLED", "LONG", 20));

		// A draft is the employer's work in progress: officials see the employer as still drafting, with no figures.
		Element drafting = officialRow(period, employerName("employer"));
		assertThat(cell(drafting, "Tình trạng báo cáo")).isEqualTo("Đang soạn");
		assertThat(cell(drafting, "Tổng số lao động")).isEmpty();
		this.mvc.perform(get("/official/workforce-reports/" + id).with(as("official"))).andExpect(status().isNotFound());

		Document form = page(get("/employer/reports/" + id).with(as("employer")));
		assertThat(form.select("input[name=headcount]").val()).isEqualTo("120");
		assertThat(form.select("select[name=origins[0].provinceId] option[selected]").text()).isEqualTo("Lạng Sơn");
		assertThat(form.select("input[name^=needs][name$=position]")).hasSizeGreaterThanOrEqualTo(3 + 5);

		this.mvc.perform(submit("employer", id, report(period, 120, 15, 4)
			.origin("Lạng Sơn", 70).origin("Bắc Ninh", 50)
			.need("Công nhân lắp ráp", "UNSKILLED", "SHORT", 30)
			.need("Kỹ thuật viên SMT", "COLLEGE", "LONG", 5)
			.need("Công nhân lắp ráp", "UNSKILLED", "LONG", 20)))
			.andExpect(status().isFound())
			.andExpect(flash().attribute("flashSuccess", "workforce.submitted"));

		Document submitted = page(get("/employer/reports/" + id).with(as("employer")));
		assertThat(submitted.text()).contains("Đã nộp").contains("Ban Quản lý các khu công nghiệp tỉnh Bắc Giang");
		assertThat(submitted.select("form input[name=headcount]")).isEmpty();

		Element reported = officialRow(period, employerName("employer"));
		assertThat(cell(reported, "Tình trạng báo cáo")).isEqualTo("Đã báo cáo");
		assertThat(cell(reported, "Tổng số lao động")).isEqualTo("120");
		assertThat(cell(reported, "Tuyển mới trong kỳ")).isEqualTo("15");
		assertThat(cell(reported, "Nghỉ việc trong kỳ")).isEqualTo("4");
		assertThat(cell(reported, "Cần tuyển ngắn hạn")).isEqualTo("30");
		assertThat(cell(reported, "Cần tuyển dài hạn")).isEqualTo("25");
		Document list = officialList(period, false);
		assertThat(fact(list, "Tổng số lao động")).isEqualTo("120");
		assertThat(fact(list, "Cần tuyển dài hạn")).isEqualTo("25");
		assertThat(fact(list, "Đã báo cáo")).startsWith("1/");

		Document opened = page(get("/official/workforce-reports/" + id).with(as("official")));
		assertThat(opened.text()).contains("Lạng Sơn").contains("Kỹ thuật viên SMT").contains("Cao đẳng").contains("Dài hạn");
	}

	@Test
	void aSubmittedReportCannotBeChanged() throws Exception {
		int[] period = freeMonth();
		Long id = createDraft("employer", report(period, 10, 1, 0));
		this.mvc.perform(submit("employer", id, report(period, 10, 1, 0))).andExpect(status().isFound());
		this.mvc.perform(save("employer", id, report(period, 99, 1, 0)))
			.andExpect(status().isFound())
			.andExpect(flash().attribute("flashError", "workforce.report.alreadySubmitted"));
		assertThat(this.jdbc.queryForObject("select headcount from workforce_report where id = ?", Integer.class, id))
			.isEqualTo(10);
	}

	@Test
	void aSecondReportForTheSamePeriodIsRefusedBesideThePeriod() throws Exception {
		int[] period = freeMonth();
		createDraft("employer", report(period, 50, 0, 0));
		Document page = page(report(period, 77, 3, 2).into(post("/employer/reports")).with(as("employer")).with(csrf()));
		assertThat(page.select("#periodNumber-error").text())
			.isEqualTo("Doanh nghiệp đã có báo cáo cho kỳ này. Mở báo cáo đó trong danh sách để xem hoặc sửa.");
		assertThat(page.select("input[name=headcount]").val()).as("what was typed stays").isEqualTo("77");
		assertThat(reportsFor("employer", period)).isEqualTo(1);
		int[] nextYear = { java.time.LocalDate.now(Formats.VIETNAM).getYear() + 1, 12 };
		assertThat(page(report(nextYear, 50, 0, 0).into(post("/employer/reports")).with(as("employer")).with(csrf()))
			.select("#periodNumber-error").text()).isEqualTo("Kỳ này chưa bắt đầu; chỉ báo cáo được kỳ hiện tại hoặc kỳ đã qua.");
		// Another employer may of course report for the same period.
		createDraft("employer2", report(period, 30, 0, 0));
	}

	@Test
	void blankRowsAreIgnoredAndAHalfFilledRowIsRefusedOnItsField() throws Exception {
		int[] period = freeMonth();
		Document page = page(report(period, 40, 0, 0).need("Thợ hàn", "INTERMEDIATE", "LONG", null)
			.into(post("/employer/reports")).with(as("employer")).with(csrf()));
		assertThat(page.select("input[name=needs[0].quantity] + .invalid-feedback").text()).isEqualTo("Vui lòng nhập số lượng.");
		assertThat(reportsFor("employer", period)).isZero();

		ReportFields origins = report(period, 40, 0, 0).origin("Lạng Sơn", 30).origin("Lạng Sơn", 5);
		assertThat(page(origins.into(post("/employer/reports")).with(as("employer")).with(csrf()))
			.select("select[name=origins[1].provinceId] + .invalid-feedback").text())
			.isEqualTo("Tỉnh, thành phố này đã có ở một dòng khác.");

		ReportFields tooMany = report(period, 40, 0, 0).origin("Lạng Sơn", 30).origin("Bắc Ninh", 20);
		assertThat(page(tooMany.into(post("/employer/reports")).with(as("employer")).with(csrf())).select("#headcount-error").text())
			.isEqualTo("Tổng số lao động theo tỉnh quê quán (50) vượt quá tổng số lao động.");

		Long id = createDraft("employer", report(period, 40, 0, 0).origin("Lạng Sơn", 30).need("Thợ hàn", "INTERMEDIATE", "LONG", 4));
		assertThat(this.jdbc.queryForObject("select count(*) from workforce_report_origin where report_id = ?", Integer.class, id))
			.isEqualTo(1);
		assertThat(this.jdbc.queryForObject("select count(*) from workforce_report_need where report_id = ?", Integer.class, id))
			.isEqualTo(1);
	}

	@Test
	void anotherEmployersReportIsNotFoundAndStaysUnchanged() throws Exception {
		int[] period = freeMonth();
		Long id = createDraft("employer", report(period, 60, 2, 1));
		this.mvc.perform(get("/employer/reports/" + id).with(as("employer2"))).andExpect(status().isNotFound());
		this.mvc.perform(save("employer2", id, report(period, 1, 1, 1))).andExpect(status().isNotFound());
		this.mvc.perform(submit("employer2", id, report(period, 1, 1, 1))).andExpect(status().isNotFound());
		assertThat(this.jdbc.queryForMap("select headcount, status from workforce_report where id = ?", id))
			.containsEntry("headcount", 60).containsEntry("status", "DRAFT");
		assertThat(page(get("/employer/reports").with(as("employer2"))).text()).doesNotContain(monthLabel(period));
	}

	@Test
	void onlyEmployersFileAndOnlyOfficialsFollow() throws Exception {
		for (String url : new String[] { "/employer/reports", "/employer/reports/new", "/official/workforce-reports",
				"/official/workforce-reports/export.xlsx" }) {
			this.mvc.perform(get(url).with(as("centre-bg"))).andExpect(status().isForbidden());
		}
		this.mvc.perform(get("/official/workforce-reports").with(as("employer"))).andExpect(status().isForbidden());
		this.mvc.perform(get("/employer/reports").with(as("official"))).andExpect(status().isForbidden());
	}

	@Test
	void officialsSeeTheirOwnBodysEmployersByDefault() throws Exception {
		int[] period = freeMonth();
		createDraft("employer", report(period, 5, 0, 0));
		String board = boardOfficial();
		Document mine = page(get("/official/workforce-reports").param("periodType", "MONTH")
			.param("year", String.valueOf(period[0])).param("number", String.valueOf(period[1])).with(as(board)));
		assertThat(mine.text()).contains(employerName("employer")).doesNotContain(employerName("employer2"));
		assertThat(officialList(period, false).text()).contains(employerName("employer")).contains(employerName("employer2"));
	}

	@Test
	void thePeriodListIsOneQueryWhateverTheNumberOfReports() throws Exception {
		int[] empty = freeMonth();
		officialList(empty, false);
		QueryCounter.reset();
		officialList(empty, false);
		int withoutReports = QueryCounter.count();
		assertThat(withoutReports).isPositive();

		int[] busy = freeMonth();
		for (String employer : new String[] { "employer", "employer2" }) {
			Long id = createDraft(employer, report(busy, 9, 1, 1).need("Công nhân may", "UNSKILLED", "LONG", 3));
			this.mvc.perform(submit(employer, id, report(busy, 9, 1, 1).need("Công nhân may", "UNSKILLED", "LONG", 3)));
		}
		QueryCounter.reset();
		officialList(busy, false);
		assertThat(QueryCounter.count()).isEqualTo(withoutReports);
	}

	@Test
	void theExportOpensInASpreadsheetWithTheCompaniesAndTheTotals() throws Exception {
		int[] period = freeMonth();
		Long first = createDraft("employer", report(period, 200, 20, 5)
			.origin("Lạng Sơn", 150)
			.need("Công nhân lắp ráp", "UNSKILLED", "SHORT", 30)
			.need("Kỹ sư điện tử", "UNIVERSITY", "LONG", 2));
		this.mvc.perform(submit("employer", first, report(period, 200, 20, 5)
			.origin("Lạng Sơn", 150)
			.need("Công nhân lắp ráp", "UNSKILLED", "SHORT", 30)
			.need("Kỹ sư điện tử", "UNIVERSITY", "LONG", 2)));
		Long second = createDraft("employer2", report(period, 80, 6, 7).need("công nhân lắp ráp", "UNSKILLED", "SHORT", 10));
		this.mvc.perform(submit("employer2", second, report(period, 80, 6, 7).need("công nhân lắp ráp", "UNSKILLED", "SHORT", 10)));

		byte[] file = this.mvc.perform(get("/official/workforce-reports/export.xlsx").param("periodType", "MONTH")
				.param("year", String.valueOf(period[0])).param("number", String.valueOf(period[1])).param("mine", "false")
				.with(as("official")))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", WorkforceExport.CONTENT_TYPE))
			.andExpect(header().string("Content-Disposition", "attachment; filename=\"bao-cao-lao-dong-%d-%02d.xlsx\""
				.formatted(period[0], period[1])))
			.andReturn().getResponse().getContentAsByteArray();

		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(file))) {
			List<Row> employers = workbook.getSheet(0).orElseThrow().read();
			Row vanTrung = rowStartingWith(employers, employerName("employer")).orElseThrow();
			assertThat(vanTrung.getCellText(1)).isEqualTo(taxCode("employer"));
			assertThat(vanTrung.getCellText(2)).contains("Vân Trung");
			assertThat(vanTrung.getCellText(4)).isEqualTo("Có");
			assertThat(numbers(vanTrung, 5, 9)).containsExactly(200, 20, 5, 30, 2);
			Row langGiang = rowStartingWith(employers, employerName("employer2")).orElseThrow();
			assertThat(langGiang.getCellText(2)).isEqualTo("Ngoài khu công nghiệp");
			assertThat(numbers(langGiang, 5, 9)).containsExactly(80, 6, 7, 10, 0);
			Row notReported = employers.stream().filter(row -> "Không".equals(row.getCellText(4))).findFirst().orElseThrow();
			assertThat(notReported.getCellText(5)).isEmpty();
			Row total = rowStartingWith(employers, "Tổng cộng").orElseThrow();
			assertThat(numbers(total, 4, 9)).containsExactly(2, 280, 26, 12, 40, 2);

			List<Row> needs = workbook.getSheet(1).orElseThrow().read();
			Row assembly = needs.stream().filter(row -> row.getCellText(0).equalsIgnoreCase("Công nhân lắp ráp")).findFirst()
				.orElseThrow();
			assertThat(assembly.getCellText(1)).isEqualTo("Lao động phổ thông");
			assertThat(numbers(assembly, 2, 4)).as("both companies' rows summed").containsExactly(40, 0, 40);
			assertThat(numbers(rowStartingWith(needs, "Tổng cộng").orElseThrow(), 2, 4)).containsExactly(40, 2, 42);
		}
	}

	@Test
	void aCompanyNameThatLooksLikeAFormulaIsWrittenAsText() throws Exception {
		String token = "Thu" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
		String name = "=HYPERLINK(\"http://vi-du.invalid\";\"Bấm\") Công ty " + token;
		Long zone = this.jdbc.queryForObject("select industrial_zone_id from employer where id = ?", Long.class,
				employerId("employer"));
		Long province = this.jdbc.queryForObject("select province_id from employer where id = ?", Long.class,
				employerId("employer"));
		this.employers.createByOfficial(new EmployerDetails(name, freeTaxCode(), "C", province, null, "Lô thử nghiệm",
				zone, 10, "Người Thử", "0912345678", null), this.accounts.principal("official"));

		byte[] file = this.mvc.perform(get("/official/workforce-reports/export.xlsx").param("mine", "false")
				.param("q", token).with(as("official")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(file))) {
			List<Row> rows = workbook.getSheet(0).orElseThrow().read();
			assertThat(rows).anyMatch(row -> ("'" + name).equals(row.getCellText(0)));
			assertThat(rows).noneMatch(row -> name.equals(row.getCellText(0)));
		}
		for (String risky : new String[] { "=1+1", "+84", "-5", "@SUM(A1)", "\tx", "\rx" }) {
			assertThat(WorkforceExport.neutralised(risky)).as(risky).isEqualTo("'" + risky);
		}
		assertThat(WorkforceExport.neutralised("Công ty An Phát")).isEqualTo("Công ty An Phát");
	}

	// --- what a user does ---

	private Long createDraft(String username, ReportFields report) throws Exception {
		String location = this.mvc.perform(report.into(post("/employer/reports")).with(as(username)).with(csrf()))
			.andExpect(status().isFound())
			.andExpect(flash().attribute("flashSuccess", "workforce.saved"))
			.andReturn().getResponse().getRedirectedUrl();
		return Long.valueOf(location.substring(location.lastIndexOf('/') + 1));
	}

	private MockHttpServletRequestBuilder save(String username, Long id, ReportFields report) {
		return report.withVersion(version(id)).into(post("/employer/reports/" + id)).with(as(username)).with(csrf());
	}

	private MockHttpServletRequestBuilder submit(String username, Long id, ReportFields report) {
		return report.withVersion(version(id)).into(post("/employer/reports/" + id + "/submit")).with(as(username))
			.with(csrf());
	}

	private Document officialList(int[] period, boolean mine) throws Exception {
		return page(get("/official/workforce-reports").param("periodType", "MONTH").param("year", String.valueOf(period[0]))
			.param("number", String.valueOf(period[1])).param("mine", String.valueOf(mine)).with(as("official")));
	}

	private Element officialRow(int[] period, String employerName) throws Exception {
		return officialList(period, false).select("tbody tr").stream()
			.filter(row -> row.text().contains(employerName)).findFirst().orElseThrow();
	}

	private Document page(MockHttpServletRequestBuilder request) throws Exception {
		String html = this.mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		return Jsoup.parse(html);
	}

	private static String cell(Element row, String label) {
		return row.select("td[data-label=" + label + "]").text();
	}

	private static String fact(Document page, String term) {
		return page.select("dl.portal-facts dt").stream().filter(dt -> dt.text().equals(term)).findFirst().orElseThrow()
			.nextElementSibling().text();
	}

	private static Optional<Row> rowStartingWith(List<Row> rows, String text) {
		return rows.stream().filter(row -> text.equals(row.getCellText(0))).findFirst();
	}

	private static List<Integer> numbers(Row row, int from, int to) {
		return java.util.stream.IntStream.rangeClosed(from, to)
			.mapToObj(i -> row.getCellAsNumber(i).map(BigDecimal::intValue).orElse(0)).toList();
	}

	private RequestPostProcessor as(String username) {
		return TestUsers.as(this.jdbc, username);
	}

	// --- the database, to pick unused values and check what was stored ---

	/** A past month no employer has reported for. */
	private int[] freeMonth() {
		while (true) {
			int year = ThreadLocalRandom.current().nextInt(2001, 2021);
			int month = ThreadLocalRandom.current().nextInt(1, 13);
			Integer taken = this.jdbc.queryForObject("""
					select count(*) from workforce_report where period_type = 'MONTH' and period_year = ? and period_number = ?""",
					Integer.class, year, month);
			if (taken == 0) {
				return new int[] { year, month };
			}
		}
	}

	private static String monthLabel(int[] period) {
		return "Tháng " + period[1] + "/" + period[0];
	}

	private int reportsFor(String username, int[] period) {
		return this.jdbc.queryForObject("""
				select count(*) from workforce_report
				where employer_id = ? and period_type = 'MONTH' and period_year = ? and period_number = ?""",
				Integer.class, employerId(username), period[0], period[1]);
	}

	private long version(Long id) {
		return this.jdbc.queryForObject("select version from workforce_report where id = ?", Long.class, id);
	}

	private Long employerId(String username) {
		return this.jdbc.queryForObject("""
				select e.id from employer e join app_user u on u.organisation_id = e.organisation_id where u.username = ?""",
				Long.class, username);
	}

	private String employerName(String username) {
		return this.jdbc.queryForObject("""
				select o.name from employer e join organisation o on o.id = e.organisation_id where e.id = ?""", String.class,
				employerId(username));
	}

	private String taxCode(String username) {
		return this.jdbc.queryForObject("select tax_code from employer where id = ?", String.class, employerId(username));
	}

	/** An official of the industrial-zone board that "employer" reports to (made once if the demo has none). */
	private String boardOfficial() {
		Long board = this.jdbc.queryForObject("select competent_body_id from employer where id = ?", Long.class,
				employerId("employer"));
		String username = "workforce-board-official";
		if (!this.accounts.exists(username)) {
			this.accounts.create(new Accounts.NewUser(username, "Cán bộ Ban Quản lý", null, Role.OFFICIAL, board,
					"bao cao lao dong hang thang cua doanh nghiep"));
		}
		return username;
	}

	private String freeTaxCode() {
		while (true) {
			String nine = String.valueOf(ThreadLocalRandom.current().nextLong(100_000_000L, 999_999_999L));
			int check = TaxCode.checkDigit(nine);
			if (check >= 0) {
				String code = nine + check;
				Integer taken = this.jdbc.queryForObject("select count(*) from employer where tax_code = ?", Integer.class,
						code);
				if (taken == 0) {
					return code;
				}
			}
		}
	}

	private ReportFields report(int[] period, int headcount, int hires, int departures) {
		return new ReportFields(this.jdbc, period, headcount, hires, departures);
	}

	/** The report form as the browser sends it: the rows filled in, then the blank rows the page offers. */
	static final class ReportFields {

		private final JdbcTemplate jdbc;

		private final Map<String, String> fields = new LinkedHashMap<>();

		private int origins;

		private int needs;

		ReportFields(JdbcTemplate jdbc, int[] period, int headcount, int hires, int departures) {
			this.jdbc = jdbc;
			this.fields.put("periodType", "MONTH");
			this.fields.put("periodYear", String.valueOf(period[0]));
			this.fields.put("periodNumber", String.valueOf(period[1]));
			this.fields.put("headcount", String.valueOf(headcount));
			this.fields.put("hires", String.valueOf(hires));
			this.fields.put("departures", String.valueOf(departures));
			this.fields.put("version", "0");
		}

		ReportFields origin(String province, int headcount) {
			Long id = this.jdbc.queryForObject("""
					select id from admin_unit where level = 'PROVINCE' and name = ?
					  and (valid_from is null or valid_from <= current_date) and (valid_to is null or valid_to >= current_date)""",
					Long.class, province);
			this.fields.put("origins[" + this.origins + "].provinceId", id.toString());
			this.fields.put("origins[" + this.origins++ + "].headcount", String.valueOf(headcount));
			return this;
		}

		ReportFields need(String position, String skillLevel, String term, Integer quantity) {
			this.fields.put("needs[" + this.needs + "].position", position);
			this.fields.put("needs[" + this.needs + "].skillLevelCode", skillLevel);
			this.fields.put("needs[" + this.needs + "].term", term);
			this.fields.put("needs[" + this.needs++ + "].quantity", quantity == null ? "" : quantity.toString());
			return this;
		}

		ReportFields withVersion(long version) {
			this.fields.put("version", String.valueOf(version));
			return this;
		}

		MockHttpServletRequestBuilder into(MockHttpServletRequestBuilder request) {
			this.fields.forEach(request::param);
			for (int i = this.origins; i < this.origins + 2; i++) {
				request.param("origins[" + i + "].provinceId", "").param("origins[" + i + "].headcount", "");
			}
			for (int i = this.needs; i < this.needs + 2; i++) {
				request.param("needs[" + i + "].position", "").param("needs[" + i + "].skillLevelCode", "")
					.param("needs[" + i + "].term", "").param("needs[" + i + "].quantity", "");
			}
			return request;
		}

	}

}
