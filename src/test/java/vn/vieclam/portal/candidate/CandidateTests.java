package vn.vieclam.portal.candidate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.vieclam.portal.PortalTest;
import vn.vieclam.portal.QueryCounter;
import vn.vieclam.portal.account.Accounts;
import vn.vieclam.portal.account.PortalUser;
import vn.vieclam.portal.account.TestUsers;
import vn.vieclam.portal.shared.NotFoundException;

/** The registry as centre staff use it: their own candidates only, consent, duplicates, erasure. */
@PortalTest
class CandidateTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Candidates candidates;

	@Autowired
	Accounts accounts;

	@Test
	void staffRegisterACandidateWhoThenAppearsInTheirSearchWithoutDiacritics() throws Exception {
		String location = this.mvc.perform(form("Vi Thị Phương Thảo", "020196000111", "0915000111", "11/03/1996", "FEMALE")
				.with(TestUsers.as(this.jdbc, "centre-ls")))
			.andExpect(status().isFound()).andReturn().getResponse().getRedirectedUrl();
		Long id = Long.valueOf(location.substring(location.lastIndexOf('/') + 1));
		var row = this.jdbc.queryForMap("select c.source, o.code, c.consent_notice, c.consent_sharing_at is not null as sharing "
				+ "from candidate c join organisation o on o.id = c.centre_id where c.id = ?", id);
		assertThat(row).containsEntry("source", "CENTRE").containsEntry("code", "ttdvvl-ls")
			.containsEntry("consent_notice", Consent.CURRENT_NOTICE).containsEntry("sharing", true);
		String list = this.mvc.perform(get("/candidates").param("q", "vi thi phuong thao")
				.with(TestUsers.as(this.jdbc, "centre-ls"))).andReturn().getResponse().getContentAsString();
		assertThat(Jsoup.parse(list).select("td a").eachText()).containsExactly("Vi Thị Phương Thảo");
		String byPhone = this.mvc.perform(get("/candidates").param("q", "0915 000 111")
				.with(TestUsers.as(this.jdbc, "centre-ls"))).andReturn().getResponse().getContentAsString();
		assertThat(Jsoup.parse(byPhone).select("td a").eachText()).containsExactly("Vi Thị Phương Thảo");
	}

	@Test
	void withoutConsentNothingIsStored() throws Exception {
		Document page = Jsoup.parse(this.mvc.perform(form("Nông Văn Tài", "004095000222", "0915000222", "02/02/1995", "MALE", false)
				.with(TestUsers.as(this.jdbc, "centre-ls")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(page.getElementById("consentProcessing-error").text()).contains("Cần có sự đồng ý");
		assertThat(page.getElementById("fullName").val()).isEqualTo("Nông Văn Tài");
		assertThat(this.jdbc.queryForObject("select count(*) from candidate where phone = '0915000222'", Integer.class)).isZero();
	}

	@Test
	void aNationalIdThatDisagreesWithTheBirthYearIsRefusedBesideTheField() throws Exception {
		Document page = Jsoup.parse(this.mvc.perform(form("Lò Văn Minh", "014195000333", "0915000333", "02/02/1997", "MALE")
				.with(TestUsers.as(this.jdbc, "centre-ls"))).andReturn().getResponse().getContentAsString());
		assertThat(page.getElementById("nationalId-error").text()).contains("Năm sinh trong CCCD không khớp");
	}

	@Test
	void eachCentreSeesOnlyItsOwnCandidates() throws Exception {
		Long theirs = register("centre-ls", "Hoàng Thị Bích", "020199000444", "0915000444", LocalDate.of(1999, 4, 4)).id();
		for (String url : new String[] { "/candidates/" + theirs, "/candidates/" + theirs + "/edit" }) {
			this.mvc.perform(get(url).with(TestUsers.as(this.jdbc, "centre-bg"))).andExpect(status().isNotFound());
		}
		for (String action : new String[] { "/edit", "/sharing", "/sharing/withdraw", "/erase", "/counselling" }) {
			this.mvc.perform(post("/candidates/" + theirs + action).param("confirm", "XOA").param("fullName", "X")
					.with(TestUsers.as(this.jdbc, "centre-bg")).with(csrf()))
				.andExpect(status().isNotFound());
		}
		String list = this.mvc.perform(get("/candidates").param("q", "hoang thi bich").with(TestUsers.as(this.jdbc, "centre-bg")))
			.andReturn().getResponse().getContentAsString();
		assertThat(list).doesNotContain("Hoàng Thị Bích");
		assertThat(this.jdbc.queryForObject("select full_name from candidate where id = ?", String.class, theirs))
			.isEqualTo("Hoàng Thị Bích");
		for (String user : new String[] { "employer", "official", "admin" }) {
			this.mvc.perform(get("/candidates").with(TestUsers.as(this.jdbc, user))).andExpect(status().isForbidden());
			this.mvc.perform(get("/candidates/" + theirs).with(TestUsers.as(this.jdbc, user))).andExpect(status().isForbidden());
		}
	}

	@Test
	void theSamePersonInAnotherCentreIsFlaggedWithoutRevealingTheirData() throws Exception {
		register("centre-ls", "Triệu Văn Khoa", "020190000555", "0915000555", LocalDate.of(1990, 6, 6));
		Candidates.Registration second = register("centre-bg", "Triệu Văn Khoa", "020190000555", "0988000555",
				LocalDate.of(1990, 6, 6));
		assertThat(second.duplicates()).extracting(DuplicateWarning::reason).contains(DuplicateReason.NATIONAL_ID);
		assertThat(second.duplicates()).allMatch(w -> w.otherCentreName().contains("Lạng Sơn"));
		Document bg = Jsoup.parse(this.mvc.perform(get("/candidates/duplicates").with(TestUsers.as(this.jdbc, "centre-bg")))
			.andReturn().getResponse().getContentAsString());
		assertThat(bg.text()).contains("Một hồ sơ tại Trung tâm Dịch vụ việc làm tỉnh Lạng Sơn", "Cùng số CCCD")
			.doesNotContain("0915000555");
		// Both records remain; a person decides.
		assertThat(this.jdbc.queryForObject("select count(*) from candidate where national_id = '020190000555'", Integer.class))
			.isEqualTo(2);
		Long flag = this.jdbc.queryForObject("select id from candidate_duplicate where candidate_id = ?", Long.class, second.id());
		this.mvc.perform(post("/candidates/duplicates/" + flag + "/keep-apart").with(TestUsers.as(this.jdbc, "centre-hb")).with(csrf()))
			.andExpect(status().isNotFound());
		this.mvc.perform(post("/candidates/duplicates/" + flag + "/link").with(TestUsers.as(this.jdbc, "centre-ls")).with(csrf()))
			.andExpect(flash().attribute("flashSuccess", "duplicate.linked"));
		assertThat(this.jdbc.queryForObject("select status from candidate_duplicate where id = ?", String.class, flag))
			.isEqualTo("LINKED");
	}

	@Test
	void sameFoldedNameAndBirthDateIsFlaggedToo() {
		register("centre-ls", "Lương Văn Đạt", null, "0915000666", LocalDate.of(1993, 3, 3));
		Candidates.Registration other = register("centre-bg", "LUONG VAN DAT", null, "0988000666", LocalDate.of(1993, 3, 3));
		assertThat(other.duplicates()).extracting(DuplicateWarning::reason).containsExactly(DuplicateReason.NAME_BIRTH_DATE);
	}

	@Test
	void erasureKeepsOnlyWhatStatisticsNeed() throws Exception {
		Long id = register("centre-ls", "Chu Thị Ngọc", "020197000777", "0915000777", LocalDate.of(1997, 7, 7)).id();
		this.mvc.perform(post("/candidates/" + id + "/erase").param("confirm", "").with(TestUsers.as(this.jdbc, "centre-ls")).with(csrf()))
			.andExpect(flash().attribute("flashError", "candidate.erase.confirm"));
		this.mvc.perform(post("/candidates/" + id + "/erase").param("confirm", "XOA").with(TestUsers.as(this.jdbc, "centre-ls")).with(csrf()))
			.andExpect(flash().attribute("flashSuccess", "candidate.erased.done"));
		var row = this.jdbc.queryForMap("select full_name, national_id, phone, birth_date, home_province_id, skill_level_code, "
				+ "erased_at from candidate where id = ?", id);
		assertThat(row.get("national_id")).isNull();
		assertThat(row.get("phone")).isNull();
		assertThat(row.get("birth_date")).isNull();
		assertThat(row.get("full_name")).isEqualTo("—");
		assertThat(row.get("home_province_id")).isNotNull();
		assertThat(row.get("erased_at")).isNotNull();
		assertThat(this.mvc.perform(get("/candidates/" + id).with(TestUsers.as(this.jdbc, "centre-ls"))).andReturn()
			.getResponse().getContentAsString()).contains("đã được xoá theo yêu cầu").doesNotContain("Chu Thị Ngọc");
	}

	@Test
	void withdrawingSharingHidesTheProfileFromEmployersAndViewsAreAudited() {
		Long id = register("centre-ls", "Mông Văn Hùng", "020192000888", "0915000888", LocalDate.of(1992, 8, 8)).id();
		PortalUser employer = this.accounts.principal("employer");
		assertThat(this.candidates.sharedProfile(id, employer, "test").fullName()).isEqualTo("Mông Văn Hùng");
		assertThat(this.jdbc.queryForObject("select count(*) from audit_event where entity_type = 'Candidate' "
				+ "and entity_id = ? and action = 'VIEW'", Integer.class, id.toString())).isEqualTo(1);
		this.candidates.withdrawSharing(this.accounts.principal("centre-ls"), id);
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> this.candidates.sharedProfile(id, employer, "test"))
			.isInstanceOf(NotFoundException.class);
		assertThat(this.candidates.viewsByOthers(this.accounts.principal("centre-ls"), id)).hasSize(1);
	}

	@Test
	void theRegistryPageRunsAFixedNumberOfQueries() throws Exception {
		QueryCounter.reset();
		this.mvc.perform(get("/candidates").with(TestUsers.as(this.jdbc, "centre-ls"))).andExpect(status().isOk());
		int page = QueryCounter.count();
		QueryCounter.reset();
		this.mvc.perform(get("/candidates").param("q", "khong co ai ten nay").with(TestUsers.as(this.jdbc, "centre-ls")))
			.andExpect(status().isOk());
		assertThat(page).isLessThanOrEqualTo(QueryCounter.count() + 1).isLessThanOrEqualTo(6);
	}

	@Test
	void aSearchThatFitsOnItsPageIsCountedFromItsRowsAlone() throws Exception {
		register("centre-ls", "Ma Thị Quyên Nhung", "020195000777", "0915000777", LocalDate.of(1995, 7, 7));
		QueryCounter.reset();
		String page = this.mvc.perform(get("/candidates").param("q", "ma thi quyen nhung")
				.with(TestUsers.as(this.jdbc, "centre-ls")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

		assertThat(page).contains("Tìm thấy 1 kết quả").contains("Ma Thị Quyên Nhung");
		assertThat(QueryCounter.countContaining("select count(*) from (select 1 from candidate")).isZero();
	}

	@Test
	void anInterestBecomesACandidateWithItsConsentAndLeavesTheInbox() throws Exception {
		Long vacancy = this.jdbc.queryForObject("select min(id) from vacancy where status = 'PUBLISHED'", Long.class);
		Long langSon = this.jdbc.queryForObject("select id from admin_unit where level = 'PROVINCE' and name = 'Lạng Sơn'", Long.class);
		this.mvc.perform(post("/vacancies/" + vacancy + "/interest").param("fullName", "Lộc Thị Hà")
				.param("phone", "0915 000 999").param("homeProvinceId", langSon.toString()).param("consent", "true"));
		Long interest = this.jdbc.queryForObject("select id from interest where phone = '0915000999'", Long.class);
		this.mvc.perform(get("/candidates/inbox/" + interest).with(TestUsers.as(this.jdbc, "centre-bg")))
			.andExpect(status().isNotFound());
		String inbox = this.mvc.perform(get("/candidates/inbox").with(TestUsers.as(this.jdbc, "centre-ls")))
			.andReturn().getResponse().getContentAsString();
		assertThat(inbox).contains("Lộc Thị Hà");
		this.mvc.perform(post("/candidates/inbox/" + interest).param("fullName", "Lộc Thị Hà").param("phone", "0915000999")
				.param("homeProvinceId", langSon.toString()).param("skillLevelCode", "UNSKILLED").param("consentSharing", "true")
				.param("version", "0").with(TestUsers.as(this.jdbc, "centre-ls")).with(csrf()))
			.andExpect(status().isFound());
		var row = this.jdbc.queryForMap("select source, consent_processing_at is not null as consented from candidate "
				+ "where phone = '0915000999'");
		assertThat(row).containsEntry("source", "INTEREST").containsEntry("consented", true);
		assertThat(this.jdbc.queryForObject("select status from interest where id = ?", String.class, interest))
			.isEqualTo("HANDLED");
	}

	@Test
	void theRegistryExportsWithItsFiltersAndNeverRunsWhatSomeoneTyped() throws Exception {
		register("centre-ls", "=HYPERLINK(\"http://x\")", "020188000999", "0915001999", LocalDate.of(1988, 1, 1));
		register("centre-ls", "Lành Văn Xuất", "020187000998", "0915001998", LocalDate.of(1987, 1, 1));
		var response = this.mvc.perform(get("/candidates/export.xlsx").param("q", "0915001999")
				.with(TestUsers.as(this.jdbc, "centre-ls"))).andExpect(status().isOk()).andReturn().getResponse();
		assertThat(response.getHeader("Content-Disposition")).startsWith("attachment; filename=\"nguoi-tim-viec-");
		try (var workbook = new org.dhatim.fastexcel.reader.ReadableWorkbook(
				new java.io.ByteArrayInputStream(response.getContentAsByteArray()))) {
			List<org.dhatim.fastexcel.reader.Row> rows = workbook.getFirstSheet().read();
			assertThat(rows).hasSize(2);
			assertThat(rows.get(0).getCellText(0)).isEqualTo("Họ và tên");
			assertThat(rows.get(1).getCellText(0)).isEqualTo("'=HYPERLINK(\"http://x\")");
			assertThat(rows.get(1).getCellText(4)).isEqualTo("0915001999");
		}
		var other = this.mvc.perform(get("/candidates/export.xlsx").param("q", "lanh van xuat")
				.with(TestUsers.as(this.jdbc, "centre-bg"))).andReturn().getResponse();
		try (var workbook = new org.dhatim.fastexcel.reader.ReadableWorkbook(
				new java.io.ByteArrayInputStream(other.getContentAsByteArray()))) {
			assertThat(workbook.getFirstSheet().read()).hasSize(1); // the header only: not another centre's people
		}
		assertThat(this.jdbc.queryForObject("select count(*) from audit_event where action = 'EXPORT' and entity_type = 'Candidate'",
				Integer.class)).isGreaterThanOrEqualTo(2);
	}

	@Test
	void eachFilterOfTheListNarrowsItToTheCentresMatchingCandidates() {
		Long one = register("centre-ls", "Vàng Seo Khoáy", "020190000777", "0915000777", LocalDate.of(1990, 5, 5)).id();
		Long other = register("centre-ls", "Vàng Thị Khoáy", "020191000778", "0915000778", LocalDate.of(1991, 6, 6)).id();
		this.jdbc.update("update candidate set status = 'REFERRED', priority_groups = 'POOR_HOUSEHOLD' where id = ?", other);
		this.jdbc.update("update candidate set priority_groups = 'ETHNIC_MINORITY,NEAR_POOR_HOUSEHOLD' where id = ?", one);
		Long langSon = this.jdbc.queryForObject("select id from admin_unit where level = 'PROVINCE' and name = 'Lạng Sơn'",
				Long.class);
		PortalUser staff = this.accounts.principal("centre-ls");
		String centre = "c.centre_id = (select organisation_id from app_user where username = 'centre-ls')";
		assertThat(listed(this.candidates.search(staff, null, null, null, null, PageRequest.of(0, 20))))
			.isEqualTo(expected(centre));
		assertThat(listed(this.candidates.search(staff, "vang seo khoay", null, null, null, PageRequest.of(0, 20))))
			.isEqualTo(expected(centre + " and c.name_fold like '%vang%seo%khoay%'"))
			.containsExactly(one, 1L);
		assertThat(listed(this.candidates.search(staff, "khoay", CandidateStatus.REFERRED, null, null, PageRequest.of(0, 20))))
			.containsExactly(other, 1L);
		assertThat(listed(this.candidates.search(staff, null, CandidateStatus.SEEKING, langSon, null, PageRequest.of(0, 20))))
			.isEqualTo(expected(centre + " and c.status = 'SEEKING' and c.home_province_id = " + langSon))
			.doesNotContain(other);
		assertThat(listed(this.candidates.search(staff, null, null, null, PriorityGroup.POOR_HOUSEHOLD, PageRequest.of(0, 20))))
			.isEqualTo(expected(centre + " and 'POOR_HOUSEHOLD' = any(string_to_array(c.priority_groups, ','))"))
			.contains(other).doesNotContain(one);
		assertThat(listed(this.candidates.search(this.accounts.principal("centre-bg"), "vang thi khoay", null, null, null,
				PageRequest.of(0, 20)))).containsExactly(0L);
	}

	/** The page's ids, then its total. */
	private static List<Long> listed(org.springframework.data.domain.Page<CandidateRow> page) {
		List<Long> ids = new java.util.ArrayList<>(page.map(CandidateRow::id).getContent());
		ids.add(page.getTotalElements());
		return ids;
	}

	/** The first 20 ids in the list's order, then how many there are, straight from the table. */
	private List<Long> expected(String condition) {
		List<Long> ids = new java.util.ArrayList<>(this.jdbc.queryForList(
				"select c.id from candidate c where " + condition + " order by c.created_at desc, c.id desc limit 20",
				Long.class));
		ids.add(this.jdbc.queryForObject("select count(*) from candidate c where " + condition, Long.class));
		return ids;
	}

	private Candidates.Registration register(String centre, String name, String nationalId, String phone, LocalDate birth) {
		Long province = this.jdbc.queryForObject("select id from admin_unit where level = 'PROVINCE' and name = 'Lạng Sơn'", Long.class);
		return this.candidates.register(this.accounts.principal(centre), new CandidateDetails(name, birth, null, nationalId,
				phone, province, null, null, Education.LOWER_SECONDARY, "UNSKILLED", 7_000_000L, true, null, true,
				Set.of(PriorityGroup.ETHNIC_MINORITY), null, List.of(new CandidateOccupation("82", 1))),
				new Consent(true, true, Consent.CURRENT_NOTICE), "CENTRE");
	}

	private MockHttpServletRequestBuilder form(String name, String nationalId, String phone, String birth, String gender) {
		return form(name, nationalId, phone, birth, gender, true);
	}

	private MockHttpServletRequestBuilder form(String name, String nationalId, String phone, String birth, String gender,
			boolean consent) {
		Long province = this.jdbc.queryForObject("select id from admin_unit where level = 'PROVINCE' and name = 'Lạng Sơn'", Long.class);
		return post("/candidates/new").param("fullName", name).param("nationalId", nationalId).param("phone", phone)
			.param("birthDate", birth).param("gender", gender).param("homeProvinceId", province.toString())
			.param("skillLevelCode", "UNSKILLED").param("occupation1", "82").param("years1", "2")
			.param("priorityGroups", "ETHNIC_MINORITY").param("willingToRelocate", "true")
			.param("consentProcessing", String.valueOf(consent)).param("consentSharing", "true").param("version", "0")
			.with(csrf());
	}

}
