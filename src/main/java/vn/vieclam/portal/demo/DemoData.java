package vn.vieclam.portal.demo;

import java.time.LocalDate;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import vn.vieclam.portal.account.Accounts;
import vn.vieclam.portal.account.PortalUser;
import vn.vieclam.portal.account.Role;
import vn.vieclam.portal.candidate.Candidates;
import vn.vieclam.portal.candidate.Consent;
import vn.vieclam.portal.employer.EmployerDetails;
import vn.vieclam.portal.employer.Employers;
import vn.vieclam.portal.employer.TaxCode;
import vn.vieclam.portal.reference.IndustrialZoneRef;
import vn.vieclam.portal.reference.ReferenceData;
import vn.vieclam.portal.reference.UnitRef;
import vn.vieclam.portal.shared.Formats;
import vn.vieclam.portal.shared.Phone;
import vn.vieclam.portal.vacancy.Vacancies;
import vn.vieclam.portal.vacancy.VacancyTerms;

/**
 * The demo accounts of DESIGN.md (password {@code portal-demo}), plus two officials of the competent bodies,
 * and ten enterprises with their hiring needs — created through the modules' services, each step by the
 * user who would take it (the competent official records and approves, the employer drafts and submits).
 * Runs at every start of profile {@code demo} and creates only what is missing.
 */
@Component
@Profile("demo")
@Order(10)
class DemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	private final Accounts accounts;

	private final ReferenceData reference;

	private final Employers employers;

	private final Vacancies vacancies;

	private final Candidates candidates;

	private final String password;

	private final int candidatesPerCentre;

	DemoData(Accounts accounts, ReferenceData reference, Employers employers, Vacancies vacancies, Candidates candidates,
			@Value("${portal.demo.password}") String password,
			@Value("${portal.demo.candidates-per-centre:200}") int candidatesPerCentre) {
		this.accounts = accounts;
		this.reference = reference;
		this.employers = employers;
		this.vacancies = vacancies;
		this.candidates = candidates;
		this.password = password;
		this.candidatesPerCentre = candidatesPerCentre;
	}

	@Override
	public void run(ApplicationArguments args) {
		try {
			actAs(null);
			user("admin", "Nguyễn Quản Trị", Role.ADMIN, "portal-operator");
			user("official", "Giáp Thư Trang", Role.OFFICIAL, "vp-ubnd-bg");
			user("official-kcn", "Nguyễn Văn Khánh", Role.OFFICIAL, "bqlkcn-bg");
			user("official-ld", "Trần Văn Hà", Role.OFFICIAL, "snv-bg");
			for (DemoCandidates.Province province : DemoCandidates.PROVINCES) {
				user(province.username(), province.staffName(), Role.JOB_CENTRE, province.centreCode());
			}
			for (DemoEmployers.Enterprise enterprise : DemoEmployers.all()) {
				enterprise(enterprise);
			}
			for (DemoCandidates.Province province : DemoCandidates.PROVINCES) {
				candidates(province, "ttdvvl-bg".equals(province.centreCode()) ? this.candidatesPerCentre / 4
						: this.candidatesPerCentre);
			}
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	private void enterprise(DemoEmployers.Enterprise e) {
		String taxCode = e.taxPrefix() + TaxCode.checkDigit(e.taxPrefix());
		if (this.reference.organisationByCode("dn-" + taxCode).isPresent()) {
			return;
		}
		UnitRef province = this.reference.currentUnit(this.reference.organisationByCode("ubnd-bg").orElseThrow().provinceId());
		Long zone = e.zone() == null ? null : this.reference.industrialZones().stream()
			.filter(z -> z.name().contains(e.zone())).map(IndustrialZoneRef::id).findFirst().orElseThrow();
		Long commune = e.commune() == null ? null : this.reference.children(province.id(), LocalDate.now(Formats.VIETNAM)).stream()
			.filter(c -> c.name().equals(e.commune())).map(UnitRef::id).findFirst().orElse(null);
		EmployerDetails details = new EmployerDetails(e.name(), taxCode, e.sector(), province.id(), commune, e.address(),
				zone, e.workforce(), e.contact(), Phone.parse(e.phone()).orElseThrow(), null);
		// The competent body records (and so verifies) most; the People's Committee office records the others,
		// which then wait in the competent body's queue.
		PortalUser recorder = this.accounts.principal(e.recordedByCompetentBody() ? (zone == null ? "official-ld" : "official-kcn")
				: "official");
		actAs(recorder);
		Long employerId = this.employers.createByOfficial(details, recorder);
		Long organisation = this.employers.view(employerId).organisationId();
		if (e.username() != null) {
			actAs(null);
			user(e.username(), e.userFullName(), Role.EMPLOYER, organisation);
		}
		else {
			actAs(null);
			user("hr." + e.taxPrefix().substring(5), e.contact(), Role.EMPLOYER, organisation);
		}
		PortalUser employer = this.accounts.principal(e.username() != null ? e.username() : "hr." + e.taxPrefix().substring(5));
		PortalUser approver = this.accounts.principal(zone == null ? "official-ld" : "official-kcn");
		for (DemoEmployers.Need need : e.needs()) {
			actAs(employer);
			Long id = this.vacancies.createDraft(employer, terms(need, province.id(), commune, e.address()));
			if (need.stage() == DemoEmployers.Stage.DRAFT) {
				continue;
			}
			this.vacancies.submit(employer, id);
			actAs(approver);
			switch (need.stage()) {
				case PUBLISHED -> this.vacancies.approve(approver, id);
				case RETURNED -> this.vacancies.returnToEmployer(approver, id,
						"Yêu cầu giới tính cần căn cứ pháp lý cụ thể; đề nghị bỏ giới hạn hoặc nêu rõ căn cứ.");
				default -> {
				}
			}
		}
		log.info("Demo enterprise '{}' with {} hiring needs created", e.name(), e.needs().size());
	}

	/** A centre's registry, registered by its own staff with the people's consent (most also to sharing). */
	private void candidates(DemoCandidates.Province province, int count) {
		PortalUser staff = this.accounts.principal(province.username());
		if (this.candidates.search(staff, "", null, null, null, org.springframework.data.domain.PageRequest.of(0, 1))
			.getTotalElements() > 0) {
			return;
		}
		actAs(staff);
		UnitRef home = this.reference.currentUnit(this.reference.organisationByCode(province.centreCode()).orElseThrow()
			.provinceId());
		List<UnitRef> communes = this.reference.children(home.id(), LocalDate.now(Formats.VIETNAM));
		java.util.Random random = new java.util.Random(province.cccdCode().hashCode());
		for (int i = 0; i < count; i++) {
			Long commune = communes.isEmpty() || random.nextInt(3) > 0 ? null
					: communes.get(random.nextInt(communes.size())).id();
			this.candidates.register(staff, DemoCandidates.person(province, i, random, home.id(), commune),
					new Consent(true, random.nextInt(10) < 8, Consent.CURRENT_NOTICE), "CENTRE");
		}
		log.info("Demo: {} job seekers registered at {}", count, province.centreCode());
	}

	private VacancyTerms terms(DemoEmployers.Need n, Long provinceId, Long communeId, String address) {
		return new VacancyTerms(n.title(), n.occupation(), n.skill(), n.quantity(), n.term(), null, n.wageMin(),
				n.wageMax(), n.benefits(), n.housing(), n.housingAmount(), n.meals(), n.shuttle(), n.hours(), n.shifts(),
				n.ageMin(), n.ageMax(), n.gender(), n.reason(), provinceId, communeId, address, DemoEmployers.closing(n),
				"Làm việc tại " + address + ". Được đào tạo, hướng dẫn công việc khi nhận việc.");
	}

	private void user(String username, String fullName, Role role, String organisationCode) {
		user(username, fullName, role, this.reference.organisationByCode(organisationCode).orElseThrow().id());
	}

	private void user(String username, String fullName, Role role, Long organisationId) {
		if (this.accounts.exists(username)) {
			return;
		}
		this.accounts.create(new Accounts.NewUser(username, fullName, username + "@demo.vieclam.vn", role, organisationId,
				this.password));
		log.info("Demo account '{}' ({}) created", username, role);
	}

	/** Audit rows name the user who would have taken the step; {@code null} is the demo loader itself. */
	private static void actAs(PortalUser user) {
		SecurityContextHolder.getContext().setAuthentication(user == null
				? new UsernamePasswordAuthenticationToken("demo-loader", null, java.util.List.of())
				: new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
	}

}
