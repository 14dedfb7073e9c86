package vn.vieclam.portal.demo;

import java.time.LocalDate;
import java.time.LocalTime;
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
import vn.vieclam.portal.conference.AgendaDetails;
import vn.vieclam.portal.conference.AgendaType;
import vn.vieclam.portal.conference.ConferenceDetails;
import vn.vieclam.portal.conference.ConferenceFormat;
import vn.vieclam.portal.conference.ConferenceKind;
import vn.vieclam.portal.conference.Conferences;
import vn.vieclam.portal.conference.Gifts;
import vn.vieclam.portal.conference.Participant;
import vn.vieclam.portal.conference.Petitioner;
import vn.vieclam.portal.conference.PointDetails;
import vn.vieclam.portal.conference.PointLevel;
import vn.vieclam.portal.conference.QuestionTopic;
import vn.vieclam.portal.conference.Questions;
import vn.vieclam.portal.reference.ReferenceData;

/**
 * Two conferences from the seed documents: the hybrid promotion conference that annex 01 of Bắc Giang's
 * 2024 plan proposes to Lạng Sơn (central hall co-chaired by both provinces, a hall in every district,
 * the ordered programme with the 20-minute video), and Hòa Bình's 2024 dialogue between the chairman and
 * workers (plan 34/KH-LĐLĐ: 250 seats, 20 delegates per unit, questions routed to departments, 30 gifts,
 * lists due 25/6/2024). Dates the documents leave open (14/3/2024, 2/7/2024) are made up.
 */
@Component
@Profile("demo")
@Order(60)
class DemoConferences implements ApplicationRunner {

	static final String PROMOTION_TITLE = "Hội nghị xúc tiến thu hút lao động tỉnh Lạng Sơn làm việc tại các doanh nghiệp tỉnh Bắc Giang năm 2024";

	static final String DIALOGUE_TITLE = "Hội nghị đối thoại giữa Chủ tịch UBND tỉnh với công nhân, viên chức, người lao động tỉnh Hòa Bình năm 2024";

	private static final Logger log = LoggerFactory.getLogger(DemoConferences.class);

	private final Accounts accounts;

	private final ReferenceData reference;

	private final Conferences conferences;

	private final Questions questions;

	private final Gifts gifts;

	private final String password;

	DemoConferences(Accounts accounts, ReferenceData reference, Conferences conferences, Questions questions, Gifts gifts,
			@Value("${portal.demo.password}") String password) {
		this.accounts = accounts;
		this.reference = reference;
		this.conferences = conferences;
		this.questions = questions;
		this.gifts = gifts;
		this.password = password;
	}

	@Override
	public void run(ApplicationArguments args) {
		try {
			actAs(null);
			user("official-ldld-hb", "Vương Văn Thanh", "ldld-hb");
			user("official-sldtbxh-hb", "Bùi Thị Hương", "sldtbxh-hb");
			if (!this.conferences.existsTitled(PROMOTION_TITLE)) {
				promotion();
			}
			if (!this.conferences.existsTitled(DIALOGUE_TITLE)) {
				dialogue();
			}
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	private void promotion() {
		PortalUser official = this.accounts.principal("official");
		actAs(official);
		Long id = this.conferences.create(official, new ConferenceDetails(ConferenceKind.LABOUR_PROMOTION, PROMOTION_TITLE,
				ConferenceFormat.HYBRID, LocalDate.of(2024, 3, 14), LocalTime.of(8, 0), LocalTime.of(11, 0),
				"Trung tâm Hội nghị tỉnh Lạng Sơn", org("vp-ubnd-bg"), org("vp-ubnd-ls"),
				"Lãnh đạo UBND tỉnh Bắc Giang; Lãnh đạo UBND tỉnh Lạng Sơn",
				"Ngân sách tỉnh Bắc Giang (Kế hoạch thu hút lao động năm 2024)", 120L, 150, true,
				LocalDate.of(2024, 3, 12), null));
		this.conferences.addPoint(official, id, null, new PointDetails(PointLevel.CENTRAL, "Điểm cầu trung tâm — Trung tâm Hội nghị tỉnh Lạng Sơn",
				"Đường Hùng Vương, thành phố Lạng Sơn", null, "Lãnh đạo UBND tỉnh Bắc Giang và Lãnh đạo UBND tỉnh Lạng Sơn (đồng chủ trì)",
				List.of(new Participant("Văn phòng UBND tỉnh (02 tỉnh)", "Lãnh đạo, chuyên viên", 4),
						new Participant("Sở Lao động - TB&XH (02 tỉnh)", "Lãnh đạo, chuyên viên", 4),
						new Participant("Ban Quản lý các KCN tỉnh Bắc Giang", "Lãnh đạo, chuyên viên", 2),
						new Participant("Liên đoàn Lao động tỉnh (02 tỉnh)", "Lãnh đạo", 2),
						new Participant("Báo, Đài Phát thanh và Truyền hình (02 tỉnh)", "Lãnh đạo, phóng viên", 6),
						new Participant("Trung tâm Dịch vụ việc làm (02 tỉnh)", "Lãnh đạo", 2),
						new Participant("Doanh nghiệp tỉnh Bắc Giang có nhu cầu tuyển dụng", "Đại diện", 8),
						new Participant("Trường nghề (02 tỉnh)", "Đại diện", 4))));
		this.conferences.generatePoints(official, id, PointLevel.DISTRICT, null);
		item(official, id, AgendaType.OPENING, "Tuyên bố lý do, giới thiệu đại biểu", null, "Văn phòng UBND tỉnh Lạng Sơn", 5);
		item(official, id, AgendaType.OPENING, "Phát biểu khai mạc hội nghị", "Đại diện lãnh đạo", "UBND tỉnh Lạng Sơn", 10);
		item(official, id, AgendaType.VIDEO, "Video clip giới thiệu tình hình phát triển KT-XH tỉnh Bắc Giang, điều kiện làm việc, nơi ăn ở của lao động ngoài tỉnh và nhu cầu tuyển dụng",
				null, "Đài Phát thanh và Truyền hình Bắc Giang", 20);
		item(official, id, AgendaType.PRESENTATION, "Doanh nghiệp giới thiệu nhu cầu, điều kiện tuyển dụng và chế độ đối với người lao động",
				"Đại diện một số doanh nghiệp", "Doanh nghiệp tỉnh Bắc Giang", 45);
		item(official, id, AgendaType.DISCUSSION, "Các đại biểu trao đổi, thảo luận", null, null, 40);
		item(official, id, AgendaType.QA, "Đoàn công tác tỉnh Bắc Giang trả lời, làm rõ những nội dung cán bộ và người lao động quan tâm",
				"Thành viên đoàn công tác", "UBND tỉnh Bắc Giang", 30);
		item(official, id, AgendaType.CLOSING, "Phát biểu bế mạc hội nghị", "Đại diện lãnh đạo", "UBND tỉnh Lạng Sơn", 10);
		log.info("Demo conference '{}' created", PROMOTION_TITLE);
	}

	private void dialogue() {
		PortalUser organiser = this.accounts.principal("official-ldld-hb");
		actAs(organiser);
		LocalDate day = LocalDate.of(2024, 7, 2);
		LocalDate due = LocalDate.of(2024, 6, 25);
		Long id = this.conferences.create(organiser, new ConferenceDetails(ConferenceKind.DIALOGUE, DIALOGUE_TITLE,
				ConferenceFormat.IN_PERSON, day, LocalTime.of(8, 0), LocalTime.of(11, 30), "Hội trường UBND tỉnh Hòa Bình",
				org("ldld-hb"), org("vp-ubnd-hb"), "Chủ tịch UBND tỉnh Hòa Bình; Chủ tịch Liên đoàn Lao động tỉnh Hòa Bình",
				"Kinh phí Công đoàn tỉnh Hòa Bình", 117L, 250, true, due, due));
		this.conferences.addPoint(organiser, id, null, new PointDetails(PointLevel.CENTRAL, "Hội trường UBND tỉnh Hòa Bình",
				"Thành phố Hòa Bình", null, "Chủ tịch UBND tỉnh Hòa Bình", List.of(
						new Participant("Tổng Liên đoàn Lao động Việt Nam", "Đại diện lãnh đạo", 2),
						new Participant("Thường trực Tỉnh ủy, HĐND, UBND tỉnh", "Đại diện lãnh đạo", 4),
						new Participant("Các sở, ngành liên quan", "Đại diện lãnh đạo", 10),
						new Participant("Báo Hòa Bình, Báo Lao động, Báo Nhân dân, Đài PT&TH tỉnh", "Phóng viên", 6))));
		item(organiser, id, AgendaType.OPENING, "Tuyên bố lý do, giới thiệu đại biểu, thông qua chương trình", null, "Liên đoàn Lao động tỉnh Hòa Bình", 10);
		item(organiser, id, AgendaType.OPENING, "Khai mạc hội nghị", "Chủ tịch UBND tỉnh", "UBND tỉnh Hòa Bình", 10);
		item(organiser, id, AgendaType.VIDEO, "Phóng sự: Tình hình quan hệ lao động, đời sống, việc làm của CNVCLĐ tỉnh Hòa Bình", null,
				"Đài Phát thanh và Truyền hình Hòa Bình", 15);
		item(organiser, id, AgendaType.QA, "Lãnh đạo tỉnh lắng nghe ý kiến, kiến nghị của CNVCLĐ; các sở, ngành giải đáp", "Chủ tịch UBND tỉnh (chủ trì)",
				"UBND tỉnh Hòa Bình", 120);
		item(organiser, id, AgendaType.SPEECH, "Phát biểu của Lãnh đạo Tổng LĐLĐ Việt Nam, Tỉnh ủy Hòa Bình", null, null, 20);
		item(organiser, id, AgendaType.SPEECH, "Phát biểu kết luận", "Chủ tịch UBND tỉnh", "UBND tỉnh Hòa Bình", 15);
		item(organiser, id, AgendaType.GIFT_GIVING, "Tặng quà cho đoàn viên, người lao động có hoàn cảnh khó khăn", null, "Liên đoàn Lao động tỉnh Hòa Bình", 15);
		item(organiser, id, AgendaType.CLOSING, "Bế mạc hội nghị", null, null, 5);

		String[] districtUnions = { "ldld-hb-tp", "ldld-hb-luongson", "ldld-hb-kimboi", "ldld-hb-caophong", "ldld-hb-tanlac",
				"ldld-hb-maichau", "ldld-hb-lacson", "ldld-hb-yenthuy", "ldld-hb-lacthuy", "ldld-hb-dabac" };
		for (String code : districtUnions) {
			this.conferences.invite(organiser, id, org(code), null, 20, 2);
		}
		this.conferences.invite(organiser, id, org("cdn-giaoduc-hb"), null, 20, 5);
		this.conferences.invite(organiser, id, org("cdn-yte-hb"), null, 20, 5);

		LocalDate listed = LocalDate.of(2024, 6, 20);
		String[][] nominees = {
				{ "ldld-hb-tp", "Đinh Thị Lan", "Công ty TNHH May Hòa Bình", "Chồng mất, một mình nuôi hai con nhỏ" },
				{ "ldld-hb-tp", "Quách Văn Sơn", "Công ty CP Xi măng Hòa Bình", "Bị tai nạn lao động, đang điều trị dài ngày" },
				{ "ldld-hb-luongson", "Bùi Thị Thu", "Công ty TNHH Điện tử Lương Sơn", "Con mắc bệnh hiểm nghèo" },
				{ "ldld-hb-lacson", "Bùi Văn Toàn", "Hợp tác xã Nông nghiệp Lạc Sơn", "Nhà bị hư hỏng do lũ quét năm 2024" },
				{ "cdn-giaoduc-hb", "Hà Thị Mai", "Trường Tiểu học xã Đà Bắc", "Giáo viên vùng cao, gia đình thuộc hộ nghèo" },
				{ "cdn-yte-hb", "Xa Văn Hùng", "Trung tâm Y tế huyện Mai Châu", "Bố mẹ già yếu, bản thân mắc bệnh mãn tính" } };
		for (String[] n : nominees) {
			Long recipient = this.gifts.nominate(organiser, id, org(n[0]), n[1], n[2], n[3], true, listed);
			this.gifts.approve(organiser, id, recipient);
		}

		PortalUser department = this.accounts.principal("official-sldtbxh-hb");
		Long wages = this.questions.enter(organiser, id, new Petitioner(false, "Nguyễn Thị Hoa", "Công ty TNHH May Hòa Bình", "0912345678"),
				"Doanh nghiệp chậm đóng bảo hiểm xã hội 3 tháng, người lao động có được hưởng chế độ thai sản không và tỉnh xử lý thế nào?");
		this.questions.route(organiser, id, wages, 0, QuestionTopic.SOCIAL_INSURANCE, org("sldtbxh-hb"), LocalDate.of(2024, 6, 28));
		actAs(department);
		this.questions.answer(department, id, wages, 1,
				"Người lao động vẫn được giải quyết chế độ thai sản khi doanh nghiệp đóng bù đủ số tiền chậm đóng; Sở phối hợp BHXH tỉnh thanh tra, "
						+ "xử phạt và yêu cầu doanh nghiệp đóng bù kèm tiền lãi theo quy định.");
		actAs(organiser);
		this.questions.approve(organiser, id, wages, 2);
		Long jobs = this.questions.enter(organiser, id, new Petitioner(false, "Bùi Văn Nam", "Khu công nghiệp Lương Sơn", "0987654321"),
				"Đề nghị tỉnh có thêm lớp đào tạo nghề miễn phí cho lao động bị mất việc ở các khu công nghiệp.");
		this.questions.route(organiser, id, jobs, 0, QuestionTopic.EMPLOYMENT, org("sldtbxh-hb"), LocalDate.of(2024, 6, 28));
		Long housing = this.questions.enter(organiser, id, new Petitioner(true, null, "Công đoàn ngành Giáo dục", null),
				"Giáo viên hợp đồng ở vùng cao có được hỗ trợ nhà công vụ không?");
		this.questions.route(organiser, id, housing, 0, QuestionTopic.HOUSING, org("sxd-hb"), LocalDate.of(2024, 6, 28));
		this.questions.enter(organiser, id, new Petitioner(false, "Lò Thị Hằng", "Công ty CP Chè Hòa Bình", null),
				"Đề nghị xây nhà trẻ gần khu công nghiệp cho con công nhân.");
		this.questions.publish(organiser, id, true);
		log.info("Demo conference '{}' created", DIALOGUE_TITLE);
	}

	private void item(PortalUser user, Long id, AgendaType type, String title, String presenter, String organisation, int minutes) {
		this.conferences.addItem(user, id, new AgendaDetails(type, title, presenter, organisation, minutes));
	}

	private Long org(String code) {
		return this.reference.organisationByCode(code).orElseThrow().id();
	}

	private void user(String username, String fullName, String organisationCode) {
		DemoSupport.official(this.accounts, username, fullName, org(organisationCode), this.password);
	}

	private static void actAs(PortalUser user) {
		DemoSupport.actAs(user);
	}

}
