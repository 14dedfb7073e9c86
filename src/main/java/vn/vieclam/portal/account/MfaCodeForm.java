package vn.vieclam.portal.account;

/** A six-digit code from the authenticator app, or (at sign-in) a recovery code. */
record MfaCodeForm(String code) {

	static MfaCodeForm empty() {
		return new MfaCodeForm("");
	}

}
