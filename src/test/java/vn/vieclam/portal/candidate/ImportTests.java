package vn.vieclam.portal.candidate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.vieclam.portal.PortalTest;
import vn.vieclam.portal.account.Accounts;
import vn.vieclam.portal.account.TestUsers;

/**
 * A job centre imports its spreadsheets: mapping remembered, every row checked before anything is stored,
 * all or nothing (or only the valid rows, when asked), undo; hostile files refused before they are parsed;
 * another centre's batch is not found.
 */
@PortalTest
class ImportTests {

	private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private static final List<String> HEADERS = List.of("STT", "Họ và tên", "Ngày sinh", "Giới tính", "Số CCCD",
			"SĐT Zalo", "Tỉnh", "Xã", "Trình độ", "Nghề", "Lương mong muốn", "Ưu tiên");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Candidates candidates;

	@Autowired
	Accounts accounts;

	@Test
	void aWorkbookIsPreviewedRowByRowImportedOnlyWhereValidWhenAskedAndUndone() throws Exception {
		// Already registered in Bắc Giang: the Lạng Sơn file's row 7 is the same person.
		Long bgCandidate = this.candidates.register(this.accounts.principal("centre-bg"),
				new CandidateDetails("Đinh Thị Lan", LocalDate.of(1990, 2, 2), CandidateGender.FEMALE, "024190009981",
						"0388000981", 224L, null, "Thôn Đông", null, "UNSKILLED", null, true, null, false, null, null,
						null),
				new Consent(true, true, Consent.CURRENT_NOTICE), "CENTRE").id();
		byte[] file = workbook(HEADERS,
				row(1, "Lý Văn Thành", LocalDate.of(1995, 5, 12), "Nam", "020095003311", "0339003311", "Lạng Sơn",
						"Đông Kinh", "Lao động phổ thông", "93", "7.500.000", "Dân tộc thiểu số"),
				row(2, " Nông  Thị Bích ", "03/11/2001", "Nữ", "020301003322", "0358 003 322", "Bắc Giang", "Nếnh",
						"Trung cấp", "81, 72", "7,5 triệu", "Hộ nghèo; Dân tộc thiểu số"),
				row(3, "Vi Văn Hùng", "20/01/1992", "Nam", "12345", "0377003344", "Lạng Sơn", null, "Sơ cấp", null, null,
						null),
				row(4, "Hoàng Thị Mơ", "31/02/1990", "Nữ", null, "0366003355", "Lang Son", null, "Lao động phổ thông",
						null, null, null),
				row(5, "Lương Văn Tài", "15/06/1993", "Nam", null, null, "Lạng Sơn", null, "Lao động phổ thông", null,
						null, null),
				row(6, "Đinh T. Lan", "02/02/1990", "Nữ", "024190009981", null, "Bắc Ninh", null, "Lao động phổ thông",
						null, null, null),
				row(7, "Chu Văn Minh", "09/09/1999", "Nam", null, "0339003311", "Lạng Sơn", null, "Cao đẳng", null, null,
						null));

		Long id = uploaded(upload("centre-ls", "danh-sach-thang-10.xlsx", XLSX, file, true));
		Document mapping = page(get("/candidates/import/" + id + "/mapping"), "centre-ls");
		assertThat(selected(mapping, "FULL_NAME")).isEqualTo("1");
		assertThat(selected(mapping, "BIRTH_DATE")).isEqualTo("2");
		assertThat(selected(mapping, "NATIONAL_ID")).isEqualTo("4");
		assertThat(selected(mapping, "PRIORITY_GROUPS")).isEqualTo("11");
		assertThat(selected(mapping, "PHONE")).as("\"SĐT Zalo\" is no usual heading").isEmpty();
		Map<String, String> columns = preselected(mapping);
		columns.put("PHONE", "5");
		this.mvc.perform(map(id, columns).with(as("centre-ls"))).andExpect(redirectedUrl("/candidates/import/" + id));
		assertThat(this.jdbc.queryForObject(
				"select mapping->>'PHONE' from import_mapping where centre_id = (select id from organisation where code = 'ttdvvl-ls')",
				String.class)).isEqualTo("SĐT Zalo");

		// The centre's next file, columns in another order: its phone column is chosen from memory.
		List<String> reordered = List.of("Số điện thoại nhà", "SĐT Zalo", "Họ và tên", "Tỉnh", "Trình độ");
		Long next = uploaded(upload("centre-ls", "dot-2.xlsx", XLSX,
				workbook(reordered, row("0241234567", "0339009999", "Hà Văn Bảy", "Lạng Sơn", "Sơ cấp")), true));
		assertThat(selected(page(get("/candidates/import/" + next + "/mapping"), "centre-ls"), "PHONE")).isEqualTo("1");
		this.mvc.perform(post("/candidates/import/" + next + "/discard").with(as("centre-ls")).with(csrf()))
			.andExpect(redirectedUrl("/candidates/import"));

		// The preview: every row, its errors by field, duplicates named by centre only.
		Document preview = page(get("/candidates/import/" + id), "centre-ls");
		assertThat(preview.getElementById("summary-valid").text()).isEqualTo("4");
		assertThat(preview.getElementById("summary-errors").text()).isEqualTo("3");
		assertThat(preview.getElementById("summary-duplicates").text()).isEqualTo("3");
		assertThat(preview.select("#preview tbody tr")).hasSize(7);
		assertThat(errors(preview, 2)).isEmpty();
		assertThat(errors(preview, 4)).containsExactly("Số CCCD: Số CCCD gồm đúng 12 chữ số.");
		assertThat(errors(preview, 5)).containsExactly(
				"Ngày sinh: «31/02/1990» không phải ngày hợp lệ (ngày/tháng/năm, ví dụ 05/03/1998).");
		assertThat(errors(preview, 6)).containsExactly("Cả dòng: Cần có số CCCD hoặc số điện thoại.");
		assertThat(warnings(preview, 7)).containsExactly(
				"Trùng số CCCD với một người đã đăng ký tại Trung tâm Dịch vụ việc làm tỉnh Bắc Giang.");
		assertThat(warnings(preview, 8)).containsExactly("Trùng số điện thoại với dòng 2 của tệp.");
		assertThat(warnings(preview, 2)).containsExactly("Trùng số điện thoại với dòng 8 của tệp.");
		assertThat(preview.text()).doesNotContain("Đinh Thị Lan").doesNotContain("0388000981");
		assertThat(preview.getElementById("row-3").text()).contains("Nông Thị Bích", "03/11/2001", "Nếnh, Bắc Ninh",
				"Trung cấp", "81, 72", "7.500.000 ₫", "Hộ nghèo", "Dân tộc thiểu số");
		assertThat(preview.getElementById("row-2").text()).contains("12/05/1995", "0339003311");

		// All or nothing: refused while errors remain.
		this.mvc.perform(post("/candidates/import/" + id + "/commit").with(as("centre-ls")).with(csrf()))
			.andExpect(flash().attribute("flashError", "import.commit.hasErrors"));
		assertThat(importedBy(id)).isZero();
		assertThat(statusOf(id)).isEqualTo("PREVIEWED");

		// Only the valid rows, when the user says so.
		this.mvc.perform(post("/candidates/import/" + id + "/commit").param("validOnly", "true").with(as("centre-ls"))
			.with(csrf())).andExpect(flash().attribute("flashSuccess", "import.committed"));
		assertThat(this.jdbc.queryForList("""
				select c.full_name from candidate c where c.import_batch_id = ? and c.source = 'IMPORT'
				  and c.consent_notice = ? and c.consent_processing_at is not null and c.consent_sharing_at is not null
				  and c.centre_id = (select id from organisation where code = 'ttdvvl-ls') order by c.id""", String.class, id,
				Consent.CURRENT_NOTICE))
			.containsExactly("Lý Văn Thành", "Nông Thị Bích", "Đinh T. Lan", "Chu Văn Minh");
		Map<String, Object> bich = this.jdbc.queryForMap("""
				select c.birth_date, c.gender, c.phone, c.home_province_id, c.home_commune_id, c.skill_level_code,
				       c.desired_wage, c.priority_groups,
				       (select string_agg(occupation_code, ',' order by occupation_code) from candidate_occupation o
				        where o.candidate_id = c.id) as occupations
				from candidate c where c.national_id = '020301003322'""");
		assertThat(bich).containsEntry("birth_date", java.sql.Date.valueOf("2001-11-03"))
			.containsEntry("gender", "FEMALE").containsEntry("phone", "0358003322")
			.containsEntry("home_province_id", 224L).containsEntry("home_commune_id", 290001L)
			.containsEntry("skill_level_code", "INTERMEDIATE").containsEntry("desired_wage", 7_500_000L)
			.containsEntry("priority_groups", "ETHNIC_MINORITY,POOR_HOUSEHOLD").containsEntry("occupations", "72,81");
		assertThat(this.jdbc.queryForObject("select birth_date from candidate where national_id = '020095003311'",
				LocalDate.class)).isEqualTo(LocalDate.of(1995, 5, 12));
		assertThat(this.jdbc.queryForMap("select status, imported_rows from import_batch where id = ?", id))
			.containsEntry("status", "COMMITTED").containsEntry("imported_rows", 4);
		assertThat(this.jdbc.queryForObject("select count(*) from import_row where batch_id = ? and cells <> '[]'",
				Integer.class, id)).as("the rows' personal data lives in the registry now").isZero();
		assertThat(this.jdbc.queryForObject("select count(*) from candidate_duplicate where other_id = ?", Integer.class,
				bgCandidate)).isEqualTo(1);

		// Undo is refused once the centre has worked with one of them, then removes them all.
		Long thanh = this.jdbc.queryForObject("select id from candidate where national_id = '020095003311'", Long.class);
		this.jdbc.update("""
				insert into counselling (candidate_id, centre_id, kind, happened_on, recorded_by)
				select id, centre_id, 'COUNSELLING', current_date, 'centre-ls' from candidate where id = ?""", thanh);
		this.mvc.perform(post("/candidates/import/" + id + "/undo").with(as("centre-ls")).with(csrf()))
			.andExpect(flash().attribute("flashError", "import.undo.changed"));
		assertThat(importedBy(id)).isEqualTo(4);
		this.jdbc.update("delete from counselling where candidate_id = ?", thanh);
		this.mvc.perform(post("/candidates/import/" + id + "/undo").with(as("centre-ls")).with(csrf()))
			.andExpect(flash().attribute("flashSuccess", "import.undone"));
		assertThat(importedBy(id)).isZero();
		assertThat(this.jdbc.queryForObject(
				"select count(*) from candidate where national_id in ('020095003311', '020301003322') or phone = '0339003311'",
				Integer.class)).isZero();
		assertThat(statusOf(id)).isEqualTo("UNDONE");
		assertThat(this.jdbc.queryForObject("select count(*) from candidate where id = ?", Integer.class, bgCandidate))
			.isEqualTo(1);
		Document list = page(get("/candidates/import"), "centre-ls");
		assertThat(list.select("td a").eachText()).contains("danh-sach-thang-10.xlsx", "dot-2.xlsx");
	}

	@Test
	void aCsvWithSemicolonsAndQuotesIsReadAsCentresWriteIt() throws Exception {
		String csv = "\uFEFFHọ và tên;Ngày sinh;Giới tính;Số CCCD;Số điện thoại;Tỉnh;Xã;Địa chỉ;Trình độ;Nghề;"
				+ "Lương mong muốn;Ưu tiên\r\n"
				+ "\"Lò Văn Sáng\";07/07/1997;Nam;014097004411;\"0339 004 411\";Tỉnh Sơn La;Chiềng An;"
				+ "\"Bản Hụm; tổ 3, \"\"nhà sàn\"\" số 5\";Lao động phổ thông;\"82;93\";8 triệu;\r\n"
				+ "Cầm Thị Ơn;1/2/2000;Nữ;;0349004422;Sơn La;;\"Bản Mòng\nxóm Dưới\";Sơ cấp;;\"7.000.000 đ\";DTTS\r\n"
				+ "Quàng Văn Sáu;;;;0349004433;Sơn La;;;Trung cấp;83;Thỏa thuận;\r\n";
		Long id = uploaded(upload("centre-ls", "son-la.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8), false));
		Document mapping = page(get("/candidates/import/" + id + "/mapping"), "centre-ls");
		Map<String, String> columns = preselected(mapping);
		assertThat(columns).hasSize(12);
		this.mvc.perform(map(id, columns).with(as("centre-ls"))).andExpect(redirectedUrl("/candidates/import/" + id));
		Document preview = page(get("/candidates/import/" + id), "centre-ls");
		assertThat(preview.getElementById("summary-valid").text()).isEqualTo("3");
		this.mvc.perform(post("/candidates/import/" + id + "/commit").with(as("centre-ls")).with(csrf()))
			.andExpect(flash().attribute("flashSuccess", "import.committed"));
		Map<String, Object> sang = this.jdbc.queryForMap("""
				select c.home_address, c.home_province_id, c.home_commune_id, c.desired_wage, c.consent_sharing_at,
				       (select string_agg(occupation_code, ',' order by occupation_code) from candidate_occupation o
				        where o.candidate_id = c.id) as occupations
				from candidate c where c.import_batch_id = ? and c.full_name = 'Lò Văn Sáng'""", id);
		assertThat(sang).containsEntry("home_address", "Bản Hụm; tổ 3, \"nhà sàn\" số 5")
			.containsEntry("home_province_id", 114L).containsEntry("home_commune_id", 290041L)
			.containsEntry("desired_wage", 8_000_000L).containsEntry("occupations", "82,93")
			.containsEntry("consent_sharing_at", null);
		Map<String, Object> on = this.jdbc.queryForMap("""
				select birth_date, home_address, desired_wage, priority_groups from candidate
				where import_batch_id = ? and full_name = 'Cầm Thị Ơn'""", id);
		assertThat(on).containsEntry("birth_date", java.sql.Date.valueOf("2000-02-01"))
			.containsEntry("home_address", "Bản Mòng\nxóm Dưới").containsEntry("desired_wage", 7_000_000L)
			.containsEntry("priority_groups", "ETHNIC_MINORITY");
		assertThat(this.jdbc.queryForMap("""
				select desired_wage, skill_level_code from candidate where import_batch_id = ? and phone = '0349004433'""", id))
			.containsEntry("desired_wage", null).containsEntry("skill_level_code", "INTERMEDIATE");
	}

	@Test
	void aTitleAboveTheHeadingsAndAColumnNumberingRowAreNotData() throws Exception {
		String csv = """
				DANH SÁCH NGƯỜI LAO ĐỘNG ĐĂNG KÝ TÌM VIỆC THÁNG 10/2026;;;
				Xã Đông Kinh, tỉnh Lạng Sơn;;;
				;;;
				Họ và tên;Số điện thoại;Tỉnh;Trình độ
				(1);(2);(3);(4)
				Hà Văn Năm;0339001005;Lạng Sơn;Sơ cấp
				""";
		Long id = uploaded(upload("centre-ls", "co-tieu-de.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8), false));
		assertThat(this.jdbc.queryForMap("select headers::text, total_rows from import_batch where id = ?", id))
			.containsEntry("headers", "[\"Họ và tên\", \"Số điện thoại\", \"Tỉnh\", \"Trình độ\"]")
			.containsEntry("total_rows", 1);
		this.mvc.perform(map(id, preselected(page(get("/candidates/import/" + id + "/mapping"), "centre-ls")))
			.with(as("centre-ls")));
		Document preview = page(get("/candidates/import/" + id), "centre-ls");
		assertThat(preview.getElementById("row-6").text()).contains("Hà Văn Năm", "Hợp lệ");
	}

	@Test
	void theTemplateDownloadsAndComesBackWithEveryColumnRecognised() throws Exception {
		var response = this.mvc.perform(get("/candidates/import/template.xlsx").with(as("centre-bg")))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", "attachment; filename=\"mau-danh-sach-nguoi-lao-dong.xlsx\""))
			.andReturn().getResponse();
		Long id = uploaded(upload("centre-bg", "mau.xlsx", XLSX, response.getContentAsByteArray(), false));
		Map<String, String> columns = preselected(page(get("/candidates/import/" + id + "/mapping"), "centre-bg"));
		assertThat(columns.keySet()).containsExactlyInAnyOrder(Arrays.stream(ImportField.values()).map(Enum::name)
			.toArray(String[]::new));
		this.mvc.perform(map(id, columns).with(as("centre-bg")));
		Document preview = page(get("/candidates/import/" + id), "centre-bg");
		assertThat(preview.getElementById("summary-valid").text()).isEqualTo("1");
		assertThat(preview.getElementById("row-2").text()).contains("Hoàng Văn Nam", "15/08/1998", "Đông Kinh, Lạng Sơn");
		this.mvc.perform(post("/candidates/import/" + id + "/discard").with(as("centre-bg")).with(csrf()));
		assertThat(statusOf(id)).isEqualTo("DISCARDED");
		assertThat(this.jdbc.queryForObject("select count(*) from import_row where batch_id = ?", Integer.class, id))
			.isZero();
	}

	@Test
	void aLargePreviewIsPagedAndFiltered() throws Exception {
		StringBuilder csv = new StringBuilder("Họ và tên,Số điện thoại,Tỉnh,Trình độ\n");
		for (int i = 1; i <= 120; i++) {
			csv.append("Người Thứ ").append((char) ('A' + i % 26)).append(',').append(String.format("03790%05d", i))
				.append(',').append(i % 10 == 0 ? "" : "Cao Bằng").append(",Sơ cấp\n");
		}
		Long id = uploaded(upload("centre-ls", "lon.csv", "text/csv", csv.toString().getBytes(StandardCharsets.UTF_8),
				false));
		this.mvc.perform(map(id, preselected(page(get("/candidates/import/" + id + "/mapping"), "centre-ls")))
			.with(as("centre-ls")));
		Document first = page(get("/candidates/import/" + id), "centre-ls");
		assertThat(first.getElementById("summary-errors").text()).isEqualTo("12");
		assertThat(first.select("#preview tbody tr")).hasSize(50);
		assertThat(page(get("/candidates/import/" + id).param("page", "2"), "centre-ls").select("#preview tbody tr"))
			.hasSize(20);
		Document errors = page(get("/candidates/import/" + id).param("show", "ERRORS"), "centre-ls");
		assertThat(errors.select("#preview tbody tr")).hasSize(12);
		assertThat(errors.select("#preview tbody tr").first().id()).isEqualTo("row-11");
	}

	@Test
	void hostileFilesAreRefusedBesideTheFieldAndNothingIsStored() throws Exception {
		int batches = count("import_batch");
		int rows = count("import_row");
		byte[] oversized = new byte[20 * 1024 * 1024 + 1];
		Arrays.fill(oversized, (byte) 'a');
		assertRefused("to-qua.csv", oversized, "Tệp lớn hơn 20 MB. Hãy chia danh sách thành nhiều tệp.");
		StringBuilder manyRows = new StringBuilder("Họ và tên;Số điện thoại;Tỉnh;Trình độ\n");
		for (int i = 0; i <= 100_000; i++) {
			manyRows.append("Nguyễn Văn A;0339000000;Lạng Sơn;Sơ cấp\n");
		}
		assertRefused("nhieu-dong.csv", manyRows.toString().getBytes(StandardCharsets.UTF_8),
				"Tệp có hơn 100.000 dòng. Hãy chia danh sách thành nhiều tệp.");
		byte[] pdf = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
			.getBytes(StandardCharsets.US_ASCII);
		assertRefused("danh-sach.xlsx", pdf, "Nội dung tệp không phải bảng tính Excel .xlsx hợp lệ");
		assertRefused("danh-sach.csv", pdf, "Nội dung tệp không phải văn bản CSV");
		byte[] exe = { 'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xFF, (byte) 0xFF, 0, 0 };
		assertRefused("danh-sach.csv", exe, "Nội dung tệp không phải văn bản CSV");
		assertRefused("ds.xlsx", "Họ và tên,Tỉnh\nA,B\n".getBytes(StandardCharsets.UTF_8),
				"Nội dung tệp không phải bảng tính Excel .xlsx hợp lệ");
		byte[] binary = "Họ và tên\u0000;Tỉnh\n".getBytes(StandardCharsets.UTF_8);
		assertRefused("nhi-phan.csv", binary, "Nội dung tệp không phải văn bản CSV");
		assertRefused("danh-sach.pdf", pdf, "Chỉ nhận tệp Excel .xlsx hoặc tệp .csv.");
		String bomb = "Tệp bị từ chối: khi giải nén, nội dung vượt quá 100 MB hoặc bị nén bất thường (hơn 100 lần).";
		assertRefused("bom.xlsx", zipBomb(200, false), bomb);
		assertRefused("bom-nho.xlsx", zipBomb(20, false), bomb); // under the budget, but inflating 1,000 times
		assertRefused("bom-noi-doi.xlsx", zipBomb(20, true), bomb); // its directory claims 1 KB: inflating tells
		assertRefused("xxe.xlsx", withDoctype(workbook(HEADERS, row(1, "Lý Văn Một", "01/01/1990", "Nam", null,
				"0339001001", "Lạng Sơn", null, "Sơ cấp", null, null, null))),
				"Tệp bị từ chối: bảng tính chứa khai báo DOCTYPE hoặc ENTITY");
		assertThat(count("import_batch")).isEqualTo(batches);
		assertThat(count("import_row")).isEqualTo(rows);
		// Without the staff member's confirmation of consent, a good file is not kept either.
		Document page = Jsoup.parse(this.mvc.perform(multipart("/candidates/import")
				.file(new MockMultipartFile("file", "ok.csv", "text/csv",
						"Họ và tên,Số điện thoại,Tỉnh,Trình độ\nHà Văn Ba,0339001002,Lạng Sơn,Sơ cấp\n"
							.getBytes(StandardCharsets.UTF_8)))
				.with(as("centre-ls")).with(csrf()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(page.getElementById("consentProcessing-error").text())
			.isEqualTo("Cần xác nhận sự đồng ý của người lao động trước khi tải tệp lên.");
		assertThat(count("import_batch")).isEqualTo(batches);
	}

	@Test
	void anotherCentreCannotSeeOrCommitTheBatch() throws Exception {
		Long id = uploaded(upload("centre-ls", "rieng.csv", "text/csv",
				"Họ và tên,Số điện thoại,Tỉnh,Trình độ\nHà Văn Tư,0339001004,Lạng Sơn,Sơ cấp\n"
					.getBytes(StandardCharsets.UTF_8), true));
		this.mvc.perform(map(id, preselected(page(get("/candidates/import/" + id + "/mapping"), "centre-ls")))
			.with(as("centre-ls")));
		for (MockHttpServletRequestBuilder request : List.of(get("/candidates/import/" + id),
				get("/candidates/import/" + id + "/mapping"), post("/candidates/import/" + id + "/mapping").with(csrf()),
				post("/candidates/import/" + id + "/commit").with(csrf()),
				post("/candidates/import/" + id + "/commit").param("validOnly", "true").with(csrf()),
				post("/candidates/import/" + id + "/undo").with(csrf()),
				post("/candidates/import/" + id + "/discard").with(csrf()))) {
			this.mvc.perform(request.with(as("centre-bg"))).andExpect(status().isNotFound());
		}
		assertThat(page(get("/candidates/import"), "centre-bg").select("td a").eachText()).doesNotContain("rieng.csv");
		assertThat(statusOf(id)).isEqualTo("PREVIEWED");
		assertThat(importedBy(id)).isZero();
		this.mvc.perform(get("/candidates/import").with(as("employer"))).andExpect(status().is4xxClientError());
	}

	// ---------------------------------------------------------------------------------------------------------

	private void assertRefused(String name, byte[] bytes, String message) throws Exception {
		Document page = Jsoup.parse(this.mvc.perform(multipart("/candidates/import")
				.file(new MockMultipartFile("file", name, "application/octet-stream", bytes))
				.param("consentProcessing", "true")
				.with(as("centre-ls")).with(csrf()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(page.getElementById("file-error")).as(name).isNotNull();
		assertThat(page.getElementById("file-error").text()).as(name).startsWith(message);
		assertThat(page.getElementById("file").hasClass("is-invalid")).isTrue();
	}

	private org.springframework.test.web.servlet.ResultActions upload(String user, String name, String type, byte[] bytes,
			boolean sharing) throws Exception {
		var request = multipart("/candidates/import")
			.file(new MockMultipartFile("file", name, type, bytes))
			.param("consentProcessing", "true");
		if (sharing) {
			request.param("consentSharing", "true");
		}
		return this.mvc.perform(request.with(as(user)).with(csrf())).andExpect(status().isFound());
	}

	private static Long uploaded(org.springframework.test.web.servlet.ResultActions result) {
		String location = result.andReturn().getResponse().getRedirectedUrl();
		assertThat(location).matches("/candidates/import/\\d+/mapping");
		return Long.valueOf(location.split("/")[3]);
	}

	private MockHttpServletRequestBuilder map(Long id, Map<String, String> columns) {
		MockHttpServletRequestBuilder request = post("/candidates/import/" + id + "/mapping").with(csrf());
		columns.forEach((field, column) -> request.param(field, column));
		return request;
	}

	private Document page(MockHttpServletRequestBuilder request, String user) throws Exception {
		return Jsoup.parse(this.mvc.perform(request.with(as(user))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString());
	}

	private static String selected(Document mapping, String field) {
		return mapping.select("select[name=" + field + "] option[selected]").val();
	}

	private static Map<String, String> preselected(Document mapping) {
		Map<String, String> columns = new LinkedHashMap<>();
		for (ImportField field : ImportField.values()) {
			String value = selected(mapping, field.name());
			if (!value.isEmpty()) {
				columns.put(field.name(), value);
			}
		}
		return columns;
	}

	private static List<String> errors(Document preview, int row) {
		return preview.select("#row-" + row + " .row-errors li").eachText();
	}

	private static List<String> warnings(Document preview, int row) {
		return preview.select("#row-" + row + " .row-warnings li").eachText();
	}

	private RequestPostProcessor as(String user) {
		return TestUsers.as(this.jdbc, user);
	}

	private int importedBy(Long batch) {
		return this.jdbc.queryForObject("select count(*) from candidate where import_batch_id = ?", Integer.class, batch);
	}

	private String statusOf(Long batch) {
		return this.jdbc.queryForObject("select status from import_batch where id = ?", String.class, batch);
	}

	private int count(String table) {
		return this.jdbc.queryForObject("select count(*) from " + table, Integer.class);
	}

	private static Object[] row(Object... cells) {
		return cells;
	}

	/** A workbook as Excel would save it; LocalDate values become real date cells. */
	private static byte[] workbook(List<String> headers, Object[]... rows) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Workbook workbook = new Workbook(out, "Test", "1.0");
		Worksheet sheet = workbook.newWorksheet("Danh sách");
		for (int c = 0; c < headers.size(); c++) {
			sheet.value(0, c, headers.get(c));
		}
		for (int r = 0; r < rows.length; r++) {
			for (int c = 0; c < rows[r].length; c++) {
				Object value = rows[r][c];
				if (value instanceof String text) {
					sheet.value(r + 1, c, text);
				}
				else if (value instanceof LocalDate date) {
					sheet.value(r + 1, c, date);
					sheet.style(r + 1, c).format("dd/mm/yyyy").set();
				}
				else if (value instanceof Number number) {
					sheet.value(r + 1, c, number);
				}
			}
		}
		workbook.finish();
		return out.toByteArray();
	}

	/**
	 * A zip that passes for a workbook but whose sheet inflates to so many megabytes of spaces (about a thousandth
	 * of that compressed), written in 1 MB pieces so the test never holds it all. With {@code lying}, the central
	 * directory claims the sheet is 1 KB, as a crafted bomb would.
	 */
	private static byte[] zipBomb(int megabytes, boolean lying) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		String sheet = "xl/worksheets/sheet1.xml";
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			zip.setLevel(Deflater.BEST_COMPRESSION);
			zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
			zip.write("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"
				.getBytes(StandardCharsets.UTF_8));
			zip.putNextEntry(new ZipEntry("xl/workbook.xml"));
			zip.write("<?xml version=\"1.0\"?><workbook/>".getBytes(StandardCharsets.UTF_8));
			zip.putNextEntry(new ZipEntry(sheet));
			byte[] spaces = new byte[1024 * 1024];
			Arrays.fill(spaces, (byte) ' ');
			for (int i = 0; i < megabytes; i++) {
				zip.write(spaces);
			}
			zip.closeEntry();
		}
		byte[] bytes = out.toByteArray();
		assertThat(bytes.length).isLessThan(megabytes * 1024 * 1024 / 500);
		if (lying) {
			// Central directory file header: signature PK\1\2, uncompressed size at +24, name length at +28, name at +46.
			for (int at = 0; at + 46 < bytes.length; at++) {
				if (bytes[at] == 'P' && bytes[at + 1] == 'K' && bytes[at + 2] == 1 && bytes[at + 3] == 2
						&& new String(bytes, at + 46, sheet.length(), StandardCharsets.US_ASCII).equals(sheet)) {
					bytes[at + 24] = 0;
					bytes[at + 25] = 4; // 1024, little-endian
					bytes[at + 26] = 0;
					bytes[at + 27] = 0;
				}
			}
		}
		return bytes;
	}

	/** The same workbook, its shared strings now declaring an external entity (XXE). */
	private static byte[] withDoctype(byte[] workbook) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		boolean replaced = false;
		try (ZipFile in = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(workbook)).get();
				ZipOutputStream zip = new ZipOutputStream(out)) {
			for (ZipArchiveEntry entry : Collections.list(in.getEntries())) {
				byte[] content = in.getInputStream(entry).readAllBytes();
				if (entry.getName().equals("xl/sharedStrings.xml")) {
					content = """
							<?xml version="1.0" encoding="UTF-8"?>
							<!DOCTYPE sst [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
							<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" uniqueCount="1">\
							<si><t>&xxe;</t></si></sst>""".getBytes(StandardCharsets.UTF_8);
					replaced = true;
				}
				zip.putNextEntry(new ZipEntry(entry.getName()));
				zip.write(content);
				zip.closeEntry();
			}
		}
		assertThat(replaced).isTrue();
		return out.toByteArray();
	}

}
