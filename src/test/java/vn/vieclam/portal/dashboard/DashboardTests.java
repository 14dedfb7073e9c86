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
	void theDashboardRunsAFixedSmallNumberOfStatements() throws Exception {
		this.mvc.perform(get("/dashboard").with(TestUsers.as(this.jdbc, "official-ld"))).andExpect(status().isOk());
		QueryCounter.reset();
		this.mvc.perform(get("/dashboard").with(TestUsers.as(this.jdbc, "official-ld"))).andExpect(status().isOk());
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
