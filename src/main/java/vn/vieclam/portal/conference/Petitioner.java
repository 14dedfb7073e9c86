package vn.vieclam.portal.conference;

/** Who asks: a named worker (name, workplace, phone) or someone who stays anonymous. */
public record Petitioner(boolean anonymous, String name, String workplace, String phone) {

	/** The version of the notice on processing personal data that the public form shows. */
	static final String NOTICE_VERSION = "2026-01";

}
