package vn.vieclam.portal.candidate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** An occupation the candidate can do, with years of experience. */
@Embeddable
public record CandidateOccupation(@Column(name = "occupation_code") String occupationCode,
		@Column(name = "years_experience") int yearsExperience) {
}
