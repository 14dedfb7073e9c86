package vn.vieclam.portal.candidate;

public enum CandidateGender {

	MALE, FEMALE

}
