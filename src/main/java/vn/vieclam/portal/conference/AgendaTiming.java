package vn.vieclam.portal.conference;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/**
 * When each item of a programme starts and ends, from the conference's start time and the items'
 * durations in order. Pure: no clock, no database; moving an item or changing a duration shifts every
 * later item simply because the times are always computed afresh.
 */
final class AgendaTiming {

	private AgendaTiming() {
	}

	/** One item's place in time; {@code endOffset} counts minutes from the start (may pass midnight). */
	record Slot(LocalTime start, LocalTime end, int startOffset, int endOffset) {
	}

	static List<Slot> schedule(LocalTime start, List<Integer> durations) {
		List<Slot> slots = new ArrayList<>(durations.size());
		int offset = 0;
		for (Integer minutes : durations) {
			if (minutes == null || minutes <= 0) {
				throw new IllegalArgumentException("duration must be positive: " + minutes);
			}
			slots.add(new Slot(start.plusMinutes(offset), start.plusMinutes(offset + minutes), offset, offset + minutes));
			offset += minutes;
		}
		return slots;
	}

	/** Total length of the programme in minutes. */
	static int totalMinutes(List<Integer> durations) {
		return durations.stream().mapToInt(Integer::intValue).sum();
	}

	/**
	 * Minutes by which the programme runs past the planned end (0 when it fits or no end is planned). A
	 * planned end before the start is taken as the next day.
	 */
	static int overrunMinutes(LocalTime start, LocalTime plannedEnd, List<Integer> durations) {
		if (plannedEnd == null) {
			return 0;
		}
		int available = (plannedEnd.toSecondOfDay() - start.toSecondOfDay()) / 60;
		if (available <= 0) {
			available += 24 * 60;
		}
		return Math.max(0, totalMinutes(durations) - available);
	}

}
