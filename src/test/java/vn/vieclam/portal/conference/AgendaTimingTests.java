package vn.vieclam.portal.conference;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The programme's times follow from the start and the durations in order. */
class AgendaTimingTests {

	@Test
	void eachItemStartsWhenTheOneBeforeEnds() {
		List<AgendaTiming.Slot> slots = AgendaTiming.schedule(LocalTime.of(8, 0), List.of(5, 10, 20, 45));
		assertThat(slots).extracting(AgendaTiming.Slot::start)
			.containsExactly(LocalTime.of(8, 0), LocalTime.of(8, 5), LocalTime.of(8, 15), LocalTime.of(8, 35));
		assertThat(slots.get(3).end()).isEqualTo(LocalTime.of(9, 20));
	}

	@Test
	void movingTheVideoOrLengtheningItShiftsOnlyTheLaterItems() {
		List<AgendaTiming.Slot> moved = AgendaTiming.schedule(LocalTime.of(8, 0), List.of(20, 5, 10));
		assertThat(moved.get(1).start()).isEqualTo(LocalTime.of(8, 20));
		List<AgendaTiming.Slot> longer = AgendaTiming.schedule(LocalTime.of(8, 0), List.of(5, 30, 10));
		assertThat(longer.get(0).end()).isEqualTo(LocalTime.of(8, 5));
		assertThat(longer.get(2).start()).isEqualTo(LocalTime.of(8, 35));
	}

	@Test
	void overrunIsTheMinutesPastThePlannedEnd() {
		assertThat(AgendaTiming.overrunMinutes(LocalTime.of(8, 0), LocalTime.of(11, 0), List.of(60, 60, 60))).isZero();
		assertThat(AgendaTiming.overrunMinutes(LocalTime.of(8, 0), LocalTime.of(11, 0), List.of(60, 60, 75))).isEqualTo(15);
		assertThat(AgendaTiming.overrunMinutes(LocalTime.of(8, 0), null, List.of(600))).isZero();
		assertThat(AgendaTiming.overrunMinutes(LocalTime.of(22, 0), LocalTime.of(1, 0), List.of(200))).isEqualTo(20);
	}

}
