package vn.vieclam.portal.matching;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.vieclam.portal.account.PortalUser;
import vn.vieclam.portal.candidate.CandidateView;
import vn.vieclam.portal.candidate.Candidates;
import vn.vieclam.portal.candidate.PriorityGroup;
import vn.vieclam.portal.shared.Formats;
import vn.vieclam.portal.vacancy.Vacancies;
import vn.vieclam.portal.vacancy.VacancyView;

/**
 * The matching module's public service: for a published vacancy, the signed-in centre's best candidates;
 * for one of the centre's candidates, the best open vacancies. Both are ranked in PostgreSQL by the score
 * of {@link MatchWeights} and cut at 20. Only job-centre staff match, and only their own centre's
 * candidates: any other user, or another centre's candidate, is not found.
 */
@Service
@Transactional(readOnly = true)
public class Matching {

	private final MatchQueries queries;

	private final Candidates candidates;

	private final Vacancies vacancies;

	Matching(MatchQueries queries, Candidates candidates, Vacancies vacancies) {
		this.queries = queries;
		this.candidates = candidates;
		this.vacancies = vacancies;
	}

	/** A published vacancy and the centre's candidates ranked for it. */
	public record ForVacancy(VacancyView vacancy, List<CandidateMatch> matches) {
	}

	/** One of the centre's candidates and the open vacancies ranked for them. */
	public record ForCandidate(CandidateView candidate, List<VacancyMatch> matches) {
	}

	/**
	 * The centre's top candidates for a published, still open vacancy (else not found); {@code provinceId}
	 * (home province, today's unit) and {@code priority} narrow the list.
	 */
	public ForVacancy candidatesFor(PortalUser staff, Long vacancyId, Long provinceId, PriorityGroup priority) {
		Long centre = this.candidates.centreOf(staff);
		VacancyView vacancy = this.vacancies.published(vacancyId);
		return new ForVacancy(vacancy,
				this.queries.candidatesFor(vacancyId, centre, provinceId, priority == null ? null : priority.name()));
	}

	/**
	 * The top open published vacancies for one of the centre's own candidates (another centre's is not
	 * found); {@code provinceId} (work province, today's unit) narrows the list.
	 */
	public ForCandidate vacanciesFor(PortalUser staff, Long candidateId, Long provinceId) {
		CandidateView candidate = this.candidates.view(staff, candidateId);
		return new ForCandidate(candidate,
				this.queries.vacanciesFor(candidateId, LocalDate.now(Formats.VIETNAM), provinceId));
	}

}
