package vn.vieclam.portal.jobsession;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/** The chart's figures: each month's totals so far as shares of the yearly targets, beside an even pace. */
class ProgressChartTests {

	@Test
	void monthsAddUpAsSharesOfTheTargetsAgainstAnEvenPace() {
		List<MonthProgress> months = IntStream.rangeClosed(1, 12)
			.mapToObj(m -> m == 1 ? new MonthProgress(1, 7, 30, 2000, 1800) : m == 2 ? new MonthProgress(2, 12, 45, 3000, 2700)
					: new MonthProgress(m, 0, 0, 0, 0))
			.toList();
		ProgressChart chart = ProgressChart.of(months, 76, 300, 18000, 3);
		assertThat(chart.rows()).hasSize(12);
		// Plan 004's targets: 19 of 76 sessions by February is 25%; 75 of 300 enterprises 25%; 4,500 of 18,000 people 25%.
		assertThat(chart.rows().get(1)).isEqualTo(new ProgressChart.Row(2, 25, 25, 25, 17));
		assertThat(chart.rows().get(0)).isEqualTo(new ProgressChart.Row(1, 9, 10, 10, 8));
		// March has begun (nothing held yet: the share stays); April onwards are not there yet.
		assertThat(chart.rows().get(2).sessions()).isEqualTo(25);
		assertThat(chart.rows().get(3).sessions()).isNull();
		assertThat(chart.rows().get(11).pace()).isEqualTo(100);
	}

	@Test
	void aMeasureWithoutATargetHasNoShareAndNoTargetsNoChart() {
		List<MonthProgress> months = IntStream.rangeClosed(1, 12).mapToObj(m -> new MonthProgress(m, 1, 1, 1, 1)).toList();
		ProgressChart chart = ProgressChart.of(months, 24, 0, 0, 12);
		assertThat(chart.rows().get(11).sessions()).isEqualTo(50);
		assertThat(chart.rows().get(11).enterprises()).isNull();
		assertThat(ProgressChart.of(months, 0, 0, 0, 12)).isNull();
	}

}
