package vn.vieclam.portal.conference;

import java.util.List;

/** A connection point as the organiser describes it. */
public record PointDetails(PointLevel level, String name, String address, String videoLink, String chair,
		List<Participant> participants) {
}
