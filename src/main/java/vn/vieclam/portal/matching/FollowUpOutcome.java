package vn.vieclam.portal.matching;

/** What the centre learnt when it called after a hire. */
public enum FollowUpOutcome {

	STILL_WORKING, LEFT

}
