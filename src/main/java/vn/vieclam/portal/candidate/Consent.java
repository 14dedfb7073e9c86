package vn.vieclam.portal.candidate;

/**
 * What the person agreed to: processing by the job centre (required to register), and sharing with
 * employers (required before any employer sees them). The notice version says which text they were shown.
 */
public record Consent(boolean processing, boolean sharing, String notice) {

	/** The privacy notice version in force (Decree 356/2025/ND-CP). */
	public static final String CURRENT_NOTICE = "2026-01";

}
