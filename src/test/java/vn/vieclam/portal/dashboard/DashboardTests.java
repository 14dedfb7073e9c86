package vn.vieclam.portal.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.List;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import vn.vieclam.portal.PortalTest;
import vn.vieclam.portal.QueryCounter;
import vn.vieclam.portal.account.TestUsers;
import vn.vieclam.portal.shared.Formats;

/** The officials' dashboard: who sees it, its tables as the figures, a fixed number of statements, the exports. */
@PortalTest
class DashboardTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void officialsSeeEveryFigureAsATableWithLinksAndNoOneElseSeesIt() throws Exception {
		String html = this.mvc.perform(get("/dashboard").with(TestUsers.as(this.jdbc, "official")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		Document page = Jsoup.parse(html);
		assertThat(page.select("section.portal-panel")).hasSizeGreaterThanOrEqualTo(6);
		assertThat(page.select("#indicators-table tbody tr")).hasSize(11);
		assertThat(page.select("#indicators-table tbody tr").first().select("[data-status]").text()).isEqualTo("Có nguy cơ");
		assertThat(page.select("#vacancies-by-skill-table a[href^=/vacancies?skillLevel=]")).isNotEmpty();
		assertThat(page.select("#vacancies-by-skill-table td[data-value]")).isNotEmpty();
		assertThat(page.select("#candidates-by-province-table tbody tr")).isNotEmpty();
		assertThat(page.select("script[src*=chart.umd]")).hasSize(1);
		assertThat(page.select("script:not([src])")).isEmpty();
		for (String other : List.of("employer", "centre-bg", "admin")) {
			this.mvc.perform(get("/dashboard").with(TestUsers.as(this.jdbc, other))).andExpect(status().isForbidden());
			this.mvc.perform(get("/dashboard/indicators.xlsx").with(TestUsers.as(this.jdbc, other)))
				.andExpect(status().isForbidden());
		}
		this.mvc.perform(get("/dashboard")).andExpect(status().is3xxRedirection());
	}

	@Test
	void theChosenYearDecidesTheYearlyFiguresTheirLinksAndDownloads() throws Exception {
		// 2024: the copied register (no approved values yet), the 2024 job-session targets
		Document y2024 = Jsoup.parse(page("/dashboard?year=2024"));
		assertThat(y2024.select("#year option[selected]").text()).isEqualTo("2024");
		assertThat(y2024.select("#indicators-title").text()).endsWith("năm 2024");
		assertThat(y2024.select("#indicators-table tbody tr")).hasSize(11);
		assertThat(y2024.select("#indicators-table [data-status]").eachText()).containsOnly("Chưa có số liệu");
		assertThat(y2024.select("#job-sessions-title").text()).contains("năm 2024");
		assertThat(y2024.select("#job-sessions a[href]").eachAttr("href")).isNotEmpty()
			.allMatch(href -> href.endsWith("?year=2024"));
		assertThat(y2024.select("#referrals-by-month-title").text()).endsWith("tháng năm 2024");
		assertThat(y2024.select("a[href^=/dashboard/][download]").eachAttr("href")).hasSizeGreaterThanOrEqualTo(8)
			.allMatch(href -> href.endsWith(".xlsx?year=2024"));
		// 2023: plan 004's register with its approved values
		Document y2023 = Jsoup.parse(page("/dashboard?year=2023"));
		assertThat(y2023.select("#indicators-title").text()).endsWith("năm 2023");
		assertThat(y2023.select("#indicators-table tbody tr").first().select("[data-status]").text()).isEqualTo("Có nguy cơ");
		// nonsense and far-away years show this year, without an error
		String thisYear = String.valueOf(java.time.LocalDate.now(Formats.VIETNAM).getYear());
		for (String bad : List.of("abc", "1899", "9999", "-1", "")) {
			Document page = Jsoup.parse(page("/dashboard?year=" + bad));
			assertThat(page.select("#year option[selected]").text()).as(bad).isEqualTo(thisYear);
		}
		// the workbook follows the year too
		byte[] xlsx = this.mvc.perform(get("/dashboard/indicators.xlsx?year=2024").with(TestUsers.as(this.jdbc, "official")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
			assertThat(wb.getFirstSheet().read().get(0).getCellText(0)).endsWith("năm 2024");
		}
	}

	@Test
	void referralsAndHiresCountInTheirOwnYearOnly() throws Exception {
		// a referral made in December 2004 and hired in January 2005 counts once in each year
		Long id = this.jdbc.queryForObject("""
				insert into referral (candidate_id, vacancy_id, centre_id, status, referred_on, referred_by, start_date, hired_on)
				select c.id, v.id, c.centre_id, 'HIRED', date '2004-12-20', 'centre-bg', date '2005-01-10', date '2005-01-05'
				from candidate c cross join vacancy v
				where not exists (select 1 from referral r where r.candidate_id = c.id and r.vacancy_id = v.id)
				order by c.id, v.id limit 1 returning id""", Long.class);
		try {
			Document y2004 = Jsoup.parse(page("/dashboard?year=2004"));
			assertThat(y2004.select("#referrals-by-month-table tbody tr")).hasSize(1);
			assertThat(y2004.select("#referrals-by-month-table tbody tr th").text()).endsWith("12/2004");
			assertThat(y2004.select("#referrals-by-month-table tbody tr td").eachText()).containsExactly("1", "0");
			Document y2005 = Jsoup.parse(page("/dashboard?year=2005"));
			assertThat(y2005.select("#referrals-by-month-table tbody tr th").text()).endsWith("01/2005");
			assertThat(y2005.select("#referrals-by-month-table tbody tr td").eachText()).containsExactly("0", "1");
		}
		finally {
			this.jdbc.update("delete from referral where id = ?", id);
		}
	}

	private String page(String url) throws Exception {
		return this.mvc.perform(get(url).with(TestUsers.as(this.jdbc, "official"))).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString();
	}

	@Test
	void theDashboardRunsAFixedSmallNumberOfStatements() throws Exception {
		this.mvc.perform(get("/dashboard").with(TestUsers.as(this.jdbc, "official-ld"))).andExpect(status().isOk());
		QueryCounter.reset();
		this.mvc.perform(get("/dashboard").with(TestUsers.as(this.jdbc, "official-ld"))).andExpect(status().isOk());
		assertThat(QueryCounter.count()).isLessThanOrEqualTo(14);
		QueryCounter.reset();
		this.mvc.perform(get("/dashboard?year=2024").with(TestUsers.as(this.jdbc, "official-ld"))).andExpect(status().isOk());
		// one statement per figure (the lights take three: newest register, register, its indicators; tasks and
		// commitments one each) plus the request's own few; the number does not grow with the rows
		assertThat(QueryCounter.count()).isLessThanOrEqualTo(14);
	}

	@Test
	void everyFigureDownloadsAsAWorkbook() throws Exception {
		for (String key : List.of("indicators", "vacancies-by-sector", "vacancies-by-skill", "vacancies-by-zone",
				"candidates-by-province", "referrals-by-month", "job-sessions", "tasks")) {
			byte[] xlsx = this.mvc.perform(get("/dashboard/" + key + ".xlsx").with(TestUsers.as(this.jdbc, "official")))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
			try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
				List<Row> rows = wb.getFirstSheet().read();
				assertThat(rows.get(0).getCellText(0)).as(key).isNotBlank();
				if (key.equals("indicators")) {
					Row first = rows.stream().filter(r -> r.getCellText(0).startsWith("1. ")).findFirst().orElseThrow();
					assertThat(first.getCellText(0)).startsWith("1. Tỷ lệ doanh nghiệp");
					assertThat(first.getCellText(4)).isEqualTo("Có nguy cơ");
				}
				if (key.equals("tasks")) {
					// plan 001's demo tasks include overdue ones (the budget task) and the media rule's missed months
					Row tasks = rows.stream().filter(r -> r.getCellText(0).equals("Nhiệm vụ của kế hoạch")).findFirst().orElseThrow();
					assertThat(tasks.getCellText(4)).as("overdue tasks").isNotEqualTo("0");
					assertThat(rows).anyMatch(r -> r.getCellText(0).equals("Nội dung thông báo kết luận"));
				}
				if (key.equals("job-sessions")) {
					assertThat(rows).anyMatch(r -> r.getCellText(0).contains("Bắc Giang"));
				}
			}
		}
		this.mvc.perform(get("/dashboard/nothing.xlsx").with(TestUsers.as(this.jdbc, "official")))
			.andExpect(status().isNotFound());
	}

}
