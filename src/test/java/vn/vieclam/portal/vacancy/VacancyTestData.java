package vn.vieclam.portal.vacancy;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.vieclam.portal.shared.Formats;

/** A complete, lawful hiring need as an employer would type it, for tests to vary one field at a time. */
final class VacancyTestData {

	private VacancyTestData() {
	}

	static Map<String, String> fields(JdbcTemplate jdbc, String title) {
		Long province = jdbc.queryForObject("""
				select e.province_id from employer e join app_user u on u.organisation_id = e.organisation_id
				where u.username = 'employer'""", Long.class);
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("title", title);
		fields.put("occupationCode", "82");
		fields.put("skillLevelCode", "UNSKILLED");
		fields.put("quantity", "25");
		fields.put("term", "LONG");
		fields.put("wageMin", "7800000");
		fields.put("wageMax", "9200000");
		fields.put("benefits", "Đóng BHXH đầy đủ");
		fields.put("housing", "DORMITORY");
		fields.put("housingAmount", "0");
		fields.put("meals", "true");
		fields.put("shuttleBus", "true");
		fields.put("workingHours", "8 giờ/ngày");
		fields.put("shifts", "2 ca");
		fields.put("gender", "ANY");
		fields.put("workProvinceId", province.toString());
		fields.put("workAddress", "Lô C2, KCN Vân Trung");
		fields.put("closingDate", Formats.DATE.format(LocalDate.now(Formats.VIETNAM).plusDays(20)));
		fields.put("version", "0");
		return fields;
	}

	/** The form with the given fields changed (each name once, as a browser sends it). */
	static MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder request, JdbcTemplate jdbc, String title,
			String... overrides) {
		Map<String, String> fields = fields(jdbc, title);
		for (int i = 0; i < overrides.length; i += 2) {
			fields.put(overrides[i], overrides[i + 1]);
		}
		fields.forEach(request::param);
		return request;
	}

}
