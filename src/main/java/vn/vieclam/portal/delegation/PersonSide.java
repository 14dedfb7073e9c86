package vn.vieclam.portal.delegation;

/** A member of the visiting delegation, or a leader of the host province. */
public enum PersonSide {

	VISITOR, HOST

}
