package vn.vieclam.portal.account;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
class PortalUserDetailsService implements UserDetailsService {

	private final UserAccountRepository users;

	PortalUserDetailsService(UserAccountRepository users) {
		this.users = users;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		return this.users.findByUsername(username == null ? "" : username.strip())
			.map(UserAccount::toPrincipal)
			.orElseThrow(() -> new UsernameNotFoundException("unknown user"));
	}

}
