package vn.vieclam.portal.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import vn.vieclam.portal.account.Accounts;
import vn.vieclam.portal.account.Role;
import vn.vieclam.portal.reference.OrganisationDetails;
import vn.vieclam.portal.reference.OrganisationKind;
import vn.vieclam.portal.reference.ReferenceData;

/**
 * The demo accounts of DESIGN.md (password {@code portal-demo}) and the enterprises they work for.
 * Runs at every start of profile {@code demo} and creates only what is missing.
 */
@Component
@Profile("demo")
@Order(10)
class DemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	static final String ZONE_ENTERPRISE = "dn-linh-kien-van-trung";

	static final String OUTSIDE_ENTERPRISE = "dn-may-lang-giang";

	private final Accounts accounts;

	private final ReferenceData reference;

	private final String password;

	DemoData(Accounts accounts, ReferenceData reference, @Value("${portal.demo.password}") String password) {
		this.accounts = accounts;
		this.reference = reference;
		this.password = password;
	}

	@Override
	public void run(ApplicationArguments args) {
		SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken("demo-loader", null,
				AuthorityUtils.createAuthorityList("ROLE_ADMIN")));
		try {
			Long bacGiang = this.reference.organisationByCode("ubnd-bg").orElseThrow().provinceId();
			enterprise(ZONE_ENTERPRISE, "Công ty TNHH Linh kiện Điện tử Vân Trung", "Điện tử Vân Trung", bacGiang,
					"Lô C2, KCN Vân Trung, xã Vân Trung, huyện Việt Yên, tỉnh Bắc Giang");
			enterprise(OUTSIDE_ENTERPRISE, "Công ty Cổ phần May Xuất khẩu Lạng Giang", "May Lạng Giang", bacGiang,
					"Thôn Phi Mô, xã Phi Mô, huyện Lạng Giang, tỉnh Bắc Giang");
			user("admin", "Nguyễn Quản Trị", Role.ADMIN, "portal-operator");
			user("official", "Giáp Thư Trang", Role.OFFICIAL, "vp-ubnd-bg");
			user("centre-bg", "Lê Thị Hồng Nhung", Role.JOB_CENTRE, "ttdvvl-bg");
			user("centre-ls", "Hoàng Văn Quý", Role.JOB_CENTRE, "ttdvvl-ls");
			user("employer", "Phạm Thu Hà", Role.EMPLOYER, ZONE_ENTERPRISE);
			user("employer2", "Trần Đức Mạnh", Role.EMPLOYER, OUTSIDE_ENTERPRISE);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	private void enterprise(String code, String name, String shortName, Long provinceId, String address) {
		if (this.reference.organisationByCode(code).isEmpty()) {
			this.reference.createOrganisation(code, new OrganisationDetails(name, shortName, OrganisationKind.ENTERPRISE,
					address, null, null, null, null, true), provinceId, null, null);
		}
	}

	private void user(String username, String fullName, Role role, String organisationCode) {
		if (this.accounts.exists(username)) {
			return;
		}
		Long organisation = this.reference.organisationByCode(organisationCode).orElseThrow().id();
		this.accounts.create(new Accounts.NewUser(username, fullName, username + "@demo.vieclam.vn", role, organisation,
				this.password));
		log.info("Demo account '{}' ({}) created", username, role);
	}

}
