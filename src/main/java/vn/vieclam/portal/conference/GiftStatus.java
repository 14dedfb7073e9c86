package vn.vieclam.portal.conference;

/** A nominated gift recipient: waiting for the organiser, approved, or not approved. */
enum GiftStatus {

	NOMINATED, APPROVED, REJECTED

}
