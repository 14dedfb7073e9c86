package vn.vieclam.portal.demo;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

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
import vn.vieclam.portal.delegation.DelegationDetails;
import vn.vieclam.portal.delegation.DelegationStatus;
import vn.vieclam.portal.delegation.Delegations;
import vn.vieclam.portal.delegation.MemberRole;
import vn.vieclam.portal.delegation.PersonDetails;
import vn.vieclam.portal.delegation.PersonSide;
import vn.vieclam.portal.plan.CampaignDetails;
import vn.vieclam.portal.plan.Channel;
import vn.vieclam.portal.plan.CommitmentDetails;
import vn.vieclam.portal.plan.Deadline;
import vn.vieclam.portal.plan.ItemKind;
import vn.vieclam.portal.plan.NoticeDetails;
import vn.vieclam.portal.plan.Notices;
import vn.vieclam.portal.plan.PeriodCounts;
import vn.vieclam.portal.plan.PlanDetails;
import vn.vieclam.portal.plan.Plans;
import vn.vieclam.portal.plan.Recurrence;
import vn.vieclam.portal.plan.SourceKind;
import vn.vieclam.portal.plan.TaskDetails;
import vn.vieclam.portal.plan.Tasks;
import vn.vieclam.portal.reference.ReferenceData;

/**
 * Bắc Giang's 2024 plan to attract workers (seed 001) with the tasks and deadlines it sets, media campaigns for
 * some months (June, September and December are left out, so the monthly rule shows misses), the wave-1
 * delegations (Lạng Sơn on 13/3/2024 done and reported, Cao Bằng, Hòa Bình, Sơn La), and Lạng Sơn's conclusion
 * notice (seed 002) with its commitments. The seeds leave the plan's and the notice's numbers and days blank;
 * the demo writes them as blank-numbered ("…/KH-UBND") and picks a day in the stated month. Only the Lạng Sơn
 * visit's date is from the seeds; the other wave-1 dates are within Q1/2024 as the plan says, day illustrative.
 */
@Component
@Profile("demo")
@Order(40)
class DemoPlans implements ApplicationRunner {

	static final String PLAN_NUMBER = "…/KH-UBND";

	static final LocalDate PLAN_DATE = LocalDate.of(2024, 2, 26);

	static final String NOTICE_NUMBER = "…/TB-UBND";

	private static final Logger log = LoggerFactory.getLogger(DemoPlans.class);

	private final Accounts accounts;

	private final ReferenceData reference;

	private final Plans plans;

	private final Tasks tasks;

	private final Notices notices;

	private final Delegations delegations;

	private final String password;

	DemoPlans(Accounts accounts, ReferenceData reference, Plans plans, Tasks tasks, Notices notices,
			Delegations delegations, @Value("${portal.demo.password}") String password) {
		this.accounts = accounts;
		this.reference = reference;
		this.plans = plans;
		this.tasks = tasks;
		this.notices = notices;
		this.delegations = delegations;
		this.password = password;
	}

	@Override
	public void run(ApplicationArguments args) {
		try {
			actAs(null);
			user("official-gtvt-ls", "Hoàng Văn Thắng", "sgtvt-ls");
			user("official-ptth-bg", "Nguyễn Thu Hằng", "ptth-bg");
			Long plan = this.plans.find(PLAN_NUMBER, PLAN_DATE).orElseGet(this::plan);
			Long langSon = delegations(plan);
			if (this.notices.find(SourceKind.DELEGATION, langSon, NOTICE_NUMBER).isEmpty()) {
				notice(langSon);
			}
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	private Long plan() {
		Long plan = this.plans.create(new PlanDetails(PLAN_NUMBER, PLAN_DATE, org("ubnd-bg"), "Mai Sơn",
				"Kế hoạch xúc tiến thu hút lao động đến làm việc tại các doanh nghiệp trên địa bàn tỉnh Bắc Giang"));
		Long video = task(plan, TaskDetails.once("V.9", "Video clip 20 phút giới thiệu Bắc Giang và nhu cầu tuyển dụng",
				"Giới thiệu kinh tế - xã hội của tỉnh, môi trường làm việc và sống, nhu cầu tuyển dụng, lương thưởng; "
						+ "duyệt nội dung với Sở LĐTBXH và Văn phòng UBND tỉnh; dùng tại các hội nghị xúc tiến ở các tỉnh.",
				org("ptth-bg"), List.of(org("sldtbxh-bg"), org("vp-ubnd-bg")), Deadline.on(LocalDate.of(2024, 3, 6))));
		Long special = task(plan, TaskDetails.once("V.10", "Chuyên đề tuyên truyền đặc biệt trên báo in",
				"Trang chuyên đề trên báo in và chuyên mục trên báo điện tử về doanh nghiệp, điều kiện làm việc, nơi ở "
						+ "của lao động ngoài tỉnh, nhu cầu tuyển dụng và chế độ cho người lao động.",
				org("bao-bg"), List.of(org("sldtbxh-bg"), org("vp-ubnd-bg")), Deadline.on(LocalDate.of(2024, 3, 6))));
		task(plan, TaskDetails.once("V.1", "Lập dự toán kinh phí thực hiện kế hoạch, gửi Sở Tài chính thẩm định",
				"Dự toán các nhiệm vụ được phân công; Sở Tài chính thẩm định để bổ sung kinh phí.", org("sldtbxh-bg"),
				List.of(org("stc-bg")), Deadline.on(LocalDate.of(2024, 3, 6))));
		Long schedule = task(plan, TaskDetails.once("V.2", "Thống nhất chương trình, lịch trình các đoàn công tác đợt 1",
				"Trao đổi với Văn phòng UBND các tỉnh Lạng Sơn, Cao Bằng, Hòa Bình, Sơn La; chuẩn bị quà lưu niệm.",
				org("vp-ubnd-bg"), List.of(org("sldtbxh-bg")), Deadline.on(LocalDate.of(2024, 3, 31))));
		Long wave1 = task(plan, TaskDetails.once("II.1.2", "Truyền thông đợt 1 về nhu cầu tuyển lao động",
				"Báo, Đài tỉnh xây dựng nội dung cùng Sở LĐTBXH, Ban Quản lý các KCN, các huyện và doanh nghiệp; "
						+ "cung cấp cho báo, đài các tỉnh bạn.",
				org("ptth-bg"), List.of(org("bao-bg"), org("sldtbxh-bg"), org("bqlkcn-bg")),
				Deadline.on(LocalDate.of(2024, 3, 15))));
		Long monthly = task(plan, TaskDetails.recurring("II.1.2", "Các đợt truyền thông tiếp theo: ít nhất 01 đợt mỗi tháng",
				"Tin, bài, phóng sự về nhu cầu tuyển dụng trên báo, đài, mạng xã hội của tỉnh và các tỉnh bạn.",
				org("ptth-bg"), List.of(org("bao-bg"), org("tinhdoan-bg"), org("ldld-bg")), Recurrence.MONTHLY,
				LocalDate.of(2024, 4, 1), LocalDate.of(2024, 12, 31), 1, PeriodCounts.CAMPAIGNS));
		Long sessions = task(plan, TaskDetails.recurring("II.2.1b", "Phiên giao dịch việc làm online định kỳ hằng tháng",
				"Trung tâm Dịch vụ việc làm Bắc Giang phối hợp trung tâm các tỉnh tổ chức phiên online để doanh nghiệp "
						+ "phỏng vấn, tuyển chọn; báo cáo mỗi phiên.",
				org("ttdvvl-bg"), List.of(org("hhcunl-bg")), Recurrence.MONTHLY, LocalDate.of(2024, 4, 1),
				LocalDate.of(2024, 12, 31), 1, PeriodCounts.REPORTS));
		Long zones = task(plan, TaskDetails.recurring("V.5", "Cung cấp thông tin tuyển dụng của doanh nghiệp trong KCN cho Báo, Đài",
				"Chế độ đãi ngộ, số lượng cần tuyển, điều kiện làm việc, nơi ở, đi lại, thu nhập của người lao động.",
				org("bqlkcn-bg"), List.of(org("bao-bg"), org("ptth-bg")), Recurrence.MONTHLY, LocalDate.of(2024, 3, 1),
				LocalDate.of(2024, 12, 31), 1, PeriodCounts.REPORTS));
		task(plan, TaskDetails.once("II.3", "Làm việc với các trường cao đẳng, đại học về thu hút lao động chất lượng cao",
				"Thống nhất kế hoạch thông tin cho sinh viên về nhu cầu tuyển lao động có trình độ; dự kiến từ quý II/2024.",
				org("sldtbxh-bg"), List.of(org("vp-ubnd-bg")), Deadline.in(YearMonth.of(2024, 6))));

		// Campaigns: the video (on time), the special issue (two days late), wave 1 (on time), then monthly ones
		// with June, September and December missing.
		campaign(plan, video, "ptth-bg", "Video clip giới thiệu Bắc Giang - điểm đến việc làm", List.of(Channel.RADIO_TV),
				LocalDate.of(2024, 3, 5));
		campaign(plan, special, "bao-bg", "Chuyên đề: Bắc Giang chào đón người lao động", List.of(Channel.NEWSPAPER),
				LocalDate.of(2024, 3, 8));
		campaign(plan, wave1, "ptth-bg", "Đợt 1: nhu cầu tuyển dụng của doanh nghiệp các KCN",
				List.of(Channel.RADIO_TV, Channel.NEWSPAPER, Channel.PARTNER_MEDIA), LocalDate.of(2024, 3, 12));
		int[][] months = { { 4, 10 }, { 5, 15 }, { 7, 8 }, { 8, 20 }, { 10, 11 }, { 11, 18 } };
		for (int[] m : months) {
			campaign(plan, monthly, m[0] % 2 == 0 ? "ptth-bg" : "bao-bg",
					"Tuyển dụng tháng " + m[0] + "/2024: việc làm tại các KCN Bắc Giang",
					List.of(Channel.RADIO_TV, Channel.SOCIAL_MEDIA), LocalDate.of(2024, m[0], m[1]));
		}
		// Reports: the committee office finished the schedule; the job centre reported its monthly online sessions
		// (not in August); the zone board sent its monthly information (not in May).
		report("official", ItemKind.TASK, schedule, "Đã thống nhất lịch làm việc với 04 tỉnh; đoàn Lạng Sơn ngày 13/3/2024.",
				true, LocalDate.of(2024, 3, 8));
		for (int month = 4; month <= 12; month++) {
			if (month != 8) {
				report("centre-bg", ItemKind.TASK, sessions, "Phiên giao dịch việc làm online tháng " + month
						+ "/2024 với các trung tâm Lạng Sơn, Cao Bằng, Hòa Bình, Sơn La.", false, LocalDate.of(2024, month, 25));
			}
		}
		for (int month = 3; month <= 12; month++) {
			if (month != 5) {
				report("official-kcn", ItemKind.TASK, zones, "Đã gửi Báo Bắc Giang, Đài PT&TH tỉnh thông tin tuyển dụng tháng "
						+ month + "/2024 của doanh nghiệp trong các KCN.", false, LocalDate.of(2024, month, 5));
			}
		}
		log.info("Demo plan {} with its tasks and campaigns created", PLAN_NUMBER);
		return plan;
	}

	/** The wave-1 delegations; returns the Lạng Sơn one. */
	private Long delegations(Long plan) {
		Long langSon = this.delegations.find(120L, LocalDate.of(2024, 3, 13)).orElse(null);
		if (langSon == null) {
			langSon = this.delegations.create(new DelegationDetails(plan, 1, 120L, org("ubnd-ls"), LocalDate.of(2024, 3, 13),
					LocalDate.of(2024, 3, 13), "Mai Sơn",
					"Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch Thường trực UBND tỉnh Bắc Giang",
					"Sáng 13/03/2024: làm việc với UBND tỉnh Lạng Sơn tại trụ sở UBND tỉnh\n"
							+ "Chiều 13/03/2024: trao đổi với các sở, ngành và Trung tâm Dịch vụ việc làm tỉnh Lạng Sơn",
					"Giới thiệu kinh tế - xã hội Bắc Giang, doanh nghiệp, điều kiện làm việc và nơi ở của lao động ngoài tỉnh\n"
							+ "Đề nghị báo, đài Lạng Sơn hằng tháng phối hợp thông tin miễn phí về nhu cầu tuyển dụng\n"
							+ "Đề nghị các sở, UBND cấp huyện, cấp xã phối hợp tuyên truyền, tuyển chọn lao động\n"
							+ "Các nội dung khác về lao động, việc làm mà hai tỉnh quan tâm",
					"Lạng Sơn thống nhất phối hợp quảng bá, tuyển dụng lao động; giao Sở LĐTBXH làm đầu mối, Sở GTVT "
							+ "nghiên cứu tuyến xe khách Lạng Sơn - Bắc Giang, báo, đài hai tỉnh xây dựng kế hoạch phối hợp.",
					organisers()));
			visitor(langSon, "Mai Sơn", "Phó Chủ tịch Thường trực UBND tỉnh", "ubnd-bg", MemberRole.LEADER);
			visitor(langSon, "Giáp Thư Trang", "Phó Trưởng phòng Khoa giáo - Văn xã", "vp-ubnd-bg", MemberRole.SECRETARY);
			visitor(langSon, "Trần Văn Hà", "Phó Giám đốc Sở", "sldtbxh-bg", MemberRole.MEMBER);
			visitor(langSon, "Đại diện lãnh đạo", null, "bqlkcn-bg", MemberRole.MEMBER);
			visitor(langSon, "Đại diện lãnh đạo", null, "bao-bg", MemberRole.MEMBER);
			visitor(langSon, "Đại diện lãnh đạo", null, "ptth-bg", MemberRole.MEMBER);
			visitor(langSon, "Đại diện lãnh đạo", null, "ldld-bg", MemberRole.MEMBER);
			visitor(langSon, "Đại diện lãnh đạo", null, "ttdvvl-bg", MemberRole.MEMBER);
			visitor(langSon, "Đại diện lãnh đạo", null, "hhcunl-bg", MemberRole.MEMBER);
			this.delegations.addPerson(langSon, new PersonDetails(PersonSide.HOST, "Dương Xuân Huyền",
					"Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch Thường trực UBND tỉnh", org("ubnd-ls"), MemberRole.LEADER));
			this.delegations.addPerson(langSon, new PersonDetails(PersonSide.HOST, "Trịnh Tiến Duy",
					"Chánh Văn phòng UBND tỉnh", org("vp-ubnd-ls"), MemberRole.MEMBER));
			for (DelegationStatus s : List.of(DelegationStatus.CONFIRMED, DelegationStatus.DONE, DelegationStatus.REPORTED)) {
				this.delegations.advance(langSon, s);
			}
		}
		other(plan, 104L, "ubnd-cb", LocalDate.of(2024, 3, 20), DelegationStatus.CONFIRMED);
		other(plan, 117L, "ubnd-hb", LocalDate.of(2024, 3, 27), DelegationStatus.PLANNED);
		other(plan, 114L, "ubnd-sl", LocalDate.of(2024, 3, 28), DelegationStatus.PLANNED);
		return langSon;
	}

	private void other(Long plan, Long province, String host, LocalDate on, DelegationStatus status) {
		if (this.delegations.find(province, on).isPresent()) {
			return;
		}
		Long id = this.delegations.create(new DelegationDetails(plan, 1, province, org(host), on, on, "Mai Sơn",
				"Phó Chủ tịch Thường trực UBND tỉnh Bắc Giang", null,
				"Giới thiệu kinh tế - xã hội Bắc Giang và nhu cầu tuyển dụng của doanh nghiệp\n"
						+ "Đề nghị phối hợp truyền thông và tuyển chọn lao động",
				null, organisers()));
		visitor(id, "Mai Sơn", "Phó Chủ tịch Thường trực UBND tỉnh", "ubnd-bg", MemberRole.LEADER);
		visitor(id, "Trần Văn Hà", "Phó Giám đốc Sở", "sldtbxh-bg", MemberRole.MEMBER);
		if (status != DelegationStatus.PLANNED) {
			this.delegations.advance(id, DelegationStatus.CONFIRMED);
		}
	}

	/**
	 * The wave-1 trips are organised by the committee office and the labour department of 2024 (Sở Nội vụ, its
	 * successor since 2025, acts for it).
	 */
	private List<Long> organisers() {
		return List.of(org("vp-ubnd-bg"), org("sldtbxh-bg"));
	}

	private void notice(Long langSon) {
		Long notice = this.notices.record(SourceKind.DELEGATION, langSon, new NoticeDetails(NOTICE_NUMBER,
				LocalDate.of(2024, 3, 20), org("vp-ubnd-ls"), "Trịnh Tiến Duy", "Chánh Văn phòng UBND tỉnh Lạng Sơn",
				"Kết luận của Phó Chủ tịch Thường trực UBND tỉnh Lạng Sơn Dương Xuân Huyền tại buổi làm việc với Đoàn công "
						+ "tác của UBND tỉnh Bắc Giang ngày 13/3/2024 về xúc tiến thu hút lao động Lạng Sơn đến làm việc "
						+ "tại các doanh nghiệp Bắc Giang."));
		commit(notice, "sldtbxh-ls", "Chỉ đạo Trung tâm Dịch vụ việc làm tỉnh phối hợp với tỉnh Bắc Giang cung cấp kịp thời "
				+ "thông tin tuyển dụng của doanh nghiệp Bắc Giang và cùng doanh nghiệp về các huyện quảng bá, tuyển dụng", null);
		commit(notice, "sldtbxh-ls", "Làm đầu mối liên hệ, thống nhất với tỉnh Bắc Giang các nội dung quảng bá, xúc tiến, "
				+ "tuyển dụng lao động", null);
		commit(notice, "sgtvt-ls", "Phối hợp với Sở Giao thông vận tải Bắc Giang nghiên cứu điều kiện mở tuyến xe khách "
				+ "Lạng Sơn - Bắc Giang; báo cáo UBND tỉnh", Deadline.in(YearMonth.of(2024, 4)));
		commit(notice, "bao-ls", "Cùng Báo Bắc Giang xây dựng kế hoạch phối hợp tăng cường thông tin về nhu cầu tuyển lao "
				+ "động của doanh nghiệp Bắc Giang", null);
		commit(notice, "ptth-ls", "Cùng Đài PT&TH Bắc Giang xây dựng kế hoạch phối hợp tăng cường thông tin về nhu cầu "
				+ "tuyển lao động của doanh nghiệp Bắc Giang", null);
		commit(notice, "ubnd-cac-huyen-ls", "Chỉ đạo UBND cấp xã tạo điều kiện cho doanh nghiệp Bắc Giang đến quảng bá, "
				+ "tuyển dụng lao động", null);
		log.info("Demo conclusion notice {} with its commitments created", NOTICE_NUMBER);
	}

	private void commit(Long notice, String organisation, String action, Deadline deadline) {
		this.notices.addCommitment(notice, new CommitmentDetails(org(organisation), action, deadline));
	}

	private void visitor(Long delegation, String name, String title, String organisation, MemberRole role) {
		this.delegations.addPerson(delegation, new PersonDetails(PersonSide.VISITOR, name, title, org(organisation), role));
	}

	private Long task(Long plan, TaskDetails details) {
		return this.plans.addTask(plan, details);
	}

	private void campaign(Long plan, Long task, String organisation, String title, List<Channel> channels, LocalDate on) {
		this.plans.addCampaign(plan, new CampaignDetails(task, org(organisation), title, null, channels, on, null));
	}

	private void report(String username, ItemKind kind, Long id, String text, boolean done, LocalDate on) {
		PortalUser user = this.accounts.principal(username);
		actAs(user);
		this.tasks.report(user, kind, id, text, done, List.of(), on);
		actAs(null);
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

}
