package vn.vieclam.portal.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;

import vn.vieclam.portal.PortalTest;
import vn.vieclam.portal.shared.DomainException;

@PortalTest
class AccountsTests {

	@Autowired
	Accounts accounts;

	@Autowired
	AuthenticationManager authentication;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	FindByIndexNameSessionRepository<? extends Session> sessionRepository;

	@Test
	void aLongVietnamesePassphraseIsAcceptedAndSignsIn() {
		// Well past BCrypt's 72-byte limit, and every byte counts.
		String passphrase = "Hôm nay trời Lạng Sơn đẹp lắm, tôi đi làm công nhân ở khu công nghiệp Đình Trám nhé";
		assertThat(passphrase.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isGreaterThan(72);
		this.accounts.create(new Accounts.NewUser("tran.van.a", "Trần Văn A", null, Role.JOB_CENTRE,
				organisation("ttdvvl-cb"), passphrase));
		assertThat(signIn("tran.van.a", passphrase).getName()).isEqualTo("tran.van.a");
		// A passphrase differing only after the 72nd byte must not pass.
		assertThatThrownBy(() -> signIn("tran.van.a", passphrase.substring(0, passphrase.length() - 1) + "?"))
			.isInstanceOf(BadCredentialsException.class);
		String hash = this.jdbc.queryForObject("select password_hash from app_user where username = 'tran.van.a'", String.class);
		assertThat(hash).startsWith("{argon2}");
	}

	@Test
	void weakPasswordsAreRefusedWithTheReason() {
		assertThat(refusal("ngan", "short-pw")).isEqualTo("password.tooShort");
		assertThat(refusal("12345678", "weak-1")).isEqualTo("password.common");
		assertThat(refusal("matkhau123", "weak-2")).isEqualTo("password.common");
		assertThat(refusal("xin-chao-nguyen.thi.b", "nguyen.thi.b")).isEqualTo("password.common");
	}

	@Test
	void aUserNameIsTakenOnceWhateverItsCase() {
		assertThatThrownBy(() -> this.accounts.create(new Accounts.NewUser("ADMIN", "Ai Đó", null, Role.ADMIN,
				organisation("portal-operator"), "mot-mat-khau-du-dai")))
			.isInstanceOf(DomainException.class)
			.hasFieldOrPropertyWithValue("messageKey", "user.username.taken");
	}

	@Test
	void theOrganisationMustFitTheRole() {
		assertThatThrownBy(() -> this.accounts.create(new Accounts.NewUser("sai-don-vi", "Sai Đơn Vị", null,
				Role.JOB_CENTRE, organisation("sldtbxh-bg"), "mot-mat-khau-du-dai")))
			.isInstanceOf(DomainException.class)
			.hasFieldOrPropertyWithValue("messageKey", "user.organisation.mismatch");
	}

	@Test
	void disablingAUserEndsTheirSessionsAndRefusesSignIn() {
		Long id = this.accounts.create(new Accounts.NewUser("sap.bi.khoa", "Người Sắp Bị Khoá", null, Role.OFFICIAL,
				organisation("bqlkcn-bg"), "mot-mat-khau-du-dai"));
		Session session = sessions().createSession();
		session.setAttribute(FindByIndexNameSessionRepository.PRINCIPAL_NAME_INDEX_NAME, "sap.bi.khoa");
		sessions().save(session);
		assertThat(sessions().findByPrincipalName("sap.bi.khoa")).hasSize(1);

		this.accounts.disable(id, "admin");

		assertThat(sessions().findById(session.getId())).isNull();
		assertThatThrownBy(() -> signIn("sap.bi.khoa", "mot-mat-khau-du-dai")).isInstanceOf(DisabledException.class);
		// A wrong password for a disabled account says only "wrong", never "disabled".
		assertThatThrownBy(() -> signIn("sap.bi.khoa", "sai")).isInstanceOf(BadCredentialsException.class);
		this.accounts.enable(id);
		assertThat(signIn("sap.bi.khoa", "mot-mat-khau-du-dai").isAuthenticated()).isTrue();
	}

	@Test
	void changingOnesPasswordEndsTheOtherSessionsButNotThisOne() {
		Long id = this.accounts.create(new Accounts.NewUser("doi.mat.khau", "Đổi Mật Khẩu", null, Role.OFFICIAL,
				organisation("bqlkcn-bg"), "mat-khau-cu-du-dai"));
		Session here = session("doi.mat.khau");
		Session elsewhere = session("doi.mat.khau");
		assertThatThrownBy(() -> this.accounts.changeOwnPassword(id, "sai-mat-khau", "mat-khau-moi-du-dai", here.getId()))
			.hasFieldOrPropertyWithValue("messageKey", "password.current.wrong");
		this.accounts.changeOwnPassword(id, "mat-khau-cu-du-dai", "mat-khau-moi-du-dai", here.getId());
		assertThat(sessions().findById(here.getId())).isNotNull();
		assertThat(sessions().findById(elsewhere.getId())).isNull();
		assertThat(signIn("doi.mat.khau", "mat-khau-moi-du-dai").isAuthenticated()).isTrue();
	}

	@Test
	void theAdministratorsResetEndsSessionsAndLiftsALock() {
		Long id = this.accounts.create(new Accounts.NewUser("quen.mat.khau", "Quên Mật Khẩu", null, Role.OFFICIAL,
				organisation("bqlkcn-bg"), "mat-khau-cu-du-dai"));
		Session session = session("quen.mat.khau");
		this.jdbc.update("insert into login_throttle values ('quen.mat.khau', 6, now(), now() + interval '15 minutes')");
		this.accounts.resetPassword(id, "mat-khau-do-admin-dat");
		assertThat(sessions().findById(session.getId())).isNull();
		assertThat(signIn("quen.mat.khau", "mat-khau-do-admin-dat").isAuthenticated()).isTrue();
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private FindByIndexNameSessionRepository<Session> sessions() {
		return (FindByIndexNameSessionRepository) this.sessionRepository;
	}

	private Session session(String username) {
		Session session = sessions().createSession();
		session.setAttribute(FindByIndexNameSessionRepository.PRINCIPAL_NAME_INDEX_NAME, username);
		sessions().save(session);
		return session;
	}

	private org.springframework.security.core.Authentication signIn(String username, String password) {
		return this.authentication.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, password));
	}

	private String refusal(String password, String username) {
		try {
			this.accounts.create(new Accounts.NewUser(username, "Thử Mật Khẩu", null, Role.OFFICIAL,
					organisation("bqlkcn-bg"), password));
			return null;
		}
		catch (DomainException ex) {
			return ex.messageKey();
		}
	}

	private Long organisation(String code) {
		return this.jdbc.queryForObject("select id from organisation where code = ?", Long.class, code);
	}

}
