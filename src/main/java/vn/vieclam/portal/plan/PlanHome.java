package vn.vieclam.portal.plan;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

import vn.vieclam.portal.account.PortalUser;
import vn.vieclam.portal.shared.Formats;

/**
 * What the role homes show of the plan, read by their templates as {@code ${@planHome.ownOverdue(user)}}: the
 * user's organisation's items overdue or due soon, and for officials every overdue item.
 */
@Component("planHome")
public class PlanHome {

	private static final int SHOWN = 8;

	private final Tasks tasks;

	PlanHome(Tasks tasks) {
		this.tasks = tasks;
	}

	public List<ItemRow> ownOverdue(PortalUser user) {
		return user.organisationId() == null ? List.of()
				: this.tasks.overdueOf(user.organisationId(), LocalDate.now(Formats.VIETNAM), SHOWN);
	}

	/** The user's organisation's open items overdue or due within the reminder days (what the daily mail names). */
	public List<ItemRow> ownDue(PortalUser user) {
		return user.organisationId() == null ? List.of()
				: this.tasks.dueOf(user.organisationId(), LocalDate.now(Formats.VIETNAM), SHOWN);
	}

	public Page<ItemRow> allOverdue() {
		return this.tasks.overdue(LocalDate.now(Formats.VIETNAM), PageRequest.of(0, SHOWN));
	}

}
