package vn.vieclam.portal.employer;

public enum Verification {

	PENDING, VERIFIED, RETURNED

}
