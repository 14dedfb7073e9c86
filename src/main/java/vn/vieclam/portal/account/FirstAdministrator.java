package vn.vieclam.portal.account;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.vieclam.portal.reference.ReferenceData;

/**
 * Production has no default password: when no administrator exists, the first one is created from
 * {@code PORTAL_ADMIN_USERNAME} and {@code PORTAL_ADMIN_PASSWORD} (the password must pass the policy).
 */
@Component
@Order(0)
class FirstAdministrator implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

	static final String OPERATOR_CODE = "portal-operator";

	private final Accounts accounts;

	private final ReferenceData reference;

	private final String username;

	private final String password;

	private final String fullName;

	FirstAdministrator(Accounts accounts, ReferenceData reference,
			@Value("${portal.bootstrap.admin.username:}") String username,
			@Value("${portal.bootstrap.admin.password:}") String password,
			@Value("${portal.bootstrap.admin.full-name:Quản trị hệ thống}") String fullName) {
		this.accounts = accounts;
		this.reference = reference;
		this.username = username;
		this.password = password;
		this.fullName = fullName;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.accounts.anyAdministrator()) {
			return;
		}
		if (this.username.isBlank() || this.password.isBlank()) {
			log.warn("No administrator exists. Set PORTAL_ADMIN_USERNAME and PORTAL_ADMIN_PASSWORD to create the first one.");
			return;
		}
		Long operator = this.reference.organisationByCode(OPERATOR_CODE).orElseThrow().id();
		this.accounts.create(new Accounts.NewUser(this.username, this.fullName, null, Role.ADMIN, operator, this.password));
		log.info("Created the first administrator '{}'", this.username);
	}

}
