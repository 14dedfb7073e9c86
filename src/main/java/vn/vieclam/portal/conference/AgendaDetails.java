package vn.vieclam.portal.conference;

/** An item of the programme as the organiser describes it. */
public record AgendaDetails(AgendaType type, String title, String presenter, String presenterOrganisation, int durationMinutes) {
}
