package vn.vieclam.portal.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import vn.vieclam.portal.PortalTest;
import vn.vieclam.portal.QueryCounter;
import vn.vieclam.portal.account.Accounts;
import vn.vieclam.portal.account.TestUsers;
import vn.vieclam.portal.candidate.CandidateStatus;
import vn.vieclam.portal.candidate.Candidates;
import vn.vieclam.portal.candidate.PriorityGroup;
import vn.vieclam.portal.matching.MatchingTestData.Spec;
import vn.vieclam.portal.shared.Formats;
import vn.vieclam.portal.shared.NotFoundException;
import vn.vieclam.portal.vacancy.Housing;
import vn.vieclam.portal.vacancy.Vacancies;

/** Matching both ways: scores from PostgreSQL, explained in words that agree with them, scoped to the centre. */
@PortalTest
class MatchingTests {

	static final long DIEN_BIEN = 111;

	static final Locale VI = Locale.forLanguageTag("vi");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Matching matching;

	@Autowired
	MatchExplainer explainer;

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
	void sameOccupationHigherSkillWageWithinAndADormitoryScoreFullAndSayWhy() throws Exception {
		Long vacancy = this.data.publishedVacancy("Thợ in bao bì", "73", "ELEMENTARY", Housing.DORMITORY,
				null);
		Long candidate = this.data.candidate("centre-ls",
				new Spec("Hoàng Văn Thành", "73").skill("INTERMEDIATE").wants(7_500_000).needsHousing());

		CandidateMatch match = find(this.matching.candidatesFor(this.data.user("centre-ls"), vacancy, null, null).matches(),
				candidate);
		assertThat(match.points()).isEqualTo(new MatchPoints(35, 20, 15, 15, 10, 5));
		assertThat(match.score()).isEqualTo(100);
		assertThat(this.explainer.explain(match.points(), match.facts(), VI)).isEqualTo(
				"cùng nghề; trình độ cao hơn yêu cầu; sẵn sàng đi làm xa; muốn ≥ 7,5 triệu, trả 8–9 triệu; "
						+ "đi làm ngay được; cần chỗ ở, có ký túc xá");
		assertThat(this.explainer.explain(match.points(), match.facts(), Locale.ENGLISH)).isEqualTo(
				"same occupation; skill level above the requirement; willing to relocate; wants ≥ 7.5 million, "
						+ "pays 8–9 million; can start now; needs housing, dormitory offered");

		// The page shows the same words, the score and its parts, and ranks the full score first.
		Document page = page("/vacancies/" + vacancy + "/matches", "centre-ls");
		assertThat(page.select("#candidate-" + candidate + " .matching-explanation").text()).isEqualTo(
				"cùng nghề; trình độ cao hơn yêu cầu; sẵn sàng đi làm xa; muốn ≥ 7,5 triệu, trả 8–9 triệu; "
						+ "đi làm ngay được; cần chỗ ở, có ký túc xá");
		assertThat(page.select("#candidate-" + candidate + " .matching-score").text()).startsWith("100/100")
			.contains("Nghề 35 · Trình độ 20 · Nơi làm việc 15 · Lương 15 · Ngày đi làm 10 · Chỗ ở 5");
		assertThat(page.select("tbody tr").first().id()).isEqualTo("candidate-" + candidate);
		// The weights are on the page.
		assertThat(page.select("details").text()).contains("Cách tính điểm phù hợp").contains("35").contains("15");
	}

	@Test
	void partialAndMissedComponentsAreWordedFromTheirPoints() {
		LocalDate start = LocalDate.now(Formats.VIETNAM).plusDays(30);
		LocalDate late = LocalDate.now(Formats.VIETNAM).plusDays(60);
		Long vacancy = this.data.publishedVacancy("Thợ in nhãn mác", "73", "ELEMENTARY", Housing.NONE, start);
		Long candidate = this.data.candidate("centre-ls", new Spec("Lò Văn Pản", "72").skill("UNSKILLED")
			.province(DIEN_BIEN).staysHome().wants(9_500_000).startsFrom(late).needsHousing());

		CandidateMatch match = find(
				this.matching.candidatesFor(this.data.user("centre-ls"), vacancy, DIEN_BIEN, null).matches(), candidate);
		assertThat(match.points()).isEqualTo(new MatchPoints(15, 8, 0, 0, 0, 0));
		assertThat(this.explainer.explain(match.points(), match.facts(), VI)).isEqualTo("cùng nhóm nghề; "
				+ "trình độ thấp hơn yêu cầu một bậc; không muốn đi làm xa; muốn ≥ 9,5 triệu, cao hơn mức trả 8–9 triệu; "
				+ "chỉ đi làm được từ " + Formats.DATE.format(late) + ", sau ngày " + Formats.DATE.format(start)
				+ "; cần chỗ ở, không có hỗ trợ chỗ ở");

		Long nearer = this.data.candidate("centre-ls",
				new Spec("Quàng Văn Ơn", "81").skill("ELEMENTARY").province(DIEN_BIEN).staysHome().wants(8_500_000));
		CandidateMatch other = find(
				this.matching.candidatesFor(this.data.user("centre-ls"), vacancy, DIEN_BIEN, null).matches(), nearer);
		assertThat(other.points()).isEqualTo(new MatchPoints(0, 20, 0, 8, 10, 5));
		assertThat(this.explainer.explain(other.points(), other.facts(), VI)).isEqualTo("khác nghề; "
				+ "đúng trình độ yêu cầu; không muốn đi làm xa; muốn ≥ 8,5 triệu, chỉ đạt ở mức cao (trả 8–9 triệu); "
				+ "đi làm ngay được; không cần chỗ ở");
	}

	@Test
	void onlyPeopleWhoMayBeReferredAreListedAndFiltersNarrow() {
		Long vacancy = this.data.publishedVacancy("Nhân viên bán vé", "35", "UNSKILLED", Housing.DORMITORY, null);
		Long poor = this.data.candidate("centre-ls",
				new Spec("Hà Văn Pao", "35").province(DIEN_BIEN).priority(PriorityGroup.POOR_HOUSEHOLD));
		Long nearPoor = this.data.candidate("centre-ls",
				new Spec("Lường Thị Ín", "35").province(DIEN_BIEN).priority(PriorityGroup.NEAR_POOR_HOUSEHOLD));
		Long employed = this.data.candidate("centre-ls", new Spec("Cầm Văn Lả", "35").province(DIEN_BIEN));
		this.candidates.changeStatus(employed, CandidateStatus.EMPLOYED);
		Long inactive = this.data.candidate("centre-ls", new Spec("Tòng Văn Hặc", "35").province(DIEN_BIEN));
		this.candidates.changeStatus(inactive, CandidateStatus.INACTIVE);
		Long elsewhere = this.data.candidate("centre-ls", new Spec("Nông Văn Dền", "35"));

		List<Long> inDienBien = ids(this.matching.candidatesFor(this.data.user("centre-ls"), vacancy, DIEN_BIEN, null)
			.matches());
		assertThat(inDienBien).contains(poor, nearPoor).doesNotContain(employed, inactive, elsewhere);
		// "Poor household" does not also find "near-poor household".
		assertThat(ids(this.matching.candidatesFor(this.data.user("centre-ls"), vacancy, DIEN_BIEN,
				PriorityGroup.POOR_HOUSEHOLD).matches())).contains(poor).doesNotContain(nearPoor);
		// Another centre never sees these people.
		assertThat(ids(this.matching.candidatesFor(this.data.user("centre-bg"), vacancy, null, null).matches()))
			.doesNotContain(poor, nearPoor, elsewhere);
	}

	@Test
	void aCandidateSeesOpenVacanciesRankedWithTheSameExplanation() throws Exception {
		Long vacancy = this.data.publishedVacancy("Nhân viên chăm sóc khách hàng", "42", "ELEMENTARY", Housing.DORMITORY,
				null);
		Long candidate = this.data.candidate("centre-ls",
				new Spec("Nông Thị Hoa", "42").skill("COLLEGE").wants(7_500_000).needsHousing());

		Matching.ForCandidate result = this.matching.vacanciesFor(this.data.user("centre-ls"), candidate, null);
		VacancyMatch match = result.matches().stream().filter(m -> m.vacancyId().equals(vacancy)).findFirst().orElseThrow();
		assertThat(match.points()).isEqualTo(new MatchPoints(35, 20, 15, 15, 10, 5));
		assertThat(result.matches().get(0).score()).isEqualTo(100);
		assertThat(this.explainer.explain(match.points(), match.facts(), VI)).startsWith("cùng nghề; trình độ cao hơn yêu cầu");

		Document page = page("/candidates/" + candidate + "/matches", "centre-ls");
		assertThat(page.select("#vacancy-" + vacancy + " .matching-explanation").text())
			.isEqualTo("cùng nghề; trình độ cao hơn yêu cầu; sẵn sàng đi làm xa; muốn ≥ 7,5 triệu, trả 8–9 triệu; "
					+ "đi làm ngay được; cần chỗ ở, có ký túc xá");
		// Filtering by the province of work: none of the demo employer's vacancies is in Lạng Sơn.
		assertThat(page("/candidates/" + candidate + "/matches?province=" + MatchingTestData.LANG_SON, "centre-ls")
			.select("#vacancy-" + vacancy)).isEmpty();
		// A closed vacancy is not offered.
		this.jdbc.update("update vacancy set closing_date = current_date - 1 where id = ?", vacancy);
		assertThat(ids(this.matching.vacanciesFor(this.data.user("centre-ls"), candidate, null))).doesNotContain(vacancy);
	}

	@Test
	void anotherCentresCandidateAndOtherRolesAreNotFound() throws Exception {
		Long vacancy = this.data.publishedVacancy("Nhân viên văn thư", "44", "ELEMENTARY", Housing.NONE, null);
		Long candidate = this.data.candidate("centre-ls", new Spec("Vi Văn Khánh", "44"));
		expectStatus("/candidates/" + candidate + "/matches", "centre-bg", 404);
		expectStatus("/candidates/" + candidate + "/matches", "centre-ls", 200);
		// Other roles: refused by the URL rules (403) or, without them, by the service (404).
		refused("/vacancies/" + vacancy + "/matches", "employer");
		refused("/vacancies/" + vacancy + "/matches", "official");
		assertThatThrownBy(() -> this.matching.candidatesFor(this.data.user("employer"), vacancy, null, null))
			.isInstanceOf(NotFoundException.class);
		assertThat(page("/vacancies/" + vacancy + "/matches", "centre-bg").select("#candidate-" + candidate)).isEmpty();
		// Only a published vacancy is matched.
		Long draft = this.jdbc.queryForObject("select id from vacancy where status = 'DRAFT' limit 1", Long.class);
		expectStatus("/vacancies/" + draft + "/matches", "centre-ls", 404);
	}

	@Test
	void theMatchesListRunsAFixedNumberOfStatementsWhateverItShows() throws Exception {
		Long vacancy = this.data.publishedVacancy("Nhân viên thu gom phế liệu", "96", "ELEMENTARY", Housing.DORMITORY, null);
		this.data.candidate("centre-ls", new Spec("Lục Văn Một", "96").province(DIEN_BIEN));
		String url = "/vacancies/" + vacancy + "/matches?province=" + DIEN_BIEN;
		page(url, "centre-ls"); // warm the reference-data cache, so both counts compare the same work
		QueryCounter.reset();
		int rowsBefore = page(url, "centre-ls").select("tbody tr").size();
		int before = QueryCounter.count();
		for (int i = 0; i < 4; i++) {
			this.data.candidate("centre-ls", new Spec("Lục Văn Thêm " + i, "96").province(DIEN_BIEN));
		}
		QueryCounter.reset();
		int rowsAfter = page(url, "centre-ls").select("tbody tr").size();
		int after = QueryCounter.count();
		assertThat(rowsAfter).isGreaterThan(rowsBefore);
		assertThat(after).isEqualTo(before).isLessThanOrEqualTo(6);
	}

	private Document page(String url, String user) throws Exception {
		return Jsoup.parse(this.mvc.perform(get(url).with(TestUsers.as(this.jdbc, user)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	private void expectStatus(String url, String user, int expected) throws Exception {
		assertThat(this.mvc.perform(get(url).with(TestUsers.as(this.jdbc, user))).andReturn().getResponse().getStatus())
			.as(user + " " + url)
			.isEqualTo(expected);
	}

	private void refused(String url, String user) throws Exception {
		assertThat(this.mvc.perform(get(url).with(TestUsers.as(this.jdbc, user))).andReturn().getResponse().getStatus())
			.as(user + " " + url)
			.isIn(403, 404);
	}

	private static CandidateMatch find(List<CandidateMatch> matches, Long candidateId) {
		return matches.stream().filter(m -> m.candidateId().equals(candidateId)).findFirst().orElseThrow();
	}

	private static List<Long> ids(List<CandidateMatch> matches) {
		return matches.stream().map(CandidateMatch::candidateId).toList();
	}

	private static List<Long> ids(Matching.ForCandidate result) {
		return result.matches().stream().map(VacancyMatch::vacancyId).toList();
	}

}
