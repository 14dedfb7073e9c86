/**
 * The action plan's work: plans and their tasks (lead and co-operating organisations, deadlines or a
 * recurrence with a per-period rule), progress reports with evidence, media campaigns, conclusion notices
 * with tracked commitments for any source (delegation, conference), each organisation's {@code /tasks} and
 * the daily reminders.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Action plan")
package vn.vieclam.portal.plan;
