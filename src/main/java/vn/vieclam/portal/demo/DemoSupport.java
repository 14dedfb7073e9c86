package vn.vieclam.portal.demo;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import vn.vieclam.portal.account.Accounts;
import vn.vieclam.portal.account.PortalUser;
import vn.vieclam.portal.account.Role;

/** What every demo loader does: create a missing official of an organisation, and act as a user. */
final class DemoSupport {

	private static final Logger log = LoggerFactory.getLogger(DemoSupport.class);

	private DemoSupport() {
	}

	/** Creates the OFFICIAL account unless it exists (demo loaders run at every start). */
	static void official(Accounts accounts, String username, String fullName, Long organisationId, String password) {
		if (accounts.exists(username)) {
			return;
		}
		accounts.create(new Accounts.NewUser(username, fullName, username + "@demo.vieclam.vn", Role.OFFICIAL,
				organisationId, password));
		log.info("Demo account '{}' (OFFICIAL) created", username);
	}

	/** Services check who acts: the demo acts as the user who would take the step, or as the loader itself. */
	static void actAs(PortalUser user) {
		SecurityContextHolder.getContext().setAuthentication(user == null
				? new UsernamePasswordAuthenticationToken("demo-loader", null, List.of())
				: new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
	}

}
