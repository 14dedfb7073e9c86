package vn.vieclam.portal.candidate;

public enum DuplicateReason {

	NATIONAL_ID, PHONE, NAME_BIRTH_DATE

}
