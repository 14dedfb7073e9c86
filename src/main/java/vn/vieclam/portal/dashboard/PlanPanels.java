package vn.vieclam.portal.dashboard;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.vieclam.portal.jobsession.JobSessions;
import vn.vieclam.portal.jobsession.YearlyProgress;
import vn.vieclam.portal.plan.ItemStatus;
import vn.vieclam.portal.plan.Notices;
import vn.vieclam.portal.plan.Plans;
import vn.vieclam.portal.shared.Formats;

/** The dashboard's figures on the plan's work: job sessions against their yearly targets, tasks and commitments. */
final class PlanPanels {

	private PlanPanels() {
	}

	/** Each centre's job sessions in the chosen year as a share of its yearly targets (plan 004: 76 / 300 / 18,000). */
	@Component
	static class JobSessionProgress implements PanelSource {

		private final JobSessions sessions;

		JobSessionProgress(JobSessions sessions) {
			this.sessions = sessions;
		}

		@Override
		public boolean perYear() {
			return true;
		}

		@Override
		public String key() {
			return "job-sessions";
		}

		@Override
		public int order() {
			return 70;
		}

		@Override
		public DashboardPanel panel(int year, Locale locale) {
			List<DashboardPanel.Row> rows = this.sessions.yearlyProgress(year)
				.stream()
				.filter(YearlyProgress::hasTarget)
				.map(p -> new DashboardPanel.Row(p.centreName(),
						List.of(p.percent(p.sessions(), p.targetSessions()),
								p.percent(p.enterprises(), p.targetEnterprises()),
								p.percent(p.people(), p.targetPeople())),
						"/official/job-sessions/progress?year=" + year, p.onTrack() ? "success" : "warning",
						p.onTrack() ? "jobsession.pace.ON_TRACK" : "jobsession.pace.BEHIND"))
				.toList();
			return new DashboardPanel(key(), "dashboard.jobSessions.title", List.of(year), "bar", "dashboard.col.centre",
					List.of("dashboard.col.sessionsPercent", "dashboard.col.enterprisesPercent",
							"dashboard.col.peoplePercent"),
					rows, "/official/job-sessions/progress?year=" + year, "dashboard.jobSessions.note");
		}

	}

	/**
	 * The action plan's tasks and the conclusion notices' commitments as the Government Office counts them: as of
	 * today, whatever year is picked (a status such as overdue only means something against today).
	 */
	@Component
	static class TasksByStatus implements PanelSource {

		private static final ItemStatus[] STATUSES = ItemStatus.values();

		private final Plans plans;

		private final Notices notices;

		private final MessageSource messages;

		TasksByStatus(Plans plans, Notices notices, MessageSource messages) {
			this.plans = plans;
			this.notices = notices;
			this.messages = messages;
		}

		@Override
		public String key() {
			return "tasks";
		}

		@Override
		public int order() {
			return 80;
		}

		@Override
		public DashboardPanel panel(int year, Locale locale) {
			LocalDate today = LocalDate.now(Formats.VIETNAM);
			return new DashboardPanel(key(), "dashboard.tasks.title", List.of(), "bar", "dashboard.col.kind",
					List.of(STATUSES).stream().map(s -> "itemStatus." + s.name()).toList(),
					List.of(row(label("dashboard.tasks.tasks", locale), "TASK", this.plans.taskCountsByStatus(today)),
							row(label("dashboard.tasks.commitments", locale), "COMMITMENT",
									this.notices.commitmentCountsByStatus(today))),
					"/tasks", "dashboard.tasks.note");
		}

		private String label(String key, Locale locale) {
			return this.messages.getMessage(key, null, locale);
		}

		private static DashboardPanel.Row row(String label, String kind, Map<ItemStatus, Long> counts) {
			Object[] cells = List.of(STATUSES).stream().map(s -> counts.getOrDefault(s, 0L)).toArray();
			return new DashboardPanel.Row(label, List.of(cells), "/tasks?kind=" + kind, null, null);
		}

	}

}
