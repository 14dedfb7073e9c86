package vn.vieclam.portal.demo;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import vn.vieclam.portal.account.Accounts;
import vn.vieclam.portal.account.PortalUser;
import vn.vieclam.portal.indicator.Direction;
import vn.vieclam.portal.indicator.DueDates;
import vn.vieclam.portal.indicator.IndicatorView;
import vn.vieclam.portal.indicator.Indicators;
import vn.vieclam.portal.indicator.RegisterView;
import vn.vieclam.portal.indicator.ReportingPeriod;
import vn.vieclam.portal.reference.ReferenceData;
import vn.vieclam.portal.shared.Formats;

/**
 * Plan 004 (Bắc Giang, 2023): sub-index 9 "Đào tạo lao động" with its eleven indicators exactly as in the
 * plan's Phụ lục 1, some 2023 quarterly reports (approved, returned, awaiting review, late, missing — Q3 of
 * the labour department is left for the demo journey), and the 2024 copy. Two demo officials: the 2023
 * labour department ({@code official-ldtbxh}) and the education department ({@code official-gd});
 * {@code official-ld} of Sở Nội vụ, which took over the labour department's work in 2025, acts as the lead.
 */
@Component
@Profile("demo")
@Order(50)
class DemoIndicators implements ApplicationRunner {

	static final String SUB_INDEX = "PCI-9";

	private static final Logger log = LoggerFactory.getLogger(DemoIndicators.class);

	private final Indicators indicators;

	private final Accounts accounts;

	private final ReferenceData reference;

	private final String password;

	DemoIndicators(Indicators indicators, Accounts accounts, ReferenceData reference,
			@Value("${portal.demo.password}") String password) {
		this.indicators = indicators;
		this.accounts = accounts;
		this.reference = reference;
		this.password = password;
	}

	/** Phụ lục 1 of plan 004: position, name, unit, 2022 value, 2022 rank, direction, 2023 target, labour (true) or education. */
	record Row(int position, String name, String unit, String baseline, int rank, Direction direction, String target,
			boolean labour) {
	}

	static final List<Row> PLAN_004 = List.of(
			new Row(1, "Tỷ lệ doanh nghiệp đánh giá việc tuyển dụng lao động phổ thông tại tỉnh là dễ dàng (%)", "%", "64.71", 19, Direction.GE, "82.9", true),
			new Row(2, "Tỷ lệ doanh nghiệp đánh giá việc tuyển dụng cán bộ kỹ thuật tại tỉnh là dễ dàng (%)", "%", "49.57", 7, Direction.GE, "50.0", true),
			new Row(3, "Tỷ lệ doanh nghiệp đánh giá việc tuyển dụng cán bộ quản lý, giám sát tại tỉnh là dễ dàng (%)", "%", "47.01", 6, Direction.GE, "50.0", true),
			new Row(4, "Tỷ lệ chi phí tuyển dụng lao động trong tổng chi phí kinh doanh (%)", "%", "5.13", 16, Direction.LE, "3.2", true),
			new Row(5, "Tỷ lệ chi phí đào tạo lao động trong tổng chi phí kinh doanh (%)", "%", "6.26", 22, Direction.LE, "2.35", true),
			new Row(6, "Giáo dục dạy nghề tại tỉnh có chất lượng tốt (% đồng ý)", "% đồng ý", "54.24", 27, Direction.GE, "61.4", true),
			new Row(7, "Tỷ lệ lao động tại DN đã tốt nghiệp các cơ sở giáo dục nghề nghiệp (%)", "%", "69.68", 1, Direction.GE, "70.0", true),
			new Row(8, "Tỷ lệ lao động từ 15 tuổi trở lên đang làm việc tại địa phương đã qua đào tạo (%)", "%", "26.72", 19, Direction.GE, "27.0", true),
			new Row(9, "Lao động tại địa phương đáp ứng hoàn toàn/phần lớn nhu cầu sử dụng của doanh nghiệp (%)", "%", "36.75", 40, Direction.GE, "60.9", true),
			new Row(10, "Giáo dục phổ thông tại tỉnh có chất lượng tốt (% đồng ý)", "% đồng ý", "55.93", 38, Direction.GE, "78.0", false),
			new Row(11, "Điểm thi trung bình kỳ thi tốt nghiệp THPT", "điểm", "6.59", 11, Direction.GE, "6.60", false));

	@Override
	public void run(ApplicationArguments args) {
		try {
			actAs(null);
			user("official-ldtbxh", "Nguyễn Thị Thu Hằng", "sldtbxh-bg");
			user("official-gd", "Đỗ Văn Quyết", "sgddt-bg");
			Long labour = org("sldtbxh-bg");
			Long education = org("sgddt-bg");
			Long register = this.indicators.registerId(2023, SUB_INDEX).orElse(null);
			if (register == null) {
				register = createPlan004(labour, education);
				reports(register, labour, education);
				log.info("Demo PCI register 2023 (plan 004) created with its 2023 reports");
			}
			if (this.indicators.registerId(2024, SUB_INDEX).isEmpty()) {
				PortalUser lead = this.accounts.principal("official-ld");
				actAs(lead);
				this.indicators.copyToNextYear(lead, register);
				log.info("Demo PCI register 2024 copied from 2023");
			}
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	private Long createPlan004(Long labour, Long education) {
		Long zoneBoard = org("bqlkcn-bg");
		Indicators.RegisterCommand register = new Indicators.RegisterCommand(2023, SUB_INDEX,
				"Chỉ số thành phần số 9 về “Đào tạo lao động”", null, new BigDecimal("6.80"), 5, new BigDecimal("6.85"),
				Direction.GE, labour,
				"Kế hoạch nâng cao Chỉ số PCI đối với chỉ số thành phần “Đào tạo lao động” năm 2023 (thực hiện Kế hoạch số 21/KH-UBND ngày 11/5/2023)",
				DueDates.PLAN_004);
		List<Indicators.IndicatorCommand> rows = PLAN_004.stream()
			.map(r -> new Indicators.IndicatorCommand(r.position(), r.name(), r.unit(), new BigDecimal(r.baseline()),
					r.rank(), new BigDecimal(r.target()), r.direction(), r.labour() ? labour : education,
					r.labour() ? Set.of(zoneBoard) : Set.of(),
					"UBND các huyện, thành phố"))
			.toList();
		return this.indicators.createRegister(register, rows);
	}

	/**
	 * The labour department: Q1 approved but late (the plan came in July), Q2 approved on time, Q3 missing,
	 * Q4 sent late and awaiting review. The education department: Q1 missing, Q2 returned, Q3 approved late.
	 */
	private void reports(Long registerId, Long labour, Long education) {
		PortalUser ldtbxh = this.accounts.principal("official-ldtbxh");
		PortalUser gd = this.accounts.principal("official-gd");
		PortalUser lead = this.accounts.principal("official-ld");
		RegisterView register = this.indicators.view(registerId);
		report(register, ldtbxh, labour, ReportingPeriod.Q1, "2023-07-20T09:00",
				new String[] { "66.10", "49.20", "46.80", "4.90", "6.10", "55.00", "69.50", "26.70", "38.00" }, "approve",
				lead);
		report(register, ldtbxh, labour, ReportingPeriod.Q2, "2023-07-01T15:30",
				new String[] { "70.20", "49.90", "48.60", "4.10", "5.80", "61.50", "70.10", "26.80", "45.00" }, "approve",
				lead);
		report(register, ldtbxh, labour, ReportingPeriod.Q4, "2024-01-08T10:00",
				new String[] { "80.50", "50.20", "49.10", "3.40", "3.10", "62.00", "70.40", "27.10", "55.20" }, null, lead);
		report(register, gd, education, ReportingPeriod.Q2, "2023-07-01T08:15", new String[] { "60.00", "6.55" },
				"return", lead);
		report(register, gd, education, ReportingPeriod.Q3, "2023-10-04T16:45", new String[] { "72.00", "6.62" },
				"approve", lead);
	}

	private void report(RegisterView register, PortalUser by, Long organisation, ReportingPeriod period, String at,
			String[] values, String decision, PortalUser lead) {
		Map<Long, Indicators.ValueEntry> entries = new LinkedHashMap<>();
		List<IndicatorView> own = register.indicators().stream()
			.filter(i -> i.responsibleId().equals(organisation)).toList();
		for (int k = 0; k < own.size(); k++) {
			entries.put(own.get(k).id(), new Indicators.ValueEntry(new BigDecimal(values[k]),
					k == 0 ? "Số liệu khảo sát doanh nghiệp của Sở, " + period.name() + "/" + register.year() : null));
		}
		actAs(by);
		Indicators.Evidence evidence = new Indicators.Evidence(
				"Bao-cao-" + period.name() + "-" + register.year() + ".pdf", "application/pdf",
				evidencePdf("Bao cao " + period.name() + " nam " + register.year() + " - chi so PCI 9 (du lieu mau)"));
		Long reportId = this.indicators.enterValues(by, register.id(), period, organisation, entries, evidence, null);
		Instant received = LocalDateTime.parse(at).atZone(Formats.VIETNAM).toInstant();
		this.indicators.submitReceived(by, reportId, received);
		actAs(lead);
		if ("approve".equals(decision)) {
			this.indicators.approve(lead, reportId);
		}
		else if ("return".equals(decision)) {
			this.indicators.returnReport(lead, reportId,
					"Thiếu minh chứng kết quả khảo sát chất lượng giáo dục phổ thông; đề nghị bổ sung và gửi lại.");
		}
	}

	private void user(String username, String fullName, String organisationCode) {
		DemoSupport.official(this.accounts, username, fullName, org(organisationCode), this.password);
	}

	private Long org(String code) {
		return this.reference.organisationByCode(code).orElseThrow().id();
	}

	private static void actAs(PortalUser user) {
		DemoSupport.actAs(user);
	}

	/** A one-page PDF, as the evidence files the page accepts are (plain ASCII: the standard font has no Vietnamese). */
	private static byte[] evidencePdf(String line) {
		try (org.apache.pdfbox.pdmodel.PDDocument doc = new org.apache.pdfbox.pdmodel.PDDocument();
				java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
			org.apache.pdfbox.pdmodel.PDPage page = new org.apache.pdfbox.pdmodel.PDPage();
			doc.addPage(page);
			try (org.apache.pdfbox.pdmodel.PDPageContentStream text = new org.apache.pdfbox.pdmodel.PDPageContentStream(doc, page)) {
				text.beginText();
				text.setFont(new org.apache.pdfbox.pdmodel.font.PDType1Font(
						org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.HELVETICA), 12);
				text.newLineAtOffset(72, 720);
				text.showText(line);
				text.endText();
			}
			doc.save(out);
			return out.toByteArray();
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

}
