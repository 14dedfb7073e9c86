package vn.vieclam.portal.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import vn.vieclam.portal.PortalTest;
import vn.vieclam.portal.account.Accounts;
import vn.vieclam.portal.account.TestUsers;
import vn.vieclam.portal.candidate.Candidates;
import vn.vieclam.portal.matching.MatchingTestData.Spec;
import vn.vieclam.portal.shared.Formats;
import vn.vieclam.portal.shared.Phone;
import vn.vieclam.portal.vacancy.Housing;
import vn.vieclam.portal.vacancy.Vacancies;

/**
 * A referral's life as the centre and the employer live it: refer (with consent, once), interview, hire
 * or not, follow-ups after a hire, and the yearly counts; each party sees only its own.
 */
@PortalTest
class ReferralTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Accounts accounts;

	@Autowired
	Candidates candidates;

	@Autowired
	Vacancies vacancies;

	MatchingTestData data;

	@BeforeEach
	void data() {
		this.data = new MatchingTestData(this.accounts, this.candidates, this.vacancies, this.jdbc);
	}

	@Test
	void referInterviewHireAndTheFollowUpsFallDue() throws Exception {
		Long vacancy = this.data.publishedVacancy("Nhân viên phục vụ nhà ăn ca", "51", "UNSKILLED", Housing.DORMITORY, null);
		Long candidate = this.data.candidate("centre-ls", new Spec("Lộc Văn Tùng", "51"));

		Long id = refer("centre-ls", candidate, vacancy, "vacancy").andExpect(flash().attribute("flashSuccess", "referral.done.referred"))
			.andReturn().getResponse().getRedirectedUrl().transform(url -> Long.valueOf(url.substring(url.lastIndexOf('/') + 1)));
		assertThat(statusOf(id)).isEqualTo("REFERRED");
		assertThat(candidateStatus(candidate)).isEqualTo("REFERRED");
		assertThat(this.jdbc.queryForObject("""
				select count(*) from counselling where candidate_id = ? and kind = 'INTRODUCTION' and happened_on = ?""",
				Integer.class, candidate, today())).isEqualTo(1);

		// Out of order: no hire and no no-show before an interview.
		act("employer", id, "hire", "startDate", date(today().plusDays(7)))
			.andExpect(flash().attribute("flashError", "referral.hire.notInterviewed"));
		act("employer", id, "no-show").andExpect(flash().attribute("flashError", "referral.noShow.notScheduled"));
		assertThat(statusOf(id)).isEqualTo("REFERRED");

		LocalDate interview = today().plusDays(3);
		act("employer", id, "interview", "date", date(interview), "time", "09:30", "place", "Phòng nhân sự, nhà A")
			.andExpect(flash().attribute("flashSuccess", "referral.done.interview"));
		assertThat(statusOf(id)).isEqualTo("INTERVIEW_SCHEDULED");
		assertThat(this.jdbc.queryForObject("select interview_at from referral where id = ?", java.sql.Timestamp.class, id)
			.toInstant()).isEqualTo(LocalDateTime.of(interview, java.time.LocalTime.of(9, 30)).atZone(Formats.VIETNAM).toInstant());

		// Each side does only its own steps: the centre does not hire, the employer does not withdraw (refused by
		// the URL rules, 403, or without them by the services, 404).
		assertThat(act("centre-ls", id, "hire", "startDate", date(today().plusDays(7))).andReturn().getResponse()
			.getStatus()).isIn(403, 404);
		assertThat(act("employer", id, "withdraw").andReturn().getResponse().getStatus()).isIn(403, 404);

		int hiredBefore = this.jdbc.queryForObject("select hired from vacancy where id = ?", Integer.class, vacancy);
		LocalDate start = today().plusDays(7);
		act("employer", id, "hire", "startDate", date(start)).andExpect(flash().attribute("flashSuccess", "referral.done.hired"));
		assertThat(statusOf(id)).isEqualTo("HIRED");
		assertThat(candidateStatus(candidate)).isEqualTo("EMPLOYED");
		assertThat(this.jdbc.queryForObject("select hired from vacancy where id = ?", Integer.class, vacancy))
			.isEqualTo(hiredBefore + 1);
		assertThat(this.jdbc.queryForList("select due_on from referral_follow_up where referral_id = ? order by months",
				LocalDate.class, id)).containsExactly(start.plusMonths(1), start.plusMonths(3), start.plusMonths(6));

		// A hire is final.
		act("employer", id, "not-selected", "reason", "Đổi ý").andExpect(flash().attribute("flashError", "referral.notSelected.notOpen"));
		act("centre-ls", id, "withdraw").andExpect(flash().attribute("flashError", "referral.withdraw.notOpen"));
		act("employer", id, "interview", "date", date(interview), "time", "10:00")
			.andExpect(flash().attribute("flashError", "referral.interview.notOpen"));
		assertThat(statusOf(id)).isEqualTo("HIRED");
	}

	@Test
	void notSelectedNeedsAReasonBesideTheFieldAndTheCandidateSeeksAgain() throws Exception {
		Long vacancy = this.data.publishedVacancy("Nhân viên bảo vệ nhà máy", "54", "UNSKILLED", Housing.NONE, null);
		Long other = this.data.publishedVacancy("Nhân viên bảo vệ kho", "54", "UNSKILLED", Housing.NONE, null);
		Long candidate = this.data.candidate("centre-ls", new Spec("Triệu Văn Sáng", "54"));
		Long id = referral(candidate, vacancy);
		Long second = referral(candidate, other);

		String html = act("employer", id, "not-selected", "reason", "  ").andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(Jsoup.parse(html).getElementById("reason-error").text()).isEqualTo("Vui lòng ghi lý do.");
		assertThat(statusOf(id)).isEqualTo("REFERRED");

		act("employer", id, "not-selected", "reason", "Chưa có kinh nghiệm bảo vệ")
			.andExpect(flash().attribute("flashSuccess", "referral.done.notSelected"));
		assertThat(statusOf(id)).isEqualTo("NOT_SELECTED");
		// Still referred elsewhere, so still REFERRED; once that ends too, seeking again.
		assertThat(candidateStatus(candidate)).isEqualTo("REFERRED");
		act("centre-ls", second, "withdraw", "reason", "Đã tìm được việc gần nhà")
			.andExpect(flash().attribute("flashSuccess", "referral.done.withdrawn"));
		assertThat(statusOf(second)).isEqualTo("WITHDREW");
		assertThat(candidateStatus(candidate)).isEqualTo("SEEKING");
	}

	@Test
	void aCandidateIsReferredOncePerVacancy() throws Exception {
		Long vacancy = this.data.publishedVacancy("Nhân viên chăm sóc trẻ tại nhà trẻ công ty", "53", "ELEMENTARY",
				Housing.DORMITORY, null);
		Long candidate = this.data.candidate("centre-ls", new Spec("Lành Thị Mai", "53"));
		referral(candidate, vacancy);
		refer("centre-ls", candidate, vacancy, "candidate")
			.andExpect(flash().attribute("flashError", "referral.duplicate"))
			.andExpect(redirectedUrl("/candidates/" + candidate + "/matches"));
		assertThat(this.jdbc.queryForObject("select count(*) from referral where candidate_id = ? and vacancy_id = ?",
				Integer.class, candidate, vacancy)).isEqualTo(1);
		// The matches page shows the referral instead of the button.
		Document page = page("/vacancies/" + vacancy + "/matches", "centre-ls");
		assertThat(page.select("#candidate-" + candidate + " form")).isEmpty();
		assertThat(page.select("#candidate-" + candidate + " a[href^='/referrals/']").text()).isEqualTo("Đã giới thiệu");
	}

	@Test
	void withoutConsentToSharingNobodyIsReferredAndNoEmployerSeesThem() throws Exception {
		Long vacancy = this.data.publishedVacancy("Nhân viên phụ bếp", "94", "UNSKILLED", Housing.DORMITORY, null);
		Long silent = this.data.candidate("centre-ls", new Spec("Chu Văn Kín", "94").noSharing());
		refer("centre-ls", silent, vacancy, "vacancy").andExpect(flash().attribute("flashError", "referral.consent.sharingRequired"))
			.andExpect(redirectedUrl("/vacancies/" + vacancy + "/matches"));
		assertThat(this.jdbc.queryForObject("select count(*) from referral where candidate_id = ?", Integer.class, silent))
			.isZero();
		assertThat(page("/vacancies/" + vacancy + "/matches", "centre-ls").select("#candidate-" + silent).text())
			.contains("Chưa đồng ý chia sẻ hồ sơ");

		// Referred with consent, which the person later withdraws: the employer no longer sees who they are.
		Long candidate = this.data.candidate("centre-ls", new Spec("Mông Văn Rút", "94"));
		Long id = referral(candidate, vacancy);
		this.jdbc.update("update candidate set consent_sharing_at = null, consent_withdrawn_at = now() where id = ?",
				candidate);
		int views = views(candidate);
		Document page = page("/referrals/" + id, "employer");
		assertThat(page.text()).doesNotContain("Mông Văn Rút")
			.contains("Người lao động không còn đồng ý chia sẻ hồ sơ với doanh nghiệp.");
		assertThat(views(candidate)).isEqualTo(views);
		Element row = page("/referrals?vacancy=" + vacancy, "employer").getElementById("referral-" + id);
		assertThat(row.text()).doesNotContain("Mông Văn Rút").contains("không còn đồng ý chia sẻ");
	}

	@Test
	void theEmployerSeesOnlyTheSharedProfileAndTheViewIsAudited() throws Exception {
		Long vacancy = this.data.publishedVacancy("Nhân viên dọn phòng ký túc xá", "91", "UNSKILLED", Housing.DORMITORY, null);
		String nationalId = MatchingTestData.nationalId();
		Long candidate = this.data.candidate("centre-ls", new Spec("Lương Văn Chia", "91").nationalId(nationalId));
		Long id = referral(candidate, vacancy);
		String phone = this.jdbc.queryForObject("select phone from candidate where id = ?", String.class, candidate);

		int views = views(candidate);
		Document page = page("/referrals/" + id, "employer");
		assertThat(page.getElementById("candidate-name").text()).isEqualTo("Lương Văn Chia");
		assertThat(page.text()).contains(Phone.display(phone)).contains("Lạng Sơn")
			.contains("91 ")
			.doesNotContain(nationalId)
			.doesNotContain("Ghi chú nội bộ của trung tâm")
			.doesNotContain("Thôn Nà Pàn");
		assertThat(views(candidate)).isEqualTo(views + 1);
		assertThat(this.jdbc.queryForObject("""
				select actor || ' ' || detail from audit_event where entity_type = 'Candidate' and entity_id = ?
				and action = 'VIEW' order by id desc limit 1""", String.class, candidate.toString()))
			.startsWith("employer ").contains("referral #" + id);
		// The centre's own staff read it without an audit of another organisation's view.
		page("/referrals/" + id, "centre-ls");
		assertThat(views(candidate)).isEqualTo(views + 1);
	}

	@Test
	void anotherCentreOrEmployerGetsNotFound() throws Exception {
		Long vacancy = this.data.publishedVacancy("Nhân viên bán hàng căng tin", "52", "UNSKILLED", Housing.NONE, null);
		Long candidate = this.data.candidate("centre-ls", new Spec("Hà Thị Riêng", "95"));
		Long id = referral(candidate, vacancy);

		this.mvc.perform(get("/referrals/" + id).with(TestUsers.as(this.jdbc, "centre-bg"))).andExpect(status().isNotFound());
		this.mvc.perform(get("/referrals/" + id).with(TestUsers.as(this.jdbc, "employer2"))).andExpect(status().isNotFound());
		assertThat(this.mvc.perform(get("/referrals/" + id).with(TestUsers.as(this.jdbc, "official")))
			.andReturn().getResponse().getStatus()).isIn(403, 404);
		act("employer2", id, "interview", "date", date(today().plusDays(2)), "time", "08:00").andExpect(status().isNotFound());
		act("centre-bg", id, "withdraw").andExpect(status().isNotFound());
		// centre-bg cannot refer (nor match) centre-ls's candidate.
		Long other = this.data.publishedVacancy("Nhân viên bán hàng siêu thị mini", "52", "UNSKILLED", Housing.NONE, null);
		refer("centre-bg", candidate, other, "vacancy").andExpect(status().isNotFound());
		this.mvc.perform(get("/candidates/" + candidate + "/matches").with(TestUsers.as(this.jdbc, "centre-bg")))
			.andExpect(status().isNotFound());

		assertThat(page("/referrals", "centre-bg").getElementById("referral-" + id)).isNull();
		assertThat(page("/referrals", "employer2").getElementById("referral-" + id)).isNull();
		assertThat(page("/referrals?vacancy=" + vacancy, "centre-ls").getElementById("referral-" + id)).isNotNull();
		assertThat(page("/referrals?vacancy=" + vacancy + "&status=REFERRED", "employer").getElementById("referral-" + id))
			.isNotNull();
		assertThat(page("/referrals?vacancy=" + vacancy + "&status=HIRED", "employer").getElementById("referral-" + id))
			.isNull();
		// The vacancy filter offers the vacancies referred to, the chosen one selected; never another's, even asked for.
		assertThat(page("/referrals?vacancy=" + vacancy, "centre-ls").select("#vacancy option[selected]").text())
			.isEqualTo("Nhân viên bán hàng căng tin");
		assertThat(page("/referrals?vacancy=" + vacancy, "centre-bg").select("#vacancy option").text())
			.doesNotContain("Nhân viên bán hàng căng tin");
		assertThat(page("/referrals?vacancy=" + vacancy, "employer2").select("#vacancy option").text())
			.doesNotContain("Nhân viên bán hàng căng tin");
	}

	@Test
	void hiresReduceTheOpenPlacesAndTheLastOneFillsTheVacancy() throws Exception {
		Long vacancy = this.data.publishedVacancy("Nhân viên giặt là", "91", "UNSKILLED", Housing.DORMITORY, null);
		this.jdbc.update("update vacancy set quantity = 2 where id = ?", vacancy);
		Long first = hired(this.data.candidate("centre-ls", new Spec("Vi Thị Một", "91")), vacancy);
		assertThat(this.jdbc.queryForMap("select status, hired from vacancy where id = ?", vacancy))
			.containsEntry("status", "PUBLISHED").containsEntry("hired", 1);
		Long second = hired(this.data.candidate("centre-ls", new Spec("Vi Thị Hai", "91")), vacancy);
		assertThat(this.jdbc.queryForMap("select status, hired from vacancy where id = ?", vacancy))
			.containsEntry("status", "FILLED").containsEntry("hired", 2);
		assertThat(List.of(statusOf(first), statusOf(second))).containsOnly("HIRED");
		// A filled vacancy takes no more referrals.
		Long late = this.data.candidate("centre-ls", new Spec("Vi Thị Ba", "91"));
		refer("centre-ls", late, vacancy, "candidate").andExpect(flash().attribute("flashError", "referral.vacancy.notOpen"));
	}

	@Test
	void followUpsAreTheCentresDueWorkUntilDone() throws Exception {
		Long vacancy = this.data.publishedVacancy("Nhân viên vệ sinh nhà xưởng", "91", "UNSKILLED", Housing.NONE, null);
		Long id = hired(this.data.candidate("centre-ls", new Spec("Nông Văn Hỏi", "91")), vacancy);
		Long oneMonth = followUp(id, 1);
		Long threeMonths = followUp(id, 3);
		Long sixMonths = followUp(id, 6);
		assertThat(page("/referrals/follow-ups", "centre-ls").getElementById("follow-up-" + oneMonth)).isNull();

		this.jdbc.update("update referral_follow_up set due_on = ? where id = ?", today().minusDays(2), oneMonth);
		this.jdbc.update("update referral_follow_up set due_on = ? where id = ?", today().plusDays(5), threeMonths);
		Document due = page("/referrals/follow-ups", "centre-ls");
		assertThat(due.getElementById("follow-up-" + oneMonth).text()).contains("Nông Văn Hỏi").contains("Quá hạn");
		assertThat(due.getElementById("follow-up-" + threeMonths).text()).doesNotContain("Quá hạn");
		assertThat(due.getElementById("follow-up-" + sixMonths)).isNull();
		assertThat(page("/referrals/follow-ups", "centre-bg").getElementById("follow-up-" + oneMonth)).isNull();

		followUp("centre-ls", oneMonth, "LEFT", "").andExpect(flash().attribute("flashError", "referral.followUp.reasonRequired"));
		followUp("centre-bg", threeMonths, "STILL_WORKING", "").andExpect(status().isNotFound());
		followUp("centre-ls", oneMonth, "LEFT", "Về quê chăm con nhỏ")
			.andExpect(flash().attribute("flashSuccess", "referral.done.followUp"));
		followUp("centre-ls", threeMonths, "STILL_WORKING", "").andExpect(flash().attribute("flashSuccess", "referral.done.followUp"));
		followUp("centre-ls", oneMonth, "STILL_WORKING", "").andExpect(flash().attribute("flashError", "referral.followUp.alreadyDone"));
		assertThat(this.jdbc.queryForMap("select outcome, reason from referral_follow_up where id = ?", oneMonth))
			.containsEntry("outcome", "LEFT").containsEntry("reason", "Về quê chăm con nhỏ");
		due = page("/referrals/follow-ups", "centre-ls");
		assertThat(due.getElementById("follow-up-" + oneMonth)).isNull();
		assertThat(due.getElementById("follow-up-" + threeMonths)).isNull();
		// The referral page shows the results.
		assertThat(page("/referrals/" + id, "centre-ls").text()).contains("Đã nghỉ việc").contains("Về quê chăm con nhỏ")
			.contains("Vẫn đang làm");
	}

	@Test
	void theYearlyCountsChangeAfterAHire() throws Exception {
		int year = today().getYear();
		String url = "/referrals/counts?year=" + year;
		int[] before = counts(page(url, "centre-ls"), "Lạng Sơn");
		int[] totalBefore = counts(page(url, "centre-ls"), null);
		int[] otherCentre = counts(page(url, "centre-bg"), null);
		int[] lastYear = counts(page("/referrals/counts?year=" + (year - 1), "centre-ls"), null);

		Long vacancy = this.data.publishedVacancy("Nhân viên tạp vụ văn phòng", "91", "UNSKILLED", Housing.NONE, null);
		Long candidate = this.data.candidate("centre-ls", new Spec("Hoàng Thị Đếm", "91"));
		Long centre = this.jdbc.queryForObject("select centre_id from candidate where id = ?", Long.class, candidate);
		for (String kind : new String[] { "COUNSELLING", "VOCATIONAL_ADVICE" }) { // one person, counted once
			this.jdbc.update("""
					insert into counselling (candidate_id, centre_id, kind, happened_on, recorded_by)
					values (?, ?, ?, ?, 'centre-ls')""", candidate, centre, kind, today());
		}
		hired(candidate, vacancy);

		int[] after = counts(page(url, "centre-ls"), "Lạng Sơn");
		assertThat(after).containsExactly(before[0] + 1, before[1] + 1, before[2] + 1);
		assertThat(counts(page(url, "centre-ls"), null)).containsExactly(totalBefore[0] + 1, totalBefore[1] + 1,
				totalBefore[2] + 1);
		assertThat(counts(page(url, "centre-bg"), null)).containsExactly(otherCentre);
		// Another year is untouched by today's work.
		assertThat(counts(page("/referrals/counts?year=" + (year - 1), "centre-ls"), null)).containsExactly(lastYear);
	}

	// --- helpers ---

	private Long referral(Long candidate, Long vacancy) throws Exception {
		refer("centre-ls", candidate, vacancy, "vacancy").andExpect(flash().attribute("flashSuccess", "referral.done.referred"));
		return this.jdbc.queryForObject("select id from referral where candidate_id = ? and vacancy_id = ?", Long.class,
				candidate, vacancy);
	}

	private Long hired(Long candidate, Long vacancy) throws Exception {
		Long id = referral(candidate, vacancy);
		act("employer", id, "interview", "date", date(today().plusDays(1)), "time", "08:00")
			.andExpect(flash().attribute("flashSuccess", "referral.done.interview"));
		act("employer", id, "hire", "startDate", date(today())).andExpect(flash().attribute("flashSuccess", "referral.done.hired"));
		return id;
	}

	private ResultActions refer(String user, Long candidate, Long vacancy, String from) throws Exception {
		return this.mvc.perform(post("/referrals").param("candidateId", candidate.toString())
			.param("vacancyId", vacancy.toString())
			.param("from", from)
			.with(TestUsers.as(this.jdbc, user))
			.with(csrf()));
	}

	/** One step of the pipeline, sent with the version the user saw. */
	private ResultActions act(String user, Long id, String step, String... params) throws Exception {
		var request = post("/referrals/" + id + "/" + step).param("version",
				String.valueOf(this.jdbc.queryForObject("select version from referral where id = ?", Long.class, id)));
		for (int i = 0; i < params.length; i += 2) {
			request.param(params[i], params[i + 1]);
		}
		return this.mvc.perform(request.with(TestUsers.as(this.jdbc, user)).with(csrf()));
	}

	private ResultActions followUp(String user, Long id, String outcome, String reason) throws Exception {
		return this.mvc.perform(post("/referrals/follow-ups/" + id).param("outcome", outcome)
			.param("reason", reason)
			.with(TestUsers.as(this.jdbc, user))
			.with(csrf()));
	}

	private Document page(String url, String user) throws Exception {
		return Jsoup.parse(this.mvc.perform(get(url).with(TestUsers.as(this.jdbc, user)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	/** Counselled, introduced, placed in the row of a province (or the total when null); zeros when absent. */
	private static int[] counts(Document page, String province) {
		Element row = province == null ? page.getElementById("counts-total")
				: page.select("tbody tr").stream().filter(r -> r.child(0).text().equals(province)).findFirst().orElse(null);
		if (row == null) {
			return new int[] { 0, 0, 0 };
		}
		return new int[] { number(row, "counselled"), number(row, "introduced"), number(row, "placed") };
	}

	private static int number(Element row, String column) {
		return Integer.parseInt(row.selectFirst("." + column).text().replaceAll("\\D", ""));
	}

	private Long followUp(Long referral, int months) {
		return this.jdbc.queryForObject("select id from referral_follow_up where referral_id = ? and months = ?",
				Long.class, referral, months);
	}

	private int views(Long candidate) {
		return this.jdbc.queryForObject("""
				select count(*) from audit_event where entity_type = 'Candidate' and entity_id = ? and action = 'VIEW'""",
				Integer.class, candidate.toString());
	}

	private String statusOf(Long referral) {
		return this.jdbc.queryForObject("select status from referral where id = ?", String.class, referral);
	}

	private String candidateStatus(Long candidate) {
		return this.jdbc.queryForObject("select status from candidate where id = ?", String.class, candidate);
	}

	private static String date(LocalDate date) {
		return Formats.DATE.format(date);
	}

	private static LocalDate today() {
		return LocalDate.now(Formats.VIETNAM);
	}

}
