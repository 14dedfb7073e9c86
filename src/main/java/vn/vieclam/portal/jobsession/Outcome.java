package vn.vieclam.portal.jobsession;

/** The counts of one site of a session: employers and people who came, counselled, interviewed, selected. */
public record Outcome(int employersAttended, int peopleAttended, int counselled, int interviewed, int selected) {
}
