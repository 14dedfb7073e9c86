package vn.vieclam.portal.candidate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import vn.vieclam.portal.PortalTest;
import vn.vieclam.portal.account.TestUsers;
import vn.vieclam.portal.shared.audit.AuditLog;

/** The nightly clean-up of abandoned imports: old open batches lose their staged rows, others are kept, once a day. */
@PortalTest
class ImportCleanupTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ImportCleanup cleanup;

	@Autowired
	AuditLog audit;

	@Test
	void importsLeftOpenForADayAreDiscardedAndTheirRowsDeletedOnceADay() throws Exception {
		Long abandoned = upload("bo-do.csv", "Lường Văn Bỏ", "0339001101");
		Long fresh = upload("dang-lam.csv", "Cầm Thị Mới", "0339001102");
		Long committed = upload("da-nhap.csv", "Tòng Văn Nhập", "0339001103");
		this.jdbc.update("update import_batch set created_at = now() - interval '25 hours' where id in (?, ?)", abandoned,
				committed);
		this.jdbc.update("update import_batch set status = 'COMMITTED', committed_at = now() where id = ?", committed);
		assertThat(rows(abandoned)).isEqualTo(1);

		// A day no run has claimed yet (the test database keeps earlier runs' days).
		LocalDate day = LocalDate.of(2200, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(100_000));
		assertThat(this.cleanup.runOnce(day, Instant.now())).isTrue();

		assertThat(statusOf(abandoned)).isEqualTo("DISCARDED");
		assertThat(rows(abandoned)).isZero();
		assertThat(statusOf(fresh)).isEqualTo("UPLOADED");
		assertThat(rows(fresh)).isEqualTo(1);
		assertThat(statusOf(committed)).isEqualTo("COMMITTED");
		assertThat(this.jdbc.queryForObject("select staged_rows from import_cleanup_run where run_on = ?", Integer.class,
				java.sql.Date.valueOf(day))).isGreaterThanOrEqualTo(1);
		// The centre sees the batch as discarded in its list.
		assertThat(Jsoup.parse(this.mvc.perform(get("/candidates/import").with(TestUsers.as(this.jdbc, "centre-sl")))
			.andReturn().getResponse().getContentAsString()).select("tr:has(a[href=/candidates/import/" + abandoned + "])").text())
			.contains("bo-do.csv").contains("Đã bỏ");

		// Another instance on the same day finds the day claimed and does nothing.
		this.jdbc.update("update import_batch set created_at = now() - interval '25 hours' where id = ?", fresh);
		assertThat(this.cleanup.runOnce(day, Instant.now())).isFalse();
		assertThat(rows(fresh)).isEqualTo(1);
		// The next night it goes; the age is configurable (here as if set to 30 h, it would still be kept).
		ImportCleanup longer = new ImportCleanup(this.jdbc, this.audit, Duration.ofHours(30));
		assertThat(longer.runOnce(day.plusDays(1), Instant.now())).isTrue();
		assertThat(rows(fresh)).isEqualTo(1);
		assertThat(this.cleanup.runOnce(day.plusDays(2), Instant.now())).isTrue();
		assertThat(statusOf(fresh)).isEqualTo("DISCARDED");
		assertThat(rows(fresh)).isZero();
	}

	private Long upload(String name, String fullName, String phone) throws Exception {
		String csv = "Họ và tên;Ngày sinh;Giới tính;Số điện thoại;Tỉnh\r\n" + fullName + ";07/07/1997;Nam;" + phone
				+ ";Sơn La\r\n";
		String location = this.mvc.perform(multipart("/candidates/import")
			.file(new MockMultipartFile("file", name, "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
			.param("consentProcessing", "true")
			.with(TestUsers.as(this.jdbc, "centre-sl")).with(csrf()))
			.andExpect(status().isFound()).andReturn().getResponse().getRedirectedUrl();
		return Long.valueOf(location.split("/")[3]);
	}

	private int rows(Long batch) {
		return this.jdbc.queryForObject("select count(*) from import_row where batch_id = ?", Integer.class, batch);
	}

	private String statusOf(Long batch) {
		return this.jdbc.queryForObject("select status from import_batch where id = ?", String.class, batch);
	}

}
