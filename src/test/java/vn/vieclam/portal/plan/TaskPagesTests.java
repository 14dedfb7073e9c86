package vn.vieclam.portal.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import vn.vieclam.portal.PortalTest;
import vn.vieclam.portal.QueryCounter;
import vn.vieclam.portal.account.TestUsers;
import vn.vieclam.portal.shared.Formats;

/** /tasks and the notices' commitments on the demo data: who sees and reports what, statuses, export, evidence. */
@PortalTest
class TaskPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Plans plans;

	@Autowired
	Notices notices;

	Long busCommitment() {
		return this.jdbc.queryForObject("select id from commitment where action like '%tuyến xe khách%' order by id limit 1",
				Long.class);
	}

	Long sessionsTask() {
		return this.jdbc.queryForObject("select id from plan_task where title like 'Phiên giao dịch%'", Long.class);
	}

	@Test
	void theNoticeHoldsItsCommitmentsAndTheMonthDeadlineIsOverdue() {
		Long notice = this.jdbc.queryForObject("select id from conclusion_notice where source_kind = 'DELEGATION' and number = '…/TB-UBND'", Long.class);
		NoticeView view = this.notices.view(notice, LocalDate.of(2024, 4, 30));
		assertThat(view.sourceLink()).startsWith("/delegations/");
		assertThat(view.commitments()).hasSize(6);
		ItemRow bus = view.commitments().stream().filter(c -> c.title().contains("xe khách")).findFirst().orElseThrow();
		assertThat(bus.organisationName()).isEqualTo("Sở Giao thông vận tải tỉnh Lạng Sơn");
		// Another test of this class may have reported it done (after April 2024: late).
		boolean done = bus.doneOn() != null;
		assertThat(bus.status()).isEqualTo(done ? ItemStatus.DONE_LATE : ItemStatus.NOT_DUE);
		assertThat(this.notices.view(notice, LocalDate.of(2024, 5, 1)).commitments().stream()
			.filter(c -> c.id().equals(bus.id())).findFirst().orElseThrow().status())
			.isEqualTo(done ? ItemStatus.DONE_LATE : ItemStatus.OVERDUE);
	}

	@Test
	void sqlAndJavaAgreeOnTheMonthlyRule() {
		Long plan = this.jdbc.queryForObject("select id from action_plan where number = '…/KH-UBND'", Long.class);
		PlanView view = this.plans.view(plan, LocalDate.of(2025, 1, 1));
		for (TaskCompliance c : view.compliance()) {
			assertThat(c.task().status()).as(c.task().title())
				.isEqualTo(StatusRules.recurringStatus(c.periods(), LocalDate.of(2024, 12, 31), LocalDate.of(2025, 1, 1)));
		}
		TaskCompliance campaigns = view.compliance().stream().filter(c -> c.counts() == PeriodCounts.CAMPAIGNS).findFirst()
			.orElseThrow();
		assertThat(campaigns.periods().stream().filter(PeriodCompliance::missed).map(p -> p.start().getMonthValue()))
			.containsExactly(6, 9, 12);
		assertThat(view.tasks().stream().filter(t -> t.title().startsWith("Video")).findFirst().orElseThrow().status())
			.isEqualTo(ItemStatus.DONE_ON_TIME);
		assertThat(view.tasks().stream().filter(t -> t.title().startsWith("Chuyên đề")).findFirst().orElseThrow().status())
			.isEqualTo(ItemStatus.DONE_LATE);
		assertThat(this.plans.taskCountsByStatus(LocalDate.of(2025, 1, 1)).values().stream().mapToLong(Long::longValue).sum())
			.isEqualTo(this.jdbc.queryForObject("select count(*) from plan_task", Long.class));
	}

	@Test
	void whoMaySeeTheTasks() throws Exception {
		this.mvc.perform(get("/tasks")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
		this.mvc.perform(get("/tasks").with(TestUsers.as(this.jdbc, "employer"))).andExpect(status().isForbidden());
		this.mvc.perform(get("/tasks").with(TestUsers.as(this.jdbc, "admin"))).andExpect(status().isForbidden());
		this.mvc.perform(get("/delegations").with(TestUsers.as(this.jdbc, "centre-bg"))).andExpect(status().isForbidden());
		this.mvc.perform(get("/tasks").with(TestUsers.as(this.jdbc, "official")))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("tuyến xe khách")));
		// A job centre sees its own tasks, not another organisation's commitment.
		this.mvc.perform(get("/tasks").with(TestUsers.as(this.jdbc, "centre-bg")))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Phiên giao dịch việc làm online")))
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("tuyến xe khách"))));
		this.mvc.perform(get("/tasks/commitment/" + busCommitment()).with(TestUsers.as(this.jdbc, "centre-bg")))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/tasks/task/" + sessionsTask()).with(TestUsers.as(this.jdbc, "centre-ls")))
			.andExpect(status().isNotFound());
	}

	@Test
	void onlyTheResponsibleOrganisationReports() throws Exception {
		String url = "/tasks/commitment/" + busCommitment() + "/reports";
		for (String other : List.of("official", "official-ld", "centre-ls")) {
			this.mvc.perform(multipart(url).param("text", "Không phải việc của tôi").with(csrf())
				.with(TestUsers.as(this.jdbc, other))).andExpect(status().isNotFound());
		}
		this.mvc.perform(multipart(url).param("text", "x").with(csrf()).with(TestUsers.as(this.jdbc, "employer")))
			.andExpect(status().isForbidden());
		assertThat(this.jdbc.queryForObject("select count(*) from progress_report where commitment_id = ?", Integer.class,
				busCommitment())).isZero();
		// The transport department's official reports with a PDF; a disguised file and an oversize one are refused.
		MockMultipartFile pdf = new MockMultipartFile("files", "Báo cáo tuyến xe.pdf", "application/pdf",
				"%PDF-1.4 test".getBytes());
		MockMultipartFile fake = new MockMultipartFile("files", "anh.png", "image/png", "not a png".getBytes());
		this.mvc.perform(multipart(url).file(fake).param("text", "Report kept after an error").with(csrf())
			.with(TestUsers.as(this.jdbc, "official-gtvt-ls")))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Chỉ nhận tệp PDF")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Report kept after an error")));
		MockMultipartFile big = new MockMultipartFile("files", "lon.pdf", "application/pdf", bigPdf());
		this.mvc.perform(multipart(url).file(big).param("text", "Đã nghiên cứu").with(csrf())
			.with(TestUsers.as(this.jdbc, "official-gtvt-ls")))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Tệp quá lớn")));
		this.mvc.perform(multipart(url).file(pdf).param("text", "Đã báo cáo UBND tỉnh về tuyến xe khách").param("done", "true")
			.with(csrf()).with(TestUsers.as(this.jdbc, "official-gtvt-ls")))
			.andExpect(status().isFound());
		assertThat(this.jdbc.queryForObject("select done_on from commitment where id = ?", LocalDate.class, busCommitment()))
			.isEqualTo(LocalDate.now(Formats.VIETNAM));
		Long file = this.jdbc.queryForObject("select f.id from evidence_file f join progress_report r on r.id = f.report_id "
				+ "where r.commitment_id = ?", Long.class, busCommitment());
		this.mvc.perform(get("/tasks/evidence/" + file).with(TestUsers.as(this.jdbc, "official")))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
				.string("Content-Disposition", "attachment; filename=\"Bao-cao-tuyen-xe.pdf\""));
		this.mvc.perform(get("/tasks/evidence/" + file).with(TestUsers.as(this.jdbc, "centre-bg")))
			.andExpect(status().isNotFound());
		// Done after April 2024: done late.
		this.mvc.perform(get("/tasks/commitment/" + busCommitment()).with(TestUsers.as(this.jdbc, "official-gtvt-ls")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Hoàn thành quá hạn")));
	}

	@Test
	void theListKeepsToAFixedNumberOfStatementsAndExportsWhatItFilters() throws Exception {
		this.mvc.perform(get("/tasks").with(TestUsers.as(this.jdbc, "official"))).andExpect(status().isOk());
		QueryCounter.reset();
		this.mvc.perform(get("/tasks").with(TestUsers.as(this.jdbc, "official"))).andExpect(status().isOk());
		assertThat(QueryCounter.count()).isLessThanOrEqualTo(6);
		byte[] xlsx = this.mvc.perform(get("/tasks/export.xlsx").param("kind", "COMMITMENT")
			.with(TestUsers.as(this.jdbc, "official"))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsByteArray();
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
			List<Row> rows = workbook.getFirstSheet().read();
			assertThat(rows.get(0).getCellText(1)).isEqualTo("Nội dung");
			List<String> titles = rows.stream().skip(1).map(r -> r.getCellText(1)).collect(Collectors.toList());
			assertThat(titles).hasSizeGreaterThanOrEqualTo(6).anyMatch(t -> t.contains("tuyến xe khách"));
			assertThat(rows.stream().skip(1).map(r -> r.getCellText(0))).containsOnly("Kết luận");
		}
	}

	private static byte[] bigPdf() {
		byte[] content = new byte[6 * 1024 * 1024];
		System.arraycopy("%PDF".getBytes(), 0, content, 0, 4);
		return content;
	}

}
