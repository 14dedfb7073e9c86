package vn.vieclam.portal.vacancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import vn.vieclam.portal.PortalTest;
import vn.vieclam.portal.QueryCounter;
import vn.vieclam.portal.account.TestUsers;

/** The public board as a worker uses it: no sign-in, diacritic-free search, filters, pages, one vacancy. */
@PortalTest
class BoardTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void searchWithoutDiacriticsOrCaseFindsVietnameseTitles() throws Exception {
		List<String> titles = titles(board("/vacancies?q=CONG NHAN may"));
		assertThat(titles).isNotEmpty().allMatch(t -> t.startsWith("Công nhân")).anyMatch(t -> t.contains("may"));
		assertThat(titles(board("/vacancies?q=lai xe nang"))).contains("Lái xe nâng trong kho");
		assertThat(titles(board("/vacancies?q=Lái xe nâng"))).contains("Lái xe nâng trong kho");
		// The employer's name and the industrial zone are searchable too.
		assertThat(titles(board("/vacancies?q=kcn quang chau"))).contains("Công nhân vận hành máy CNC");
	}

	@Test
	void filtersNarrowTheList() throws Exception {
		assertThat(rows(board("/vacancies?housing=true"))).allMatch(row -> row.text().contains("Có ký túc xá")
				|| row.text().contains("Hỗ trợ tiền nhà"));
		assertThat(titles(board("/vacancies?skillLevel=UNIVERSITY"))).containsExactly("Kỹ sư thiết kế khuôn mẫu");
		assertThat(titles(board("/vacancies?wageMin=15000000"))).contains("Kỹ sư thiết kế khuôn mẫu",
				"Lái xe tải hạng C giao hàng liên tỉnh").doesNotContain("Công nhân may công nghiệp");
		assertThat(titles(board("/vacancies?occupation=7"))).contains("Công nhân may công nghiệp", "Thợ hàn, thợ tiện cơ khí")
			.doesNotContain("Lái xe nâng trong kho");
		Long bacNinh = this.jdbc.queryForObject("select id from admin_unit where level = 'PROVINCE' and name = 'Bắc Ninh' and valid_to is null", Long.class);
		assertThat(titles(board("/vacancies?province=" + bacNinh))).isNotEmpty();
		Long langSon = this.jdbc.queryForObject("select id from admin_unit where level = 'PROVINCE' and name = 'Lạng Sơn'", Long.class);
		assertThat(titles(board("/vacancies?province=" + langSon))).isEmpty();
	}

	@Test
	void sortingByWageShowsTheBestPaidFirst() throws Exception {
		List<Element> rows = rows(board("/vacancies?sort=wage"));
		List<Long> wages = rows.stream().map(r -> r.selectFirst(".portal-job-wage").text())
			.map(text -> Long.valueOf(text.substring(text.indexOf('–') + 1).replaceAll("[^0-9]", "")))
			.toList();
		assertThat(wages).isSortedAccordingTo(java.util.Comparator.reverseOrder());
	}

	@Test
	void twentyPerPageWithLinksThatKeepTheFilters() throws Exception {
		Long employer = this.jdbc.queryForObject("""
				select e.id from employer e join app_user u on u.organisation_id = e.organisation_id where u.username = 'employer'""",
				Long.class);
		Long province = this.jdbc.queryForObject("select province_id from employer where id = ?", Long.class, employer);
		for (int i = 0; i < 25; i++) {
			this.jdbc.update("""
					insert into vacancy (employer_id, title, occupation_code, skill_level_code, quantity, term, wage_min,
					  wage_max, housing, work_province_id, work_address, closing_date, status, published_at, search_text)
					values (?, ?, '93', 'UNSKILLED', 5, 'SHORT', 7000000, 7500000, 'NONE', ?, 'KCN Vân Trung',
					  current_date + 10, 'PUBLISHED', now(), ?)""", employer, "Phụ việc thời vụ số " + i, province,
					"Phụ việc thời vụ số " + i + " trang test");
		}
		Document first = board("/vacancies?q=phu viec thoi vu&sort=newest");
		assertThat(rows(first)).hasSize(20);
		String next = first.select("a.page-link").stream().filter(a -> a.text().contains("Sau")).findFirst().orElseThrow()
			.attr("href");
		assertThat(next).contains("q=phu").contains("sort=newest").contains("page=1");
		assertThat(rows(board(java.net.URI.create(next)))).hasSize(5);
		assertThat(first.text()).contains("Có 25 việc làm phù hợp");
	}

	@Test
	void theBoardRunsAFixedNumberOfQueriesWhateverItShows() throws Exception {
		// A full page (with the capped count) and a one-row page: the same handful of statements, never one per row.
		QueryCounter.reset();
		Document full = board("/vacancies?page=0&sort=wage");
		int fullPage = QueryCounter.count();
		QueryCounter.reset();
		Document one = board("/vacancies?q=lai xe nang trong kho");
		int onePage = QueryCounter.count();
		assertThat(rows(one)).hasSize(1);
		assertThat(rows(full).size()).isGreaterThan(10);
		assertThat(fullPage).isLessThanOrEqualTo(6);
		assertThat(onePage).isLessThanOrEqualTo(fullPage);
	}

	@Test
	void onlyPublishedVacanciesArePublic() throws Exception {
		Long draft = this.jdbc.queryForObject("select id from vacancy where status = 'DRAFT' limit 1", Long.class);
		Long submitted = this.jdbc.queryForObject("select id from vacancy where status = 'SUBMITTED' limit 1", Long.class);
		this.mvc.perform(get("/vacancies/" + draft)).andExpect(status().isNotFound());
		this.mvc.perform(get("/vacancies/" + submitted)).andExpect(status().isNotFound());
		this.mvc.perform(get("/vacancies/999999999")).andExpect(status().isNotFound());
		assertThat(titles(board("/vacancies"))).doesNotContain(
				this.jdbc.queryForObject("select title from vacancy where id = ?", String.class, draft));
	}

	@Test
	void aVacancyShowsWhatAWorkerNeedsAndPrintsOnOnePage() throws Exception {
		Long id = this.jdbc.queryForObject("select id from vacancy where title = 'Công nhân lắp ráp linh kiện điện tử'", Long.class);
		String text = Jsoup.parse(this.mvc.perform(get("/vacancies/" + id)).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString()).text();
		assertThat(text).contains("7.500.000 ₫ – 9.500.000 ₫/tháng", "Có ký túc xá", "Có xe đưa đón", "Có bữa ăn ca",
				"2 ca, xoay ca tuần", "Công ty TNHH Linh kiện Điện tử Vân Trung", "Đóng BHXH");
		String print = Jsoup.parse(this.mvc.perform(get("/vacancies/" + id + "/print")).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString()).text();
		assertThat(print).contains("Thông báo tuyển dụng", "Công nhân lắp ráp linh kiện điện tử", "0204 3661 234");
	}

	@Test
	void aWorkersInterestReachesTheJobCentreOfTheirHomeProvince() throws Exception {
		Long id = this.jdbc.queryForObject("select id from vacancy where title = 'Công nhân may công nghiệp'", Long.class);
		Long langSon = this.jdbc.queryForObject("select id from admin_unit where level = 'PROVINCE' and name = 'Lạng Sơn'", Long.class);
		this.mvc.perform(post("/vacancies/" + id + "/interest").param("fullName", "Hoàng Thị Mai")
				.param("phone", "0912 555 111").param("homeProvinceId", langSon.toString())
				.param("homeCommuneText", "Thôn Bản Cắm, xã Hòa Lạc").param("consent", "true").with(csrf()))
			.andExpect(status().isFound());
		var row = this.jdbc.queryForMap("""
				select i.phone, i.consent_notice, o.code from interest i join organisation o on o.id = i.job_centre_id
				where i.vacancy_id = ? and i.full_name = 'Hoàng Thị Mai'""", id);
		assertThat(row).containsEntry("phone", "0912555111").containsEntry("code", "ttdvvl-ls")
			.containsEntry("consent_notice", Vacancies.INTEREST_NOTICE);
	}

	@Test
	void theInterestFormRefusesMissingConsentBadPhonesAndTwiceTheSameAndKeepsWhatWasTyped() throws Exception {
		Long id = this.jdbc.queryForObject("select id from vacancy where title = 'Lái xe nâng trong kho'", Long.class);
		Long caoBang = this.jdbc.queryForObject("select id from admin_unit where level = 'PROVINCE' and name = 'Cao Bằng'", Long.class);
		Document page = Jsoup.parse(this.mvc.perform(post("/vacancies/" + id + "/interest").param("fullName", "Nông Văn Dũng")
				.param("phone", "12345").param("homeProvinceId", caoBang.toString()).with(csrf()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(page.getElementById("consent-error").text()).contains("cần đồng ý");
		assertThat(page.getElementById("fullName").val()).isEqualTo("Nông Văn Dũng");
		page = Jsoup.parse(this.mvc.perform(post("/vacancies/" + id + "/interest").param("fullName", "Nông Văn Dũng")
				.param("phone", "12345").param("homeProvinceId", caoBang.toString()).param("consent", "true").with(csrf()))
			.andReturn().getResponse().getContentAsString());
		assertThat(page.getElementById("phone-error").text()).contains("Số điện thoại không hợp lệ");
		for (int i = 0; i < 2; i++) {
			page = Jsoup.parse(this.mvc.perform(post("/vacancies/" + id + "/interest").param("fullName", "Nông Văn Dũng")
					.param("phone", "0987 000 222").param("homeProvinceId", caoBang.toString()).param("consent", "true")
					.with(csrf())).andReturn().getResponse().getContentAsString());
		}
		assertThat(page.getElementById("phone-error").text()).contains("đã đăng ký quan tâm");
		assertThat(this.jdbc.queryForObject("select count(*) from interest where phone = '0987000222'", Integer.class))
			.isEqualTo(1);
	}

	@Test
	void signedInUsersSeeTheSameBoard() throws Exception {
		this.mvc.perform(get("/vacancies").with(TestUsers.as(this.jdbc, "centre-ls"))).andExpect(status().isOk());
	}

	private Document board(java.net.URI uri) throws Exception {
		return Jsoup.parse(this.mvc.perform(get(uri)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString());
	}

	private Document board(String url) throws Exception {
		return Jsoup.parse(this.mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString());
	}

	private static List<Element> rows(Document board) {
		return board.select("li.portal-job");
	}

	private static List<String> titles(Document board) {
		return rows(board).stream().map(r -> r.selectFirst(".portal-job-title").text()).toList();
	}

}
