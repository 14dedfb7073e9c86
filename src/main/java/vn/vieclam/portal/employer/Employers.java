package vn.vieclam.portal.employer;

import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.vieclam.portal.account.Accounts;
import vn.vieclam.portal.account.PortalUser;
import vn.vieclam.portal.account.Role;
import vn.vieclam.portal.reference.OrganisationDetails;
import vn.vieclam.portal.reference.OrganisationKind;
import vn.vieclam.portal.reference.ReferenceData;
import vn.vieclam.portal.shared.DomainException;
import vn.vieclam.portal.shared.NotFoundException;
import vn.vieclam.portal.shared.SearchText;
import vn.vieclam.portal.shared.Versions;

/**
 * The employer module's public service: enterprises register (or an official records them), their
 * competent body verifies them, and other modules ask who the current user's employer is and whether
 * it may publish.
 */
@Service
@Transactional
public class Employers {

	private final EmployerRepository employers;

	private final EmployerQueries queries;

	private final ReferenceData reference;

	private final Accounts accounts;

	Employers(EmployerRepository employers, EmployerQueries queries, ReferenceData reference, Accounts accounts) {
		this.employers = employers;
		this.queries = queries;
		this.reference = reference;
		this.accounts = accounts;
	}

	/** The employer the signed-in EMPLOYER user works for. */
	@Transactional(readOnly = true)
	public EmployerView of(PortalUser user) {
		if (!user.is(Role.EMPLOYER)) {
			throw new NotFoundException("employer of", user.getUsername());
		}
		return this.queries.findByOrganisation(user.organisationId())
			.orElseThrow(() -> new NotFoundException("employer of organisation", user.organisationId()));
	}

	@Transactional(readOnly = true)
	public EmployerView view(Long id) {
		return this.queries.find(id).orElseThrow(() -> new NotFoundException("employer", id));
	}

	@Transactional(readOnly = true)
	public Optional<EmployerView> findByOrganisation(Long organisationId) {
		return this.queries.findByOrganisation(organisationId);
	}

	/** Whether this official works for the body that verifies this employer and approves its vacancies. */
	public boolean isCompetent(PortalUser user, EmployerView employer) {
		return user.is(Role.OFFICIAL) && employer.competentBodyId().equals(user.organisationId());
	}

	@Transactional(readOnly = true)
	public Page<EmployerView> search(String q, Verification verification, Long zoneId, Long bodyId, Pageable pageable) {
		return this.queries.search(SearchText.pattern(q), verification, zoneId, bodyId, pageable);
	}

	/**
	 * Whether lists should start with "my body's employers": true for the bodies that verify employers (the
	 * zone board, the labour authority), false for officials who only oversee (the People's Committee office).
	 */
	@Transactional(readOnly = true)
	public boolean supervisesEmployers(PortalUser user) {
		return user.is(Role.OFFICIAL) && this.employers.existsByCompetentBodyId(user.organisationId());
	}

	@Transactional(readOnly = true)
	public long pendingCount(Long bodyId) {
		return this.queries.countPending(bodyId);
	}

	/**
	 * An enterprise registers itself: its organisation, its employer record (pending verification) and the
	 * first user account, in one transaction.
	 */
	Long register(EmployerDetails details, String username, String fullName, String password) {
		checkTaxCodeFree(details.taxCode(), null);
		if (this.accounts.exists(username)) {
			throw DomainException.onField("username", "user.username.taken");
		}
		Long employerId = create(details);
		this.accounts.create(new Accounts.NewUser(username, fullName, details.contactEmail(), Role.EMPLOYER,
				view(employerId).organisationId(), password));
		return employerId;
	}

	/** An official records an enterprise; when they are its competent body it is verified at once. */
	public Long createByOfficial(EmployerDetails details, PortalUser official) {
		checkTaxCodeFree(details.taxCode(), null);
		Long id = create(details);
		Employer employer = this.employers.findById(id).orElseThrow();
		if (employer.getCompetentBodyId().equals(official.organisationId())) {
			employer.verify(official.id());
		}
		return id;
	}

	/** The employer corrects its own profile; identity changes send it back for verification. */
	boolean update(PortalUser user, long version, EmployerDetails details) {
		Employer employer = this.employers.findById(of(user).id()).orElseThrow();
		Versions.require(employer.getVersion(), version, Employer.class, employer.getId());
		checkTaxCodeFree(details.taxCode(), employer.getId());
		boolean renamed = !view(employer.getId()).name().equals(details.name());
		this.reference.renameOrganisation(employer.getOrganisationId(), details.name());
		return employer.update(details, competentBody(details), renamed);
	}

	void verify(Long id, PortalUser official) {
		competentEmployer(id, official).verify(official.id());
	}

	void returnForCorrection(Long id, String note, PortalUser official) {
		competentEmployer(id, official).returnForCorrection(note);
	}

	private Employer competentEmployer(Long id, PortalUser official) {
		Employer employer = this.employers.findById(id).orElseThrow(() -> new NotFoundException("employer", id));
		if (!official.is(Role.OFFICIAL) || !employer.getCompetentBodyId().equals(official.organisationId())) {
			throw new DomainException("employer.notCompetent");
		}
		return employer;
	}

	private Long create(EmployerDetails details) {
		Long organisationId = this.reference.createOrganisation("dn-" + details.taxCode().toLowerCase(),
				new OrganisationDetails(details.name(), null, OrganisationKind.ENTERPRISE, details.address(),
						details.contactPhone(), details.contactEmail(), null, null, true),
				details.provinceId(), null, null);
		return this.employers.save(new Employer(organisationId, details, competentBody(details))).getId();
	}

	/** Zone enterprises report to the zone's board; the others to the province's labour authority. */
	Long competentBody(EmployerDetails details) {
		if (details.industrialZoneId() != null) {
			return this.reference.industrialZone(details.industrialZoneId()).boardId();
		}
		return this.reference.labourAuthority(details.provinceId())
			.orElseThrow(() -> DomainException.onField("provinceId", "employer.province.noAuthority"));
	}

	private void checkTaxCodeFree(String taxCode, Long exceptEmployerId) {
		this.employers.findByTaxCode(taxCode)
			.filter(other -> !other.getId().equals(exceptEmployerId))
			.ifPresent(other -> {
				throw DomainException.onField("taxCode", "employer.taxCode.duplicate");
			});
	}

}
