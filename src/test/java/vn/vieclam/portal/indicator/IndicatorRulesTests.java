package vn.vieclam.portal.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The pure rules: an indicator's status, the reporting deadlines, and what a report's date makes it. */
class IndicatorRulesTests {

	private static BigDecimal d(String v) {
		return new BigDecimal(v);
	}

	private static IndicatorStatus status(String baseline, String target, Direction direction, String latest,
			ReportingPeriod period) {
		return IndicatorStatus.of(baseline == null ? null : d(baseline), d(target), direction,
				latest == null ? null : d(latest), period);
	}

	@Test
	void atLeastTargetIsMetWhenEqualAndMissedJustBelowAtTheYearsEnd() {
		assertThat(status("64.71", "82.9", Direction.GE, "82.9", ReportingPeriod.Q4)).isEqualTo(IndicatorStatus.MET);
		assertThat(status("64.71", "82.9", Direction.GE, "82.90", ReportingPeriod.Q1)).isEqualTo(IndicatorStatus.MET);
		assertThat(status("64.71", "82.9", Direction.GE, "82.89", ReportingPeriod.Q4)).isEqualTo(IndicatorStatus.MISSED);
		assertThat(status("64.71", "82.9", Direction.GE, "82.89", ReportingPeriod.Y)).isEqualTo(IndicatorStatus.MISSED);
	}

	@Test
	void atMostTargetIsMetWhenEqualOrBelowAndMissedJustAbove() {
		// recruitment cost: 5.13 % in 2022, at most 3.2 % in 2023
		assertThat(status("5.13", "3.2", Direction.LE, "3.2", ReportingPeriod.Q4)).isEqualTo(IndicatorStatus.MET);
		assertThat(status("5.13", "3.2", Direction.LE, "3.19", ReportingPeriod.Q4)).isEqualTo(IndicatorStatus.MET);
		assertThat(status("5.13", "3.2", Direction.LE, "3.21", ReportingPeriod.Q4)).isEqualTo(IndicatorStatus.MISSED);
		// the same value read the other way round
		assertThat(status("5.13", "3.2", Direction.GE, "3.19", ReportingPeriod.Q4)).isEqualTo(IndicatorStatus.MISSED);
	}

	@Test
	void onTrackMeansAtLeastTheYearsShareOfTheWayFromBaselineToTarget() {
		// baseline 60, target 80: after Q2 half the way (70) is on track, 69.99 at risk
		assertThat(status("60", "80", Direction.GE, "70", ReportingPeriod.Q2)).isEqualTo(IndicatorStatus.ON_TRACK);
		assertThat(status("60", "80", Direction.GE, "69.99", ReportingPeriod.Q2)).isEqualTo(IndicatorStatus.AT_RISK);
		assertThat(status("60", "80", Direction.GE, "65", ReportingPeriod.Q1)).isEqualTo(IndicatorStatus.ON_TRACK);
		assertThat(status("60", "80", Direction.GE, "74.99", ReportingPeriod.Q3)).isEqualTo(IndicatorStatus.AT_RISK);
		assertThat(status("60", "80", Direction.GE, "75", ReportingPeriod.Q3)).isEqualTo(IndicatorStatus.ON_TRACK);
		// going down: baseline 6.26, at most 2.35; after Q2 the half-way mark is 4.305
		assertThat(status("6.26", "2.35", Direction.LE, "4.305", ReportingPeriod.Q2)).isEqualTo(IndicatorStatus.ON_TRACK);
		assertThat(status("6.26", "2.35", Direction.LE, "4.31", ReportingPeriod.Q2)).isEqualTo(IndicatorStatus.AT_RISK);
		// moving the wrong way is at risk
		assertThat(status("6.26", "2.35", Direction.LE, "7", ReportingPeriod.Q1)).isEqualTo(IndicatorStatus.AT_RISK);
	}

	@Test
	void withoutABaselineOrAValueTheStatusSaysSo() {
		assertThat(status(null, "80", Direction.GE, "79", ReportingPeriod.Q3)).isEqualTo(IndicatorStatus.AT_RISK);
		assertThat(status(null, "80", Direction.GE, "81", ReportingPeriod.Q3)).isEqualTo(IndicatorStatus.MET);
		assertThat(status("60", "80", Direction.GE, null, null)).isEqualTo(IndicatorStatus.NO_DATA);
	}

	@Test
	void plan004DeadlinesBeforeThe2ndAndThe10thOfTheMonthAfterTheQuarter() {
		DueDates due = DueDates.PLAN_004;
		assertThat(due.unitDeadline(2023, ReportingPeriod.Q1)).isEqualTo(LocalDate.of(2023, 4, 2));
		assertThat(due.unitDeadline(2023, ReportingPeriod.Q3)).isEqualTo(LocalDate.of(2023, 10, 2));
		assertThat(due.leadDeadline(2023, ReportingPeriod.Q3)).isEqualTo(LocalDate.of(2023, 10, 10));
		assertThat(due.unitDeadline(2023, ReportingPeriod.Y)).isEqualTo(LocalDate.of(2023, 12, 2));
		assertThat(due.leadDeadline(2023, ReportingPeriod.Y)).isEqualTo(LocalDate.of(2023, 12, 10));
		assertThat(due.lastDayOnTime(2023, ReportingPeriod.Q3)).isEqualTo(LocalDate.of(2023, 10, 1));
	}

	@Test
	void theFourthQuarterFallsDueInJanuaryOfTheNextYear() {
		assertThat(DueDates.PLAN_004.unitDeadline(2023, ReportingPeriod.Q4)).isEqualTo(LocalDate.of(2024, 1, 2));
		assertThat(DueDates.PLAN_004.leadDeadline(2023, ReportingPeriod.Q4)).isEqualTo(LocalDate.of(2024, 1, 10));
		assertThat(DueDates.PLAN_004.lastDayOnTime(2023, ReportingPeriod.Q4)).isEqualTo(LocalDate.of(2024, 1, 1));
	}

	@Test
	void aRegisterMayHaveItsOwnDeadlines() {
		DueDates own = new DueDates(5, 15, 11);
		assertThat(own.unitDeadline(2024, ReportingPeriod.Q2)).isEqualTo(LocalDate.of(2024, 7, 5));
		assertThat(own.leadDeadline(2024, ReportingPeriod.Y)).isEqualTo(LocalDate.of(2024, 11, 15));
	}

	@Test
	void aReportMadeOnTheDayBeforeTheDeadlineIsOnTimeOneOnTheDeadlineDayLate() {
		LocalDate deadline = DueDates.PLAN_004.unitDeadline(2023, ReportingPeriod.Q3); // "trước ngày 02/10/2023"
		assertThat(DueDates.onTime(LocalDate.of(2023, 10, 1), deadline)).isTrue();
		assertThat(DueDates.onTime(LocalDate.of(2023, 10, 2), deadline)).isFalse();
		LocalDate today = LocalDate.of(2023, 10, 2);
		assertThat(TimelinessRow.Cell.of(ReportingPeriod.Q3, deadline, LocalDate.of(2023, 10, 1), ReportStatus.SUBMITTED, today)
			.state()).isEqualTo(TimelinessRow.State.ON_TIME);
		assertThat(TimelinessRow.Cell.of(ReportingPeriod.Q3, deadline, LocalDate.of(2023, 10, 2), ReportStatus.SUBMITTED, today)
			.state()).isEqualTo(TimelinessRow.State.LATE);
		// nothing yet: not due on the last day, missing on the deadline day
		assertThat(TimelinessRow.Cell.of(ReportingPeriod.Q3, deadline, null, null, LocalDate.of(2023, 10, 1)).state())
			.isEqualTo(TimelinessRow.State.NOT_DUE);
		assertThat(TimelinessRow.Cell.of(ReportingPeriod.Q3, deadline, null, null, today).state())
			.isEqualTo(TimelinessRow.State.MISSING);
	}

	@Test
	void reportingRatesCountOnlyThePeriodsDue() {
		LocalDate today = LocalDate.of(2023, 10, 5);
		DueDates due = DueDates.PLAN_004;
		TimelinessRow row = new TimelinessRow(1L, "Sở", List.of(
				TimelinessRow.Cell.of(ReportingPeriod.Q1, due.unitDeadline(2023, ReportingPeriod.Q1), null, null, today),
				TimelinessRow.Cell.of(ReportingPeriod.Q2, due.unitDeadline(2023, ReportingPeriod.Q2), LocalDate.of(2023, 7, 1), ReportStatus.APPROVED, today),
				TimelinessRow.Cell.of(ReportingPeriod.Q3, due.unitDeadline(2023, ReportingPeriod.Q3), LocalDate.of(2023, 10, 4), ReportStatus.SUBMITTED, today),
				TimelinessRow.Cell.of(ReportingPeriod.Q4, due.unitDeadline(2023, ReportingPeriod.Q4), null, null, today),
				TimelinessRow.Cell.of(ReportingPeriod.Y, due.unitDeadline(2023, ReportingPeriod.Y), null, null, today)));
		assertThat(row.expected()).isEqualTo(3);
		assertThat(row.reported()).isEqualTo(2);
		assertThat(row.onTime()).isEqualTo(1);
		assertThat(row.completeness()).isEqualTo(67);
		assertThat(row.timeliness()).isEqualTo(33);
	}

	@Test
	void numbersAreReadWithACommaOrAPointAndShownAsThePlanWritesThem() {
		assertThat(IndicatorText.parse("82,9")).isEqualByComparingTo("82.9");
		assertThat(IndicatorText.parse(" 3.2 % ")).isEqualByComparingTo("3.2");
		assertThat(IndicatorText.parse("")).isNull();
		IndicatorText text = new IndicatorText();
		assertThat(text.value(new BigDecimal("50.0"), "%", java.util.Locale.forLanguageTag("vi"))).isEqualTo("50,0%");
		assertThat(text.number(new BigDecimal("6.60"), java.util.Locale.forLanguageTag("vi"))).isEqualTo("6,60");
		assertThat(text.number(new BigDecimal("6.60"), java.util.Locale.ENGLISH)).isEqualTo("6.60");
	}

}
