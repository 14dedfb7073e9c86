package vn.vieclam.portal.matching;

import jakarta.validation.constraints.NotNull;

/** "Refer this candidate to this vacancy", sent from either list of matches; {@code from} says which, to go back to it. */
record ReferralForm(@NotNull Long candidateId, @NotNull Long vacancyId, String from) {

	/** The page the form was sent from, rebuilt from ids (never a URL the browser supplied). */
	String back() {
		return "candidate".equals(this.from) ? "/candidates/" + this.candidateId + "/matches"
				: "/vacancies/" + this.vacancyId + "/matches";
	}

}
