package vn.vieclam.portal.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.vieclam.portal.PortalTest;

/**
 * The daily reminder mailed through a real SMTP server (GreenMail on a free port; its own Spring context, since
 * only here is {@code spring.mail.host} set): the responsible organisation's users get one mail per item due
 * within seven days or overdue, in Vietnamese, and a second run the same day mails nothing new.
 */
@PortalTest
class ReminderMailTests {

	/** A free port chosen once, so the server can be stopped and started again where the context expects it. */
	static final GreenMail smtp = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

	/** A day far from the demo's own dates, so no other test's run of the job has claimed it. */
	static final LocalDate TODAY = LocalDate.of(2031, 6, 10);

	@DynamicPropertySource
	static void mail(DynamicPropertyRegistry registry) {
		if (!smtp.isRunning()) {
			smtp.start();
		}
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> smtp.getSmtp().getPort());
	}

	@AfterAll
	static void stop() {
		smtp.stop();
	}

	@BeforeEach
	void emptyMailboxes() throws Exception {
		smtp.purgeEmailFromAllMailboxes();
	}

	static int freePort() {
		try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (java.io.IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Autowired
	Reminders reminders;

	@Autowired
	Notices notices;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theResponsibleOrganisationIsMailedOncePerItem() throws Exception {
		Long notice = this.jdbc.queryForObject("select id from conclusion_notice where source_kind = 'DELEGATION' and number = '…/TB-UBND'", Long.class);
		Long transport = this.jdbc.queryForObject("select id from organisation where code = 'sgtvt-ls'", Long.class);
		String dueSoon = "Khảo sát bến xe khách Hữu Nghị cho tuyến Lạng Sơn - Bắc Giang";
		String overdue = "Gửi Sở Giao thông vận tải Bắc Giang phương án biểu đồ chạy xe";
		String later = "Báo cáo UBND tỉnh kết quả sáu tháng khai thác tuyến";
		this.notices.addCommitment(notice, new CommitmentDetails(transport, dueSoon, Deadline.on(TODAY.plusDays(7))));
		this.notices.addCommitment(notice, new CommitmentDetails(transport, overdue, Deadline.on(TODAY.minusDays(2))));
		this.notices.addCommitment(notice, new CommitmentDetails(transport, later, Deadline.on(TODAY.plusDays(8))));
		List<String> transportUsers = this.jdbc.queryForList(
				"select email from app_user where organisation_id = ? and enabled and email is not null", String.class,
				transport);
		assertThat(transportUsers).contains("official-gtvt-ls@demo.vieclam.vn");

		assertThat(this.reminders.runOnce(TODAY)).isTrue();
		MimeMessage[] first = smtp.getReceivedMessages();
		assertThat(first).isNotEmpty();

		List<MimeMessage> soon = about(first, dueSoon);
		assertThat(soon).hasSameSizeAs(transportUsers);
		assertThat(recipients(soon)).containsExactlyInAnyOrderElementsOf(transportUsers);
		MimeMessage mail = soon.get(0);
		assertThat(mail.getSubject()).isEqualTo("[Sắp đến hạn] " + dueSoon);
		String body = ((String) mail.getContent()).replace("\r\n", "\n");
		assertThat(body).contains("Kính gửi Sở Giao thông vận tải tỉnh Lạng Sơn,")
			.contains("Nội dung: " + dueSoon)
			.contains("Thời hạn: 17/06/2031")
			.containsPattern("Xem và báo cáo tiến độ tại: http\\S+/tasks/commitment/\\d+");

		List<MimeMessage> late = about(first, overdue);
		assertThat(recipients(late)).containsExactlyInAnyOrderElementsOf(transportUsers);
		assertThat(late.get(0).getSubject()).isEqualTo("[Quá hạn] " + overdue);
		assertThat(about(first, later)).as("due in eight days: not yet").isEmpty();

		// No mail for one item goes to another organisation's users.
		Set<String> allRecipients = recipients(Arrays.asList(first));
		assertThat(allRecipients).doesNotContain("official@demo.vieclam.vn");

		// Every (item, recipient) pair once, and the job records the day's run.
		assertThat(this.jdbc.queryForObject("select count(*) from reminder_sent where sent_on = ?", Integer.class, TODAY))
			.isEqualTo(first.length);
		assertThat(this.jdbc.queryForObject("select items from reminder_run where run_on = ?", Integer.class, TODAY))
			.isEqualTo(first.length);

		// The same day again — the scheduled job on another instance, or a re-run by hand: nothing new is mailed.
		assertThat(this.reminders.runOnce(TODAY)).isFalse();
		assertThat(this.reminders.send(TODAY)).isZero();
		assertThat(smtp.getReceivedMessages()).hasSameSizeAs(first);

		// The next day the open items are reminded again.
		assertThat(this.reminders.runOnce(TODAY.plusDays(1))).isTrue();
		assertThat(about(smtp.getReceivedMessages(), dueSoon)).hasSize(2 * transportUsers.size());
	}

	@Test
	void aMailThatCouldNotBeSentIsSentByTheNextRunThatDay() throws Exception {
		LocalDate day = LocalDate.of(2031, 9, 2);
		Long notice = this.jdbc.queryForObject("select id from conclusion_notice where source_kind = 'DELEGATION' and number = '…/TB-UBND'", Long.class);
		Long transport = this.jdbc.queryForObject("select id from organisation where code = 'sgtvt-ls'", Long.class);
		String title = "Rà soát nhu cầu đi lại của lao động Lạng Sơn làm việc tại Bắc Giang";
		this.notices.addCommitment(notice, new CommitmentDetails(transport, title, Deadline.on(day.plusDays(3))));

		smtp.stop();
		try {
			assertThat(this.reminders.runOnce(day)).isTrue();
		}
		finally {
			smtp.start();
		}
		assertThat(this.jdbc.queryForObject("select count(*) from reminder_sent where sent_on = ?", Integer.class, day))
			.as("nothing recorded as sent while the mail server was down").isZero();

		// The scheduled run has claimed the day; the re-run by hand sends what failed, once.
		assertThat(this.reminders.runOnce(day)).isFalse();
		assertThat(this.reminders.send(day)).isPositive();
		assertThat(recipients(about(smtp.getReceivedMessages(), title))).contains("official-gtvt-ls@demo.vieclam.vn");
		int received = smtp.getReceivedMessages().length;
		assertThat(this.reminders.send(day)).isZero();
		assertThat(smtp.getReceivedMessages()).hasSize(received);
	}

	static List<MimeMessage> about(MimeMessage[] messages, String title) {
		return Arrays.stream(messages).filter(m -> {
			try {
				return m.getSubject().endsWith(title);
			}
			catch (jakarta.mail.MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}).toList();
	}

	static Set<String> recipients(List<MimeMessage> messages) {
		return messages.stream().flatMap(m -> {
			try {
				return Arrays.stream(m.getRecipients(Message.RecipientType.TO));
			}
			catch (jakarta.mail.MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}).map(Object::toString).collect(Collectors.toSet());
	}

}
