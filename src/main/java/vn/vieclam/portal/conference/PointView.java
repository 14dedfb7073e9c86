package vn.vieclam.portal.conference;

import java.util.List;

/** A connection point as pages show it. */
record PointView(Long id, int position, PointLevel level, Long unitId, String name, String address, String videoLink,
		String chair, Integer attended, List<Participant> participants, long version) {

	public int participantCount() {
		return this.participants.stream().mapToInt(Participant::headcount).sum();
	}

}
