package vn.vieclam.portal.shared.audit;

public enum AuditAction {

	CREATE, UPDATE, DELETE, VIEW, LOGIN, LOGIN_FAILED, LOGOUT, EXPORT

}
