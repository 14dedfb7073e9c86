package vn.vieclam.portal.plan;

import java.util.Collection;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.vieclam.portal.account.PortalUser;
import vn.vieclam.portal.account.Role;

/**
 * Who may change a record that belongs to some organisations (a plan's issuer, a delegation's organisers, a
 * notice's issuing body): the administrator, and officials of one of them, of a body that took over its work (the
 * 2025 mergers), or of a People's Committee's office, which keeps the committee's records (no one signs in for the
 * committee itself). Everyone else reads only.
 */
@Component
@Transactional(readOnly = true)
public class Organisers {

	private final NamedParameterJdbcTemplate jdbc;

	Organisers(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Whether the user may change a record of these organisations. */
	public boolean actsFor(PortalUser user, Collection<Long> organisationIds) {
		if (user == null) {
			return false;
		}
		if (user.is(Role.ADMIN)) {
			return true;
		}
		if (!user.is(Role.OFFICIAL) || user.organisationId() == null || organisationIds.isEmpty()) {
			return false;
		}
		return Boolean.TRUE.equals(this.jdbc.queryForObject("""
				with recursive chain (id, successor_id, depth) as (
				  select id, successor_id, 0 from organisation where id in (:orgs)
				  union all
				  select o.id, o.successor_id, c.depth + 1 from organisation o join chain c on o.id = c.successor_id
				  where c.depth < 10)
				select exists (select 1 from chain where id = :user)
				    or exists (select 1 from organisation o where o.id = :user and o.kind = 'COMMITTEE_OFFICE'
				               and o.parent_id in (:orgs))""",
				new MapSqlParameterSource("orgs", organisationIds).addValue("user", user.organisationId()), Boolean.class));
	}

}
