package vn.vieclam.portal.demo;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.vieclam.portal.account.Mfa;

/**
 * The demo administrator and officials must give a second factor; they come enrolled with the published
 * demo secret ({@code portal.demo.mfa-secret}, in the README) so that anyone can sign in as them, with an
 * authenticator app or {@code oathtool --totp -b SECRET}. Runs after every loader that creates accounts.
 */
@Component
@Profile("demo")
@Order(1000)
class DemoMfa implements ApplicationRunner {

	private final Mfa mfa;

	private final String secret;

	DemoMfa(Mfa mfa, @Value("${portal.demo.mfa-secret}") String secret) {
		this.mfa = mfa;
		this.secret = secret;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!this.secret.isBlank()) { // blank for the benchmarks (bench/app.sh): password-only sign-in
			this.mfa.enrolDemoAccounts(this.secret);
		}
	}

}
