package vn.vieclam.portal.account;

/** The four roles; each has its own home page. The public has no account. */
public enum Role {

	ADMIN("/admin"), OFFICIAL("/official"), JOB_CENTRE("/centre"), EMPLOYER("/employer");

	private final String home;

	Role(String home) {
		this.home = home;
	}

	public String home() {
		return this.home;
	}

	public String authority() {
		return "ROLE_" + name();
	}

}
