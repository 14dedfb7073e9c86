package vn.vieclam.portal.plan;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

import vn.vieclam.portal.account.Accounts;
import vn.vieclam.portal.shared.Formats;

/**
 * The daily reminder: tasks and commitments overdue or due within seven days, mailed to the responsible
 * organisation's users when SMTP is configured ({@code spring.mail.host}); the web shows the same list at
 * /tasks/reminders.
 * <p>
 * Several instances may run the job: the first to insert the day's {@code reminder_run} row runs it, the others
 * see the row and stop (a primary-key insert is atomic in PostgreSQL, needs no extra library or lock table, and
 * leaves a record of each day's run). Independently, {@code reminder_sent} has one row per item, recipient and
 * day, inserted before the mail is sent: a re-run on the same day (by hand, or after a crash) mails nobody twice.
 */
@Service
public class Reminders {

	private static final Logger log = LoggerFactory.getLogger(Reminders.class);

	private final NamedParameterJdbcTemplate jdbc;

	private final TaskQueries queries;

	private final Accounts accounts;

	private final ObjectProvider<JavaMailSender> mail;

	private final MessageSource messages;

	private final String from;

	private final String baseUrl;

	Reminders(NamedParameterJdbcTemplate jdbc, TaskQueries queries, Accounts accounts, ObjectProvider<JavaMailSender> mail,
			MessageSource messages, @Value("${portal.reminders.from:no-reply@vieclam.local}") String from,
			@Value("${portal.reminders.base-url:http://localhost:8080}") String baseUrl) {
		this.jdbc = jdbc;
		this.queries = queries;
		this.accounts = accounts;
		this.mail = mail;
		this.messages = messages;
		this.from = from;
		this.baseUrl = baseUrl;
	}

	@Scheduled(cron = "${portal.reminders.cron:0 0 7 * * *}", zone = "Asia/Ho_Chi_Minh")
	void daily() {
		runOnce(LocalDate.now(Formats.VIETNAM));
	}

	/** Runs the day's reminders unless another instance (or an earlier run) already claimed the day. */
	public boolean runOnce(LocalDate today) {
		int claimed = this.jdbc.update("insert into reminder_run (run_on) values (:day) on conflict do nothing",
				new MapSqlParameterSource("day", Date.valueOf(today)));
		if (claimed == 0) {
			return false;
		}
		int sent = send(today);
		this.jdbc.update("update reminder_run set items = :n where run_on = :day",
				new MapSqlParameterSource("day", Date.valueOf(today)).addValue("n", sent));
		return true;
	}

	/** Mails each due item's organisation once a day; returns the number of mails sent. */
	public int send(LocalDate today) {
		List<ItemRow> due = this.queries.list(ItemFilter.all(today), today.plusDays(Tasks.REMIND_DAYS), 10_000);
		JavaMailSender sender = this.mail.getIfAvailable();
		if (sender == null || due.isEmpty()) {
			log.info("Reminders for {}: {} item(s) due, mail {}", today, due.size(), sender == null ? "not configured" : "on");
			return 0;
		}
		Set<Long> organisations = new TreeSet<>();
		due.forEach(item -> organisations.add(item.organisationId()));
		Map<Long, List<String>> emails = this.accounts.emailsByOrganisation(organisations);
		int sent = 0;
		int failed = 0;
		for (ItemRow item : due) {
			for (String recipient : emails.getOrDefault(item.organisationId(), List.of())) {
				if (claim(item, recipient, today)) {
					try {
						sender.send(message(item, recipient, today));
						sent++;
					}
					catch (MailException ex) {
						// Not sent: release the claim so a re-run today mails it, and go on with the others
						// (one refused address or a short SMTP outage must not lose the rest of the day's reminders).
						unclaim(item, recipient, today);
						failed++;
						log.warn("Reminder for {} {} to {} not sent: {}", item.kind(), item.id(), recipient, ex.getMessage());
					}
				}
			}
		}
		log.info("Reminders for {}: {} item(s) due, {} mail(s) sent, {} failed", today, due.size(), sent, failed);
		return sent;
	}

	private boolean claim(ItemRow item, String recipient, LocalDate today) {
		return this.jdbc.update("""
				insert into reminder_sent (item_kind, item_id, sent_on, recipient) values (:kind, :id, :day, :to)
				on conflict do nothing""", new MapSqlParameterSource("kind", item.kind().name()).addValue("id", item.id())
			.addValue("day", Date.valueOf(today)).addValue("to", recipient)) == 1;
	}

	private void unclaim(ItemRow item, String recipient, LocalDate today) {
		this.jdbc.update("""
				delete from reminder_sent where item_kind = :kind and item_id = :id and sent_on = :day and recipient = :to""",
				new MapSqlParameterSource("kind", item.kind().name()).addValue("id", item.id())
					.addValue("day", Date.valueOf(today))
					.addValue("to", recipient));
	}

	private SimpleMailMessage message(ItemRow item, String recipient, LocalDate today) {
		Locale vi = Locale.forLanguageTag("vi");
		boolean overdue = item.status() == ItemStatus.OVERDUE;
		List<Object> args = new ArrayList<>();
		args.add(item.title());
		args.add(item.nextDue() == null ? "" : Formats.DATE.format(item.nextDue()));
		args.add(item.organisationName());
		args.add(this.baseUrl + item.link());
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom(this.from);
		message.setTo(recipient);
		message.setSubject(this.messages.getMessage(overdue ? "reminder.subject.overdue" : "reminder.subject.due",
				new Object[] { item.title() }, vi));
		message.setText(this.messages.getMessage("reminder.body", args.toArray(), vi));
		return message;
	}

}
