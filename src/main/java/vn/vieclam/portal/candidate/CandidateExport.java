package vn.vieclam.portal.candidate;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.Locale;

import org.springframework.context.MessageSource;
import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import vn.vieclam.portal.shared.SheetWriter;

/**
 * The registry as .xlsx with the list's filters applied, streamed row by row from PostgreSQL (a cursor, not a
 * list in memory), so a centre's whole registry downloads without filling the heap.
 */
@Component
class CandidateExport {

	private final NamedParameterJdbcTemplate jdbc;

	private final MessageSource messages;

	CandidateExport(DataSource dataSource, MessageSource messages) {
		// Its own template: PostgreSQL streams with a cursor only with a fetch size inside a transaction.
		JdbcTemplate streaming = new JdbcTemplate(dataSource);
		streaming.setFetchSize(1000);
		this.jdbc = new NamedParameterJdbcTemplate(streaming);
		this.messages = messages;
	}

	@Transactional(readOnly = true)
	public void write(Long centreId, String q, CandidateStatus status, Long provinceId, PriorityGroup priority, Locale locale,
			OutputStream out) throws IOException {
		SheetWriter sheet = SheetWriter.open(out, text("candidate.list.title", locale));
		String[] headers = { "candidate.fullName", "candidate.birthDate", "candidate.gender", "candidate.nationalId",
				"candidate.phone", "candidate.homeProvince", "candidate.skillLevel", "candidate.status",
				"candidate.sharing.badge" };
		String[] titles = new String[headers.length];
		for (int c = 0; c < headers.length; c++) {
			titles[c] = text(headers[c], locale);
		}
		sheet.header(titles);
		CandidateFilter filter = CandidateFilter.of(centreId, q, status, provinceId, priority);
		boolean english = "en".equals(locale.getLanguage());
		String sql = """
				select c.full_name, c.birth_date, c.gender, c.national_id, c.phone, p.name as province, s.name_vi,
				       s.name_en, c.status, c.consent_sharing_at is not null as sharing, c.erased_at is not null as erased
				""" + CandidateQueries.LIST_FROM + filter.where() + " order by c.created_at desc, c.id desc";
		this.jdbc.query(sql, filter.params(), rs -> {
			String gender = rs.getString("gender");
			sheet.row(rs.getBoolean("erased") ? text("candidate.erasedName", locale) : rs.getString("full_name"),
					rs.getObject("birth_date", LocalDate.class),
					gender == null ? null : text("candidate.gender." + gender, locale), rs.getString("national_id"),
					rs.getString("phone"), rs.getString("province"), rs.getString(english ? "name_en" : "name_vi"),
					text("candidate.status." + rs.getString("status"), locale), rs.getBoolean("sharing") ? "✓" : "");
		});
		sheet.finish();
	}

	private String text(String key, Locale locale) {
		return this.messages.getMessage(key, null, key, locale);
	}

}
