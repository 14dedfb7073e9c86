package vn.vieclam.portal.account;

import java.util.Map;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.userdetails.UserDetailsChecker;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.DefaultCookieSerializer;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;

/**
 * Who may open what. Pages are grouped by role under their own prefix; finer scoping (which
 * organisation's records) is enforced by each module's services on the server.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class SecurityConfig {

	/** No external hosts: the portal must work on a closed government network. */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	@Bean
	SecurityFilterChain portalSecurity(HttpSecurity http, AuthenticationManager authenticationManager,
			LoginSuccessHandler success, LoginFailureHandler failure) throws Exception {
		http.authenticationManager(authenticationManager)
			.authorizeHttpRequests(requests -> requests
				.requestMatchers("/", "/login", "/login/code", "/login/enrol", "/error", "/error/**", "/favicon.ico", "/favicon.svg", "/css/**", "/js/**",
						"/img/**", "/webjars/**", "/actuator/health", "/actuator/health/**")
				.permitAll()
				.requestMatchers("/admin/**").hasRole(Role.ADMIN.name())
				.requestMatchers("/official/**").hasRole(Role.OFFICIAL.name())
				// the operator may also set up and correct the indicator registers (the module checks who may change which)
				.requestMatchers("/indicators", "/indicators/**").hasAnyRole(Role.OFFICIAL.name(), Role.ADMIN.name())
				.requestMatchers("/dashboard", "/dashboard/**").hasRole(Role.OFFICIAL.name())
				.requestMatchers("/centre/**").hasRole(Role.JOB_CENTRE.name())
				.requestMatchers("/employer/**").hasRole(Role.EMPLOYER.name())
				.requestMatchers("/candidates/**").hasRole(Role.JOB_CENTRE.name())
				.requestMatchers("/vacancies/*/matches").hasRole(Role.JOB_CENTRE.name())
				.requestMatchers("/referrals/follow-ups", "/referrals/follow-ups/**", "/referrals/counts", "/referrals/counts.xlsx")
				.hasRole(Role.JOB_CENTRE.name())
				.requestMatchers(HttpMethod.POST, "/referrals", "/referrals/*/withdraw").hasRole(Role.JOB_CENTRE.name())
				.requestMatchers(HttpMethod.POST, "/referrals/*/interview", "/referrals/*/hire", "/referrals/*/not-selected",
						"/referrals/*/no-show")
				.hasRole(Role.EMPLOYER.name())
				.requestMatchers("/referrals", "/referrals/**").hasAnyRole(Role.JOB_CENTRE.name(), Role.EMPLOYER.name())
				.requestMatchers("/plans", "/plans/**", "/notices", "/notices/**", "/delegations", "/delegations/**")
				.hasAnyRole(Role.OFFICIAL.name(), Role.ADMIN.name())
				.requestMatchers("/tasks", "/tasks/**").hasAnyRole(Role.OFFICIAL.name(), Role.JOB_CENTRE.name())
				.requestMatchers(HttpMethod.GET, "/vacancies", "/vacancies/*", "/vacancies/*/print", "/job-sessions",
						"/job-sessions/*")
				.permitAll()
				.requestMatchers(HttpMethod.GET, "/job-sessions/*/calendar.ics", "/job-sessions/*/check-in-qr/*").permitAll()
				.requestMatchers(HttpMethod.POST, "/vacancies/*/interest", "/job-sessions/*/register").permitAll()
				.requestMatchers("/employers/register").permitAll()
				.requestMatchers(HttpMethod.GET, "/conferences/*/qa").permitAll()
				.requestMatchers("/conferences/*/questions/new").permitAll()
				.requestMatchers("/conferences", "/conferences/**").hasRole(Role.OFFICIAL.name())
				.anyRequest().authenticated())
			.formLogin(form -> form.loginPage("/login")
				.usernameParameter("username")
				.passwordParameter("password")
				.successHandler(success)
				.failureHandler(failure)
				.permitAll())
			.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/?loggedOut").permitAll())
			// Workers' expressions of interest are anonymous and grant nothing, so they need no CSRF token; without
			// one, reading a vacancy never creates a session (sessions live in PostgreSQL). Workers' pre-registrations
			// for a job session and questions for a dialogue conference are the same kind of anonymous request.
			.csrf(csrf -> csrf.ignoringRequestMatchers(
					PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/vacancies/*/interest"),
					PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/job-sessions/*/register"),
					PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/conferences/*/questions/new")))
			.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
			.headers(headers -> headers
				.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
				.frameOptions(frame -> frame.deny()));
		return http.build();
	}

	/** The session cookie (sessions themselves live in PostgreSQL): HttpOnly, SameSite=Lax, Secure behind TLS. */
	@Bean
	CookieSerializer sessionCookie() {
		DefaultCookieSerializer cookie = new DefaultCookieSerializer();
		cookie.setCookieName("PORTAL_SESSION");
		cookie.setUseHttpOnlyCookie(true);
		cookie.setSameSite("Lax");
		cookie.setCookiePath("/");
		return cookie;
	}

	/**
	 * Session attributes are written with an upsert: two requests of one session at once (two tabs opened together)
	 * that both add the same attribute would otherwise both INSERT it, and the second request would fail.
	 */
	@Bean
	PostgreSqlJdbcIndexedSessionRepositoryCustomizer sessionAttributesUpsert() {
		return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
	}

	/**
	 * The sessions every request and {@link Accounts} work with: Spring Session's, as Spring Boot configures them,
	 * with the last access kept to the minute ({@link MinuteAccessSessionRepository}). Put in place of Boot's
	 * repository rather than beside it: a second session repository would switch Boot's off.
	 */
	@Bean
	static BeanPostProcessor sessionAccessKeptToTheMinute() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String name) {
				return bean instanceof JdbcIndexedSessionRepository stored ? new MinuteAccessSessionRepository(stored) : bean;
			}
		};
	}

	/**
	 * Spring Security observes each filter of the chain, each authentication and each authorisation; the portal
	 * exports no traces, so these observations were work on every request that nothing read.
	 */
	@Bean
	SecurityObservationSettings securityObservations() {
		return SecurityObservationSettings.noObservations();
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		// Argon2id takes passphrases of any length (BCrypt silently cuts at 72 bytes: 24 Vietnamese letters).
		String current = "argon2";
		return new DelegatingPasswordEncoder(current,
				Map.of(current, Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8()));
	}

	@Bean
	AuthenticationManager authenticationManager(PortalUserDetailsService users, PasswordEncoder passwordEncoder,
			LoginThrottle throttle, Mfa mfa) {
		DaoAuthenticationProvider dao = new DaoAuthenticationProvider(users);
		dao.setPasswordEncoder(passwordEncoder);
		// Check the password first, then the account's status: a wrong password never learns "disabled".
		UserDetailsChecker statusChecks = new AccountStatusUserDetailsChecker();
		dao.setPreAuthenticationChecks(user -> {
		});
		dao.setPostAuthenticationChecks(statusChecks);
		ProviderManager manager = new ProviderManager(new ThrottledAuthenticationProvider(dao, throttle, mfa::secondFactorNeeded));
		manager.setEraseCredentialsAfterAuthentication(true);
		return manager;
	}

}
