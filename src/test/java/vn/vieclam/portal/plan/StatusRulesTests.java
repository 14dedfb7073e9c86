package vn.vieclam.portal.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The status rules at their boundaries, without Spring or a database. */
class StatusRulesTests {

	private static final LocalDate MARCH_6 = LocalDate.of(2024, 3, 6);

	@Test
	void aDayDeadlineIsNotYetDueOnTheDayItselfAndOverdueTheDayAfter() {
		Deadline deadline = Deadline.on(MARCH_6);
		assertThat(StatusRules.status(deadline, null, MARCH_6.minusDays(1))).isEqualTo(ItemStatus.NOT_DUE);
		assertThat(StatusRules.status(deadline, null, MARCH_6)).isEqualTo(ItemStatus.NOT_DUE);
		assertThat(StatusRules.status(deadline, null, MARCH_6.plusDays(1))).isEqualTo(ItemStatus.OVERDUE);
	}

	@Test
	void aReportOnTheDueDayIsOnTimeAndTheDayAfterIsLate() {
		Deadline deadline = Deadline.on(MARCH_6);
		LocalDate today = LocalDate.of(2026, 1, 1);
		assertThat(StatusRules.status(deadline, MARCH_6, today)).isEqualTo(ItemStatus.DONE_ON_TIME);
		assertThat(StatusRules.status(deadline, MARCH_6.minusDays(10), today)).isEqualTo(ItemStatus.DONE_ON_TIME);
		assertThat(StatusRules.status(deadline, MARCH_6.plusDays(1), today)).isEqualTo(ItemStatus.DONE_LATE);
	}

	@Test
	void aMonthDeadlineIsDueOnTheMonthsLastDay() {
		Deadline april = Deadline.in(YearMonth.of(2024, 4));
		assertThat(april.dueBy()).isEqualTo(LocalDate.of(2024, 4, 30));
		assertThat(april.text()).isEqualTo("04/2024");
		assertThat(StatusRules.status(april, null, LocalDate.of(2024, 4, 30))).isEqualTo(ItemStatus.NOT_DUE);
		assertThat(StatusRules.status(april, null, LocalDate.of(2024, 5, 1))).isEqualTo(ItemStatus.OVERDUE);
		assertThat(StatusRules.status(april, LocalDate.of(2024, 4, 30), LocalDate.of(2024, 6, 1)))
			.isEqualTo(ItemStatus.DONE_ON_TIME);
		assertThat(StatusRules.status(april, LocalDate.of(2024, 5, 2), LocalDate.of(2024, 6, 1)))
			.isEqualTo(ItemStatus.DONE_LATE);
		assertThat(Deadline.in(YearMonth.of(2024, 2)).dueBy()).isEqualTo(LocalDate.of(2024, 2, 29));
	}

	@Test
	void aStandingCommitmentIsNeverOverdue() {
		assertThat(StatusRules.status((Deadline) null, null, LocalDate.of(2030, 1, 1))).isEqualTo(ItemStatus.NOT_DUE);
		assertThat(StatusRules.status((Deadline) null, MARCH_6, LocalDate.of(2030, 1, 1))).isEqualTo(ItemStatus.DONE_ON_TIME);
	}

	@Test
	void monthsAreParsedAsDocumentsAndBrowsersWriteThem() {
		assertThat(Deadline.parseMonth("4/2024")).contains(YearMonth.of(2024, 4));
		assertThat(Deadline.parseMonth("04/2024")).contains(YearMonth.of(2024, 4));
		assertThat(Deadline.parseMonth("2024-04")).contains(YearMonth.of(2024, 4));
		assertThat(Deadline.parseMonth("13/2024")).isEmpty();
		assertThat(Deadline.parseMonth("april")).isEmpty();
	}

	@Test
	void monthlyPeriodsCountCampaignsAndJudgeOnlyPeriodsThatAreOver() {
		// At least one campaign a month from April; campaigns in April and June, none in May; today 15 July.
		List<LocalDate> campaigns = List.of(LocalDate.of(2024, 4, 10), LocalDate.of(2024, 6, 30));
		List<PeriodCompliance> periods = StatusRules.periods(Recurrence.MONTHLY, LocalDate.of(2024, 4, 1),
				LocalDate.of(2024, 12, 31), 1, campaigns, LocalDate.of(2024, 7, 15));
		assertThat(periods).extracting(PeriodCompliance::start)
			.containsExactly(LocalDate.of(2024, 4, 1), LocalDate.of(2024, 5, 1), LocalDate.of(2024, 6, 1),
					LocalDate.of(2024, 7, 1));
		assertThat(periods).extracting(PeriodCompliance::state)
			.containsExactly(PeriodCompliance.State.MET, PeriodCompliance.State.MISSED, PeriodCompliance.State.MET,
					PeriodCompliance.State.OPEN);
		assertThat(periods.get(2).end()).isEqualTo(LocalDate.of(2024, 6, 30));
		assertThat(StatusRules.recurringStatus(periods, LocalDate.of(2024, 12, 31), LocalDate.of(2024, 7, 15)))
			.isEqualTo(ItemStatus.OVERDUE);
	}

	@Test
	void aPeriodIsJudgedTheDayAfterItEnds() {
		// Nothing in April: on 30 April the period is still open, on 1 May it is missed.
		assertThat(StatusRules.periods(Recurrence.MONTHLY, LocalDate.of(2024, 4, 1), null, 1, List.of(),
				LocalDate.of(2024, 4, 30))).extracting(PeriodCompliance::state).containsExactly(PeriodCompliance.State.OPEN);
		List<PeriodCompliance> may1 = StatusRules.periods(Recurrence.MONTHLY, LocalDate.of(2024, 4, 1), null, 1, List.of(),
				LocalDate.of(2024, 5, 1));
		assertThat(may1).extracting(PeriodCompliance::state)
			.containsExactly(PeriodCompliance.State.MISSED, PeriodCompliance.State.OPEN);
		// A campaign on the period's last day counts for it.
		assertThat(StatusRules.periods(Recurrence.MONTHLY, LocalDate.of(2024, 4, 1), null, 1,
				List.of(LocalDate.of(2024, 4, 30)), LocalDate.of(2024, 5, 1)).get(0).state())
			.isEqualTo(PeriodCompliance.State.MET);
	}

	@Test
	void aRuleOfTwoPerQuarterNeedsTwo() {
		List<PeriodCompliance> periods = StatusRules.periods(Recurrence.QUARTERLY, LocalDate.of(2024, 2, 10),
				LocalDate.of(2024, 6, 30), 2, List.of(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 4, 1),
						LocalDate.of(2024, 5, 1)),
				LocalDate.of(2025, 1, 1));
		assertThat(periods).extracting(PeriodCompliance::start)
			.containsExactly(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 4, 1));
		assertThat(periods).extracting(PeriodCompliance::count).containsExactly(1, 2);
		assertThat(periods).extracting(PeriodCompliance::state)
			.containsExactly(PeriodCompliance.State.MISSED, PeriodCompliance.State.MET);
	}

	@Test
	void aRecurringTaskWhosePeriodsAreAllOverAndMetIsDoneOnTime() {
		List<PeriodCompliance> periods = StatusRules.periods(Recurrence.MONTHLY, LocalDate.of(2024, 4, 1),
				LocalDate.of(2024, 5, 31), 1, List.of(LocalDate.of(2024, 4, 2), LocalDate.of(2024, 5, 2)),
				LocalDate.of(2024, 6, 1));
		assertThat(StatusRules.recurringStatus(periods, LocalDate.of(2024, 5, 31), LocalDate.of(2024, 6, 1)))
			.isEqualTo(ItemStatus.DONE_ON_TIME);
		assertThat(StatusRules.recurringStatus(periods, LocalDate.of(2024, 5, 31), LocalDate.of(2024, 5, 31)))
			.isEqualTo(ItemStatus.NOT_DUE);
	}

	@Test
	void evidenceFileNamesAreSafe() {
		assertThat(EvidenceFiles.safeName("C:\\tmp\\Báo cáo tháng 4/2024 (bản ký).PDF", EvidenceFiles.Type.PDF))
			.isEqualTo("2024-ban-ky.pdf");
		assertThat(EvidenceFiles.safeName("Đề xuất tuyến xe \"khách\".docx", EvidenceFiles.Type.DOCX))
			.isEqualTo("De-xuat-tuyen-xe-khach.docx");
		assertThat(EvidenceFiles.safeName("../../###.png", EvidenceFiles.Type.PNG)).isEqualTo("tep.png");
	}

}
