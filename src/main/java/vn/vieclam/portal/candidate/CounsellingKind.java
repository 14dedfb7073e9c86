package vn.vieclam.portal.candidate;

public enum CounsellingKind {

	COUNSELLING, INTRODUCTION, VOCATIONAL_ADVICE

}
