package vn.vieclam.portal.jobsession;

/** An employer's registration: waiting for the host, approved, rejected, or cancelled by the employer. */
public enum RegistrationStatus {

	PENDING, APPROVED, REJECTED, CANCELLED

}
