package vn.vieclam.portal.plan;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.vieclam.portal.account.PortalUser;
import vn.vieclam.portal.reference.ReferenceData;
import vn.vieclam.portal.shared.DomainException;
import vn.vieclam.portal.shared.NotFoundException;
import vn.vieclam.portal.shared.Versions;

/**
 * The plan module's public service for plans: record and change a plan and its tasks (its issuer's officials), record
 * media campaigns; read a plan with
 * its tasks' statuses and each recurring task's periods; count tasks by status for the dashboard.
 */
@Service
@Transactional
public class Plans {

	private final ActionPlanRepository plans;

	private final PlanTaskRepository tasks;

	private final MediaCampaignRepository campaigns;

	private final TaskQueries queries;

	private final NamedParameterJdbcTemplate jdbc;

	private final Organisers organisers;

	private final ReferenceData reference;

	Plans(ActionPlanRepository plans, PlanTaskRepository tasks, MediaCampaignRepository campaigns, TaskQueries queries,
			NamedParameterJdbcTemplate jdbc, Organisers organisers, ReferenceData reference) {
		this.plans = plans;
		this.tasks = tasks;
		this.campaigns = campaigns;
		this.queries = queries;
		this.jdbc = jdbc;
		this.organisers = organisers;
		this.reference = reference;
	}

	public Long create(PlanDetails details) {
		return this.plans.save(new ActionPlan(details)).getId();
	}

	/** A plan recorded by a user: officials record the plans of their own organisation (or the committee they serve). */
	public Long create(PortalUser user, PlanDetails details) {
		requireIssuer(user, details.issuerId());
		return create(details);
	}

	/** Changes a plan's header; only its issuer's officials (and the administrator) may, others get 404. */
	public void update(PortalUser user, Long id, long version, PlanDetails details) {
		ActionPlan plan = editable(user, id);
		Versions.require(plan.getVersion(), version, ActionPlan.class, id);
		requireIssuer(user, details.issuerId());
		plan.apply(details);
	}

	/** Whether the user may change the plan and its tasks. */
	@Transactional(readOnly = true)
	public boolean mayEdit(PortalUser user, Long planId) {
		return this.organisers.actsFor(user, List.of(find(planId).getIssuerId()));
	}

	public Long addTask(PortalUser user, Long planId, TaskDetails details) {
		editable(user, planId);
		return addTask(planId, details);
	}

	public void updateTask(PortalUser user, Long planId, Long taskId, long version, TaskDetails details) {
		editable(user, planId);
		PlanTask task = task(planId, taskId);
		Versions.require(task.getVersion(), version, PlanTask.class, taskId);
		task.apply(details);
	}

	/** The plan as stored, for its edit form. */
	@Transactional(readOnly = true)
	ActionPlan find(Long id) {
		return this.plans.findById(id).orElseThrow(() -> new NotFoundException("plan", id));
	}

	/** A task of this plan, for its edit form; a task of another plan is 404. */
	@Transactional(readOnly = true)
	PlanTask task(Long planId, Long taskId) {
		return this.tasks.findById(taskId).filter(t -> t.getPlanId().equals(planId))
			.orElseThrow(() -> new NotFoundException("task", taskId));
	}

	/** A task as its edit form shows it (read inside the transaction: its partners are loaded lazily). */
	@Transactional(readOnly = true)
	TaskForm taskForm(Long planId, Long taskId) {
		return TaskForm.from(task(planId, taskId));
	}

	private ActionPlan editable(PortalUser user, Long id) {
		ActionPlan plan = find(id);
		if (!this.organisers.actsFor(user, List.of(plan.getIssuerId()))) {
			throw new NotFoundException("plan", id);
		}
		return plan;
	}

	private void requireIssuer(PortalUser user, Long issuerId) {
		if (issuerId == null) {
			throw DomainException.onField("issuerId", "NotNull");
		}
		this.reference.organisation(issuerId);
		if (!this.organisers.actsFor(user, List.of(issuerId))) {
			throw DomainException.onField("issuerId", "plan.issuer.notYours");
		}
	}

	@Transactional(readOnly = true)
	public Optional<Long> find(String number, LocalDate issuedOn) {
		return this.plans.findFirstByNumberAndIssuedOn(number, issuedOn).map(ActionPlan::getId);
	}

	public Long addTask(Long planId, TaskDetails details) {
		requirePlan(planId);
		return this.tasks.save(new PlanTask(planId, details)).getId();
	}

	@Transactional(readOnly = true)
	public Optional<Long> findTask(Long planId, String title) {
		return this.tasks.findFirstByPlanIdAndTitle(planId, title).map(PlanTask::getId);
	}

	/**
	 * A campaign recorded by a user: the plan's editors record any organisation's campaigns, other officials those of
	 * their own organisation.
	 */
	public Long addCampaign(PortalUser user, Long planId, CampaignDetails details) {
		if (details.organisationId() != null && !mayEdit(user, planId)
				&& !this.organisers.actsFor(user, List.of(details.organisationId()))) {
			throw DomainException.onField("organisationId", "campaign.organisation.notYours");
		}
		return addCampaign(planId, details);
	}

	public Long addCampaign(Long planId, CampaignDetails details) {
		requirePlan(planId);
		if (details.channels() == null || details.channels().isEmpty()) {
			throw DomainException.onField("channels", "campaign.channels.required");
		}
		if (details.taskId() != null) {
			PlanTask task = this.tasks.findById(details.taskId()).filter(t -> t.getPlanId().equals(planId))
				.orElseThrow(() -> DomainException.onField("taskId", "campaign.task.unknown"));
			if (task.getRecurrence() == Recurrence.NONE) {
				task.markDone(details.publishedOn());
			}
		}
		return this.campaigns.save(new MediaCampaign(planId, details)).getId();
	}

	@Transactional(readOnly = true)
	public boolean hasCampaign(Long planId, String title) {
		return this.campaigns.existsByPlanIdAndTitle(planId, title);
	}

	@Transactional(readOnly = true)
	public List<PlanRow> plans() {
		return this.jdbc.query(PLAN_SELECT + " order by p.issued_on desc, p.id desc", new MapSqlParameterSource(),
				(rs, i) -> planRow(rs));
	}

	@Transactional(readOnly = true)
	public PlanRow plan(Long id) {
		return this.jdbc.query(PLAN_SELECT + " where p.id = :id", new MapSqlParameterSource("id", id), (rs, i) -> planRow(rs))
			.stream().findFirst().orElseThrow(() -> new NotFoundException("plan", id));
	}

	/** The plan with its tasks and their status, and each recurring task's periods, in four statements. */
	@Transactional(readOnly = true)
	public PlanView view(Long id, LocalDate today) {
		PlanRow plan = plan(id);
		List<ItemRow> taskRows = this.queries.list(new ItemFilter(null, null, null, id, null, ItemKind.TASK, today), null,
				1000);
		List<CampaignRow> campaignRows = this.jdbc.query("""
				select c.id, c.task_id, o.name as org_name, c.title, c.content, c.channels, c.published_on, c.link
				from media_campaign c join organisation o on o.id = c.organisation_id
				where c.plan_id = :plan order by c.published_on desc, c.id desc""", new MapSqlParameterSource("plan", id),
				(rs, i) -> new CampaignRow(rs.getLong("id"), (Long) rs.getObject("task_id"), rs.getString("org_name"),
						rs.getString("title"), rs.getString("content"),
						Arrays.stream(rs.getString("channels").split(",")).map(Channel::valueOf).toList(),
						rs.getDate("published_on").toLocalDate(), rs.getString("link")));
		return new PlanView(plan, taskRows, compliance(id, taskRows, today), campaignRows);
	}

	/** Tasks by status over every plan (dashboard), in one statement. */
	@Transactional(readOnly = true)
	public Map<ItemStatus, Long> taskCountsByStatus(LocalDate today) {
		return this.queries.countsByStatus(ItemKind.TASK, today);
	}

	private List<TaskCompliance> compliance(Long planId, List<ItemRow> taskRows, LocalDate today) {
		Map<Long, List<LocalDate>> events = new HashMap<>();
		Map<Long, Object[]> rules = new HashMap<>();
		this.jdbc.query("""
				select t.id, t.recurrence, t.recurrence_start, t.recurrence_end, t.min_per_period, t.counts,
				       coalesce((select array_agg(c.published_on) from media_campaign c where c.task_id = t.id and t.counts = 'CAMPAIGNS'),
				                (select array_agg(r.reported_on) from progress_report r where r.task_id = t.id and t.counts = 'REPORTS')) as events
				from plan_task t where t.plan_id = :plan and t.recurrence <> 'NONE'""", new MapSqlParameterSource("plan", planId),
				rs -> {
					Long taskId = rs.getLong("id");
					rules.put(taskId, new Object[] { Recurrence.valueOf(rs.getString("recurrence")),
							rs.getDate("recurrence_start").toLocalDate(),
							rs.getDate("recurrence_end") == null ? null : rs.getDate("recurrence_end").toLocalDate(),
							rs.getInt("min_per_period"), PeriodCounts.valueOf(rs.getString("counts")) });
					List<LocalDate> dates = new ArrayList<>();
					java.sql.Array array = rs.getArray("events");
					if (array != null) {
						for (Object d : (Object[]) array.getArray()) {
							dates.add(((Date) d).toLocalDate());
						}
					}
					events.put(taskId, dates);
				});
		List<TaskCompliance> result = new ArrayList<>();
		for (ItemRow row : taskRows) {
			Object[] rule = rules.get(row.id());
			if (rule != null) {
				result.add(new TaskCompliance(row, (Integer) rule[3], (PeriodCounts) rule[4], (Recurrence) rule[0],
						StatusRules.periods((Recurrence) rule[0], (LocalDate) rule[1], (LocalDate) rule[2],
								(Integer) rule[3], events.get(row.id()), today)));
			}
		}
		return result;
	}

	private void requirePlan(Long planId) {
		if (!this.plans.existsById(planId)) {
			throw new NotFoundException("plan", planId);
		}
	}

	private static final String PLAN_SELECT = """
			select p.id, p.number, p.issued_on, o.name as issuer_name, p.signer, p.title
			from action_plan p join organisation o on o.id = p.issuer_id""";

	private static PlanRow planRow(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new PlanRow(rs.getLong("id"), rs.getString("number"), rs.getDate("issued_on").toLocalDate(),
				rs.getString("issuer_name"), rs.getString("signer"), rs.getString("title"));
	}

}
