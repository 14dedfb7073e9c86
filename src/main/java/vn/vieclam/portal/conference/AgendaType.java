package vn.vieclam.portal.conference;

/** The kind of an item of the programme. */
public enum AgendaType {

	OPENING, SPEECH, VIDEO, PRESENTATION, DISCUSSION, QA, CLOSING, GIFT_GIVING

}
