package vn.vieclam.portal.matching;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import javax.sql.DataSource;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.vieclam.portal.shared.SheetWriter;

/**
 * The referral list (in its scope, with its filters) and a centre's yearly counts as .xlsx, through the one
 * sheet writer the candidate registry export uses: text cells neutralised, rows streamed from a cursor.
 */
@Component
class ReferralExport {

	private final NamedParameterJdbcTemplate jdbc;

	private final MessageSource messages;

	ReferralExport(DataSource dataSource, MessageSource messages) {
		// Its own template: PostgreSQL streams with a cursor only with a fetch size inside a transaction.
		JdbcTemplate streaming = new JdbcTemplate(dataSource);
		streaming.setFetchSize(1000);
		this.jdbc = new NamedParameterJdbcTemplate(streaming);
		this.messages = messages;
	}

	static String listFileName(LocalDate today) {
		return "gioi-thieu-viec-lam-" + today + ".xlsx";
	}

	static String countsFileName(int year) {
		return "so-lieu-gioi-thieu-" + year + ".xlsx";
	}

	@Transactional(readOnly = true)
	void writeList(ReferralQueries.Scope scope, ReferralStatus status, Long vacancyId, Locale locale, OutputStream out)
			throws IOException {
		SheetWriter sheet = SheetWriter.open(out, text("referral.list.title", locale));
		sheet.header(text("referral.candidate", locale), text("referral.vacancy", locale),
				text("referral.employer", locale), text("referral.centre", locale), text("referral.status", locale),
				text("referral.referredOn", locale), text("referral.interviewAt", locale),
				text("referral.startDate", locale));
		this.jdbc.query(ReferralQueries.LIST_SELECT + ReferralQueries.listWhere(scope) + ReferralQueries.LIST_ORDER,
				ReferralQueries.listParams(scope, status, vacancyId), rs -> {
					ReferralRow r = ReferralQueries.row(rs);
					sheet.row(r.candidateName() == null ? text("referral.candidate.notShared", locale) : r.candidateName(),
							r.vacancyTitle(), r.employerName(), r.centreName(), text("referral.status." + r.status(), locale),
							r.referredOn(), r.interviewAt(), r.startDate());
				});
		sheet.finish();
	}

	void writeCounts(List<CountRow> counts, int year, Locale locale, OutputStream out) throws IOException {
		SheetWriter sheet = SheetWriter.open(out, text("referral.counts.title", locale) + " " + year);
		sheet.header(text("referral.counts.province", locale), text("referral.counts.counselled", locale),
				text("referral.counts.introduced", locale), text("referral.counts.placed", locale));
		for (CountRow c : counts) {
			sheet.row(c.total() ? text("referral.counts.total", locale) : c.provinceName(), c.counselled(), c.introduced(),
					c.placed());
		}
		sheet.finish();
	}

	private String text(String key, Locale locale) {
		return this.messages.getMessage(key, null, key, locale);
	}

}
