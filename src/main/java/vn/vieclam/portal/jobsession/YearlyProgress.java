package vn.vieclam.portal.jobsession;

/**
 * A centre's job sessions in a year against its targets (null when none is set): sessions held (hosted or
 * co-hosted, up to today), enterprise participations and people counselled or introduced (from its recorded
 * outcomes). {@code expectedShare} is the part of the year gone by (1 for past years), for "on track".
 */
public record YearlyProgress(int year, Long centreId, String centreName, String provinceName, Integer targetSessions,
		Integer targetEnterprises, Integer targetPeople, long sessions, long enterprises, long people,
		String targetSource, long targetVersion, double expectedShare) {

	public Pace sessionsPace() {
		return pace(this.sessions, this.targetSessions);
	}

	public Pace enterprisesPace() {
		return pace(this.enterprises, this.targetEnterprises);
	}

	public Pace peoplePace() {
		return pace(this.people, this.targetPeople);
	}

	/** Percent of the yearly target reached (0 when no target). */
	public int percent(long actual, Integer target) {
		return target == null || target == 0 ? 0 : (int) Math.min(999, Math.round(100.0 * actual / target));
	}

	public boolean hasTarget() {
		return this.targetSessions != null;
	}

	public boolean onTrack() {
		return hasTarget() && sessionsPace() != Pace.BEHIND && enterprisesPace() != Pace.BEHIND
				&& peoplePace() != Pace.BEHIND;
	}

	private Pace pace(long actual, Integer target) {
		if (target == null) {
			return Pace.NO_TARGET;
		}
		if (actual >= target) {
			return Pace.REACHED;
		}
		return actual >= Math.floor(target * this.expectedShare) ? Pace.ON_TRACK : Pace.BEHIND;
	}

	/** Where a figure stands against the share of its target that the time gone by calls for. */
	public enum Pace {

		REACHED, ON_TRACK, BEHIND, NO_TARGET

	}

}
