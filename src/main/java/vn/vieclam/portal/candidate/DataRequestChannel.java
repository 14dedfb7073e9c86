package vn.vieclam.portal.candidate;

/** How a data request reached the centre. */
public enum DataRequestChannel {

	IN_PERSON, PAPER, EMAIL, PHONE

}
