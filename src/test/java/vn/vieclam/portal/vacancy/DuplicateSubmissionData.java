package vn.vieclam.portal.vacancy;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The vacancy form's fields for tests outside this package (VacancyTestData stays package-private). */
public final class DuplicateSubmissionData {

	private DuplicateSubmissionData() {
	}

	public static MockHttpServletRequestBuilder vacancy(MockHttpServletRequestBuilder request, JdbcTemplate jdbc,
			String title) {
		return VacancyTestData.form(request, jdbc, title);
	}

}
