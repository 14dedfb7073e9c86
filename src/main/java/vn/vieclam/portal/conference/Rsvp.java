package vn.vieclam.portal.conference;

/** An invited organisation's answer. */
public enum Rsvp {

	PENDING, ACCEPTED, DECLINED

}
