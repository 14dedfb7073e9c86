package vn.vieclam.portal.candidate;

public enum CandidateStatus {

	SEEKING, REFERRED, EMPLOYED, INACTIVE

}
