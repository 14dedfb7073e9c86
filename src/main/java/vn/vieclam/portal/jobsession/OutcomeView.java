package vn.vieclam.portal.jobsession;

import java.time.Instant;

/** The outcome one centre recorded for its site of a session. */
public record OutcomeView(Long centreId, String centreName, int employersAttended, int peopleAttended,
		int counselled, int interviewed, int selected, String recordedBy, Instant recordedAt, long version) {
}
