package vn.vieclam.portal.conference;

import jakarta.persistence.Embeddable;

/** Who attends at a connection point: an organisation and role, with a head count when names are not known. */
@Embeddable
public record Participant(String organisation, String role, int headcount) {
}
