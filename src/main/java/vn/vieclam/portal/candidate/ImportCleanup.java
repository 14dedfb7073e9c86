package vn.vieclam.portal.candidate;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.vieclam.portal.shared.Formats;
import vn.vieclam.portal.shared.audit.AuditAction;
import vn.vieclam.portal.shared.audit.AuditLog;

/**
 * Imports left open — uploaded or previewed, then neither committed nor discarded — for longer than
 * {@code portal.import.cleanup.after} (24 h) are discarded every night ({@code portal.import.cleanup.cron}; "-"
 * turns the job off), and their staged rows, personal data nobody chose to keep, are deleted. The batch stays in
 * the centre's list as discarded. Several instances may run the job: the first to insert the day's
 * {@code import_cleanup_run} row runs it, the others see the row and stop (as the plan module's reminders do).
 */
@Component
class ImportCleanup {

	private static final Logger log = LoggerFactory.getLogger(ImportCleanup.class);

	private final JdbcTemplate jdbc;

	private final AuditLog audit;

	private final Duration after;

	ImportCleanup(JdbcTemplate jdbc, AuditLog audit, @Value("${portal.import.cleanup.after:24h}") Duration after) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.after = after;
	}

	@Scheduled(cron = "${portal.import.cleanup.cron:0 30 2 * * *}", zone = "Asia/Ho_Chi_Minh")
	void nightly() {
		runOnce(LocalDate.now(Formats.VIETNAM), Instant.now());
	}

	/** Cleans up unless another instance (or an earlier run) already claimed the day; true when this one ran. */
	@Transactional
	boolean runOnce(LocalDate day, Instant now) {
		if (this.jdbc.update("insert into import_cleanup_run (run_on) values (?) on conflict do nothing",
				Date.valueOf(day)) == 0) {
			return false;
		}
		SecurityContextHolder.getContext()
			.setAuthentication(new UsernamePasswordAuthenticationToken("system:import-cleanup", null, List.of()));
		try {
			List<Long> batches = this.jdbc.queryForList("""
					update import_batch set status = 'DISCARDED'
					where status in ('UPLOADED', 'PREVIEWED') and created_at < ? returning id""", Long.class,
					Timestamp.from(now.minus(this.after)));
			int rows = 0;
			for (Long id : batches) {
				rows += this.jdbc.update("delete from import_row where batch_id = ?", id);
				this.audit.record(AuditAction.UPDATE, "ImportBatch", id, Map.of("status", ImportStatus.DISCARDED.name()),
						"abandoned for more than " + this.after.toHours() + " h");
			}
			this.jdbc.update("update import_cleanup_run set batches = ?, staged_rows = ? where run_on = ?", batches.size(), rows,
					Date.valueOf(day));
			if (!batches.isEmpty()) {
				log.info("Discarded {} abandoned imports ({} staged rows deleted)", batches.size(), rows);
			}
			return true;
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

}
