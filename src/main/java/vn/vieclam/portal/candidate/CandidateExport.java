package vn.vieclam.portal.candidate;

import java.io.IOException;
import java.io.OutputStream;
import java.sql.Types;
import java.time.LocalDate;
import java.util.Locale;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.context.MessageSource;
import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import vn.vieclam.portal.shared.Formats;
import vn.vieclam.portal.shared.SearchText;
import vn.vieclam.portal.shared.SpreadsheetText;

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
		Workbook workbook = new Workbook(out, "Cong tuyen dung lao dong", "1.0");
		Worksheet sheet = workbook.newWorksheet(text("candidate.list.title", locale));
		String[] headers = { "candidate.fullName", "candidate.birthDate", "candidate.gender", "candidate.nationalId",
				"candidate.phone", "candidate.homeProvince", "candidate.skillLevel", "candidate.status",
				"candidate.sharing.badge" };
		for (int c = 0; c < headers.length; c++) {
			sheet.value(0, c, text(headers[c], locale));
			sheet.style(0, c).bold().set();
		}
		String digits = q == null ? "" : q.replaceAll("[\\s.]", "");
		MapSqlParameterSource params = new MapSqlParameterSource("centre", centreId)
			.addValue("q", SearchText.pattern(q))
			.addValue("digits", digits.matches("\\d{9,12}") ? digits : "")
			.addValue("status", status == null ? "" : status.name())
			.addValue("province", provinceId, Types.BIGINT)
			.addValue("priority", priority == null ? "" : priority.name());
		boolean english = "en".equals(locale.getLanguage());
		int[] row = { 1 };
		this.jdbc.query("""
				select c.full_name, c.birth_date, c.gender, c.national_id, c.phone, p.name as province, s.name_vi,
				       s.name_en, c.status, c.consent_sharing_at is not null as sharing, c.erased_at is not null as erased
				""" + CandidateQueries.LIST_FROM + " order by c.created_at desc, c.id desc", params, rs -> {
			int r = row[0]++;
			boolean erased = rs.getBoolean("erased");
			sheet.value(r, 0, SpreadsheetText.neutralised(erased ? text("candidate.erasedName", locale) : rs.getString("full_name")));
			LocalDate birth = rs.getObject("birth_date", LocalDate.class);
			sheet.value(r, 1, birth == null ? null : Formats.DATE.format(birth));
			String gender = rs.getString("gender");
			sheet.value(r, 2, gender == null ? null : text("candidate.gender." + gender, locale));
			sheet.value(r, 3, rs.getString("national_id"));
			sheet.value(r, 4, rs.getString("phone"));
			sheet.value(r, 5, rs.getString("province"));
			sheet.value(r, 6, rs.getString(english ? "name_en" : "name_vi"));
			sheet.value(r, 7, text("candidate.status." + rs.getString("status"), locale));
			sheet.value(r, 8, rs.getBoolean("sharing") ? "✓" : "");
			if (r % 2000 == 0) {
				try {
					sheet.flush();
				}
				catch (IOException ex) {
					throw new java.io.UncheckedIOException(ex);
				}
			}
		});
		workbook.finish();
	}

	private String text(String key, Locale locale) {
		return this.messages.getMessage(key, null, key, locale);
	}

}
