package vn.vieclam.portal.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import vn.vieclam.portal.PortalTest;
import vn.vieclam.portal.account.TestUsers;

@PortalTest
class ReferenceDataTests {

	@Autowired
	ReferenceData reference;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void sixtyThreeProvincesBeforeTheReorganisationAndThirtyFourAfter() {
		assertThat(this.reference.provinces(LocalDate.of(2024, 6, 1))).hasSize(63);
		assertThat(this.reference.provinces(LocalDate.of(2025, 7, 1))).hasSize(34);
		assertThat(this.reference.provinces(LocalDate.of(2025, 6, 30))).extracting(UnitRef::name).contains("Bắc Giang");
		assertThat(this.reference.provinces(LocalDate.of(2025, 7, 1))).extracting(UnitRef::name)
			.doesNotContain("Bắc Giang", "Hòa Bình").contains("Bắc Ninh", "Lạng Sơn", "Cao Bằng", "Sơn La", "Phú Thọ");
	}

	@Test
	void recordsFrom2024ResolveToTodaysUnitThroughTheSuccessorLink() {
		Long bacGiang = provinceId("Bắc Giang", "2024-01-01");
		Long hoaBinh = provinceId("Hòa Bình", "2024-01-01");
		assertThat(this.reference.currentUnit(bacGiang).name()).isEqualTo("Bắc Ninh");
		assertThat(this.reference.currentUnit(hoaBinh).name()).isEqualTo("Phú Thọ");
		Long langSon = provinceId("Lạng Sơn", "2024-01-01");
		assertThat(this.reference.currentUnit(langSon).id()).isEqualTo(langSon);
	}

	@Test
	void searchIgnoresDiacriticsAndCase() {
		assertThat(this.reference.searchUnits("lang son", UnitLevel.PROVINCE, null, null, PageRequest.of(0, 10)))
			.extracting(UnitRef::name).contains("Lạng Sơn");
		assertThat(this.reference.searchOrganisations("TRUNG TAM DICH VU VIEC LAM", OrganisationKind.JOB_CENTRE, null,
				PageRequest.of(0, 20)).getTotalElements()).isEqualTo(5);
	}

	@Test
	void theSeedsOrganisationsAreThere() {
		for (String code : new String[] { "ubnd-bg", "vp-ubnd-bg", "sldtbxh-bg", "bqlkcn-bg", "ttdvvl-bg", "ttdvvl-ls",
				"ttdvvl-cb", "ttdvvl-hb", "ttdvvl-sl", "sgtvt-ls", "ldld-hb" }) {
			assertThat(this.reference.organisationByCode(code)).as(code).isPresent();
		}
		// The labour department's work moved to the home-affairs department in 2025.
		OrganisationRef labour = this.reference.organisationByCode("sldtbxh-bg").orElseThrow();
		assertThat(labour.validTo()).isEqualTo(LocalDate.of(2025, 2, 28));
		assertThat(this.reference.industrialZones()).extracting(IndustrialZoneRef::name)
			.anyMatch(name -> name.contains("Đình Trám"));
		assertThat(this.reference.skillLevels()).extracting(CodeName::code)
			.containsExactly("UNSKILLED", "ELEMENTARY", "INTERMEDIATE", "COLLEGE", "UNIVERSITY", "POSTGRADUATE");
		assertThat(this.reference.sectors()).hasSize(21);
	}

	@Test
	void theAdministratorCreatesAndEditsAnOrganisation() throws Exception {
		String location = this.mvc.perform(post("/admin/organisations/new").with(TestUsers.as(this.jdbc, "admin")).with(csrf())
				.param("code", "truong-cd-nghe-ls").param("name", "Trường Cao đẳng nghề Lạng Sơn").param("shortName", "")
				.param("kind", "SCHOOL").param("provinceId", provinceId("Lạng Sơn", "2024-01-01").toString())
				.param("active", "true").param("version", "0"))
			.andExpect(status().isFound())
			.andReturn().getResponse().getRedirectedUrl();
		String id = location.substring(location.lastIndexOf('/') + 1);
		this.mvc.perform(post("/admin/organisations/" + id).with(TestUsers.as(this.jdbc, "admin")).with(csrf())
				.param("code", "truong-cd-nghe-ls").param("name", "Trường Cao đẳng Nghề Lạng Sơn").param("shortName", "CĐN LS")
				.param("kind", "SCHOOL").param("validFrom", "01/01/2010").param("validTo", "01/01/2009")
				.param("active", "true").param("version", "0"))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(org.hamcrest.Matchers.containsString("Ngày kết thúc phải sau ngày bắt đầu.")));
		this.mvc.perform(get("/admin/organisations").param("q", "cao dang nghe lang son").with(TestUsers.as(this.jdbc, "admin")))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(org.hamcrest.Matchers.containsString("Trường Cao đẳng nghề Lạng Sơn")));
		this.mvc.perform(post("/admin/organisations/new").with(TestUsers.as(this.jdbc, "admin")).with(csrf())
				.param("code", "truong-cd-nghe-ls").param("name", "Trùng mã").param("kind", "SCHOOL")
				.param("active", "true").param("version", "0"))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(org.hamcrest.Matchers.containsString("Mã này đã được dùng cho một cơ quan khác.")));
	}

	@Test
	void theAdministratorEditsAUnitAndBadDatesAreRefused() throws Exception {
		Long unit = this.jdbc.queryForObject("select id from admin_unit where level = 'COMMUNE' order by id limit 1", Long.class);
		long version = this.jdbc.queryForObject("select version from admin_unit where id = ?", Long.class, unit);
		String name = this.jdbc.queryForObject("select name from admin_unit where id = ?", String.class, unit);
		this.mvc.perform(post("/admin/units/" + unit).with(TestUsers.as(this.jdbc, "admin")).with(csrf())
				.param("name", name).param("validFrom", "31/12/2025").param("validTo", "01/01/2025")
				.param("version", String.valueOf(version)))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(org.hamcrest.Matchers.containsString("Ngày hết hiệu lực phải sau ngày bắt đầu hiệu lực.")));
		this.mvc.perform(post("/admin/units/" + unit).with(TestUsers.as(this.jdbc, "admin")).with(csrf())
				.param("name", name).param("validFrom", "ngay-sai").param("version", String.valueOf(version)))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(org.hamcrest.Matchers.containsString("Ngày không hợp lệ")));
	}

	@Test
	void otherRolesCannotEditReferenceData() throws Exception {
		for (String user : new String[] { "official", "centre-bg", "employer" }) {
			this.mvc.perform(get("/admin/organisations").with(TestUsers.as(this.jdbc, user))).andExpect(status().isForbidden());
			this.mvc.perform(post("/admin/organisations/new").with(TestUsers.as(this.jdbc, user)).with(csrf())
					.param("code", "khong-duoc").param("name", "Không được").param("kind", "OTHER"))
				.andExpect(status().isForbidden());
		}
		assertThat(this.reference.organisationByCode("khong-duoc")).isEmpty();
	}

	private Long provinceId(String name, String on) {
		return this.jdbc.queryForObject("""
				select id from admin_unit where level = 'PROVINCE' and name = ?
				  and (valid_from is null or valid_from <= cast(? as date)) and (valid_to is null or valid_to >= cast(? as date))""",
				Long.class, name, on, on);
	}

}
