package vn.vieclam.portal.conference;

/** An invited organisation with its quota, answer and check-ins. */
record InvitationRow(Long id, Long organisationId, String organisationName, Long pointId, String pointName, int quota,
		int giftQuota, Rsvp rsvp, Integer confirmed, int checkedIn, long version) {
}
