package vn.vieclam.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.vieclam.portal.account.TestUsers;
import vn.vieclam.portal.vacancy.DuplicateSubmissionData;

/**
 * Fields a hand-made request adds to a form — another organisation's id, a role, a status, an owner — are ignored:
 * the record belongs to the signed-in user's organisation and starts as any new record does.
 */
@PortalTest
class ExtraFieldsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aNewCandidateBelongsToTheOfficersCentreWhateverTheFormClaims() throws Exception {
		Long own = organisation("centre-ls");
		Long other = organisation("centre-bg");
		Long province = this.jdbc.queryForObject(
				"select id from admin_unit where level = 'PROVINCE' and name = 'Lạng Sơn'", Long.class);
		MockHttpServletRequestBuilder request = post("/candidates/new").param("fullName", "Lộc Thị Thêm Trường")
			.param("nationalId", "020196000931").param("phone", "0915000931").param("birthDate", "11/03/1996")
			.param("gender", "FEMALE").param("homeProvinceId", province.toString()).param("skillLevelCode", "UNSKILLED")
			.param("occupation1", "82").param("years1", "2").param("willingToRelocate", "true")
			.param("consentProcessing", "true").param("consentSharing", "true").param("version", "0");
		extras(request, other);
		this.mvc.perform(request.param("source", "IMPORT").with(TestUsers.as(this.jdbc, "centre-ls")).with(csrf()))
			.andExpect(status().is3xxRedirection());
		Map<String, Object> row = this.jdbc.queryForMap(
				"select centre_id, source from candidate where phone = '0915000931' order by id desc limit 1");
		assertThat(row.get("centre_id")).isEqualTo(own);
		assertThat(row.get("source")).isEqualTo("CENTRE");
	}

	@Test
	void aNewVacancyBelongsToTheSignedInEmployerAndStartsAsADraft() throws Exception {
		Long own = employer("employer");
		Long other = employer("employer2");
		String title = "Công nhân thêm trường " + System.nanoTime();
		MockHttpServletRequestBuilder request = DuplicateSubmissionData.vacancy(post("/employer/vacancies/new"),
				this.jdbc, title);
		extras(request, other);
		this.mvc.perform(request.param("employerId", other.toString()).param("status", "PUBLISHED")
			.with(TestUsers.as(this.jdbc, "employer")).with(csrf())).andExpect(status().is3xxRedirection());
		Map<String, Object> row = this.jdbc.queryForMap("select employer_id, status from vacancy where title = ?", title);
		assertThat(row.get("employer_id")).isEqualTo(own);
		assertThat(row.get("status")).isEqualTo("DRAFT");
	}

	@Test
	void anAccountCannotChangeItsOwnRoleOrOrganisationThroughAnyForm() throws Exception {
		Map<String, Object> before = this.jdbc.queryForMap(
				"select role, organisation_id from app_user where username = 'employer2'");
		MockHttpServletRequestBuilder request = post("/account/password").param("currentPassword", "wrong-one")
			.param("newPassword", "x").param("confirmPassword", "x");
		extras(request, organisation("centre-bg"));
		this.mvc.perform(request.with(TestUsers.as(this.jdbc, "employer2")).with(csrf()));
		assertThat(this.jdbc.queryForMap("select role, organisation_id from app_user where username = 'employer2'"))
			.isEqualTo(before);
	}

	/** What a tampering client would add: ids of another organisation, a role, an owner, a version. */
	private static void extras(MockHttpServletRequestBuilder request, Long otherOrganisation) {
		for (String field : new String[] { "organisationId", "organisation", "centreId", "centre", "employerId",
				"ownerId", "createdBy", "id" }) {
			request.param(field, otherOrganisation.toString());
		}
		request.param("role", "ADMIN").param("createdAt", "01/01/2020");
	}

	private Long organisation(String username) {
		return this.jdbc.queryForObject("select organisation_id from app_user where username = ?", Long.class, username);
	}

	private Long employer(String username) {
		return this.jdbc.queryForObject("""
				select e.id from employer e join app_user u on u.organisation_id = e.organisation_id
				where u.username = ?""", Long.class, username);
	}

}
