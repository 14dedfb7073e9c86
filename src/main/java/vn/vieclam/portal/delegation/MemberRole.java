package vn.vieclam.portal.delegation;

/** A person's role in the working session. */
public enum MemberRole {

	LEADER, DEPUTY, MEMBER, SECRETARY

}
