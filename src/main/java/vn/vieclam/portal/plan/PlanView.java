package vn.vieclam.portal.plan;

import java.util.List;

/** One plan's page: its header, its tasks with their status, the recurring tasks' periods and its campaigns. */
public record PlanView(PlanRow plan, List<ItemRow> tasks, List<TaskCompliance> compliance, List<CampaignRow> campaigns) {
}
