package vn.vieclam.portal.conference;

/** What a conference is for: attracting workers (xúc tiến thu hút lao động), a dialogue with workers, or else. */
public enum ConferenceKind {

	LABOUR_PROMOTION, DIALOGUE, OTHER

}
