package vn.vieclam.portal.reference;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.cache.annotation.CacheEvict;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.vieclam.portal.shared.DomainException;
import vn.vieclam.portal.shared.Formats;
import vn.vieclam.portal.shared.NotFoundException;
import vn.vieclam.portal.shared.SearchText;
import vn.vieclam.portal.shared.Versions;

/**
 * The reference module's public service: look-ups of organisations, administrative units and code lists
 * for other modules, and the administrator's changes to organisations and units.
 */
@Service
@Transactional(readOnly = true)
public class ReferenceData {

	private final OrganisationRepository organisations;

	private final AdminUnitRepository units;

	private final ClassificationRepository classifications;

	ReferenceData(OrganisationRepository organisations, AdminUnitRepository units,
			ClassificationRepository classifications) {
		this.organisations = organisations;
		this.units = units;
		this.classifications = classifications;
	}

	public OrganisationRef organisation(Long id) {
		return this.organisations.findRef(id).orElseThrow(() -> new NotFoundException("organisation", id));
	}

	public Optional<OrganisationRef> organisationByCode(String code) {
		return this.organisations.findRefByCode(code);
	}

	public List<OrganisationRef> activeOrganisations() {
		return this.organisations.findAllActive();
	}

	public List<OrganisationRef> activeOrganisations(List<OrganisationKind> kinds) {
		return this.organisations.findActiveByKinds(kinds);
	}

	public Page<OrganisationRef> searchOrganisations(String q, OrganisationKind kind, Long provinceId,
			Pageable pageable) {
		return this.organisations.search(SearchText.pattern(q), kind, provinceId, pageable);
	}

	public UnitRef unit(Long id) {
		return this.units.findRef(id).orElseThrow(() -> new NotFoundException("unit", id));
	}

	public Page<UnitRef> searchUnits(String q, UnitLevel level, Long parentId, LocalDate validOn, Pageable pageable) {
		return this.units.search(SearchText.pattern(q), level, parentId, validOn == null,
				validOn == null ? LocalDate.now(Formats.VIETNAM) : validOn, pageable);
	}

	/** Provinces (and centrally-run cities) as they were on the given day: 63 before July 2025, 34 after. */
	@Cacheable(cacheNames = "reference", key = "'provinces' + #on")
	public List<UnitRef> provinces(LocalDate on) {
		return this.units.findValidOn(UnitLevel.PROVINCE, on);
	}

	public List<UnitRef> children(Long parentId, LocalDate on) {
		return this.units.findChildrenValidOn(parentId, on);
	}

	/** Today's unit for a unit that may have been merged since (the unit itself when it still exists). */
	public UnitRef currentUnit(Long unitId) {
		return unit(this.units.findCurrentSuccessorId(unitId).orElse(unitId));
	}

	@Cacheable(cacheNames = "reference", key = "'skillLevels'")
	public List<CodeName> skillLevels() {
		return this.classifications.skillLevels();
	}

	@Cacheable(cacheNames = "reference", key = "'occupations'")
	public List<CodeName> occupations() {
		return this.classifications.occupations(2);
	}

	@Cacheable(cacheNames = "reference", key = "'sectors'")
	public List<CodeName> sectors() {
		return this.classifications.sectors();
	}

	@Cacheable(cacheNames = "reference", key = "'industrialZones'")
	public List<IndustrialZoneRef> industrialZones() {
		return this.classifications.industrialZones();
	}

	public IndustrialZoneRef industrialZone(Long id) {
		return industrialZones().stream().filter(z -> z.id().equals(id)).findFirst()
			.orElseThrow(() -> new NotFoundException("industrial zone", id));
	}

	/** The body enterprises outside the industrial zones of this province report to (see ClassificationRepository). */
	public Optional<Long> labourAuthority(Long provinceId) {
		return this.classifications.labourAuthority(currentUnit(provinceId).id());
	}

	/**
	 * The organisation and the bodies that took over its work, oldest first: {@code [Sở LĐTBXH, Sở Nội vụ]}
	 * for Bắc Giang's labour department, merged in 2025. A successor acts for the records of its predecessors.
	 */
	public List<Long> successionOf(Long organisationId) {
		return this.classifications.successionOf(organisationId);
	}

	/** The job centre that serves workers whose home is in this province (merged provinces included). */
	public Optional<Long> jobCentreFor(Long provinceId) {
		return this.classifications.jobCentre(currentUnit(provinceId).id());
	}

	/** Communes valid today, with their province, for pickers ("home commune", "work location"). */
	@Cacheable(cacheNames = "reference", key = "'communesToday' + T(java.time.LocalDate).now()")
	public List<UnitRef> communesToday() {
		return this.units.findValidOn(UnitLevel.COMMUNE, LocalDate.now(Formats.VIETNAM));
	}

	public String occupationName(String code, java.util.Locale locale) {
		return occupations().stream().filter(o -> o.code().equals(code)).findFirst().map(o -> o.name(locale)).orElse(code);
	}

	/** A new organisation (an enterprise registering, say); its code must be unique. */
	@Transactional
	@CacheEvict(cacheNames = "reference", allEntries = true)
	public Long createOrganisation(String code, OrganisationDetails details, Long provinceId, Long parentId, Long successorId) {
		if (this.organisations.existsByCode(code)) {
			throw DomainException.onField("code", "organisation.code.duplicate");
		}
		Organisation organisation = new Organisation(code);
		organisation.update(details, unitOrNull(provinceId), organisationOrNull(parentId), organisationOrNull(successorId));
		return this.organisations.save(organisation).getId();
	}

	/** An enterprise corrects its name on its own profile. */
	@Transactional
	@CacheEvict(cacheNames = "reference", allEntries = true)
	public void renameOrganisation(Long id, String name) {
		Organisation organisation = this.organisations.findById(id).orElseThrow(() -> new NotFoundException("organisation", id));
		organisation.rename(name);
	}

	@Transactional
	@CacheEvict(cacheNames = "reference", allEntries = true)
	void updateOrganisation(Long id, long version, OrganisationDetails details, Long provinceId, Long parentId,
			Long successorId) {
		Organisation organisation = this.organisations.findById(id)
			.orElseThrow(() -> new NotFoundException("organisation", id));
		Versions.require(organisation.getVersion(), version, Organisation.class, id);
		organisation.update(details, unitOrNull(provinceId), organisationOrNull(parentId), organisationOrNull(successorId));
	}

	@Transactional
	@CacheEvict(cacheNames = "reference", allEntries = true)
	void updateUnit(Long id, long version, String name, LocalDate validFrom, LocalDate validTo, Long successorId) {
		AdminUnit unit = this.units.findById(id).orElseThrow(() -> new NotFoundException("unit", id));
		Versions.require(unit.getVersion(), version, AdminUnit.class, id);
		unit.rename(name);
		unit.changeValidity(validFrom, validTo, successorId == null ? null : this.units.findById(successorId)
			.orElseThrow(() -> DomainException.onField("successorId", "unit.successor.unknown")));
	}

	OrganisationForm organisationForm(Long id) {
		return OrganisationForm.from(this.organisations.findById(id).orElseThrow(() -> new NotFoundException("organisation", id)));
	}

	UnitForm unitForm(Long id) {
		return UnitForm.from(this.units.findById(id).orElseThrow(() -> new NotFoundException("unit", id)));
	}

	private AdminUnit unitOrNull(Long id) {
		return id == null ? null : this.units.findById(id)
			.orElseThrow(() -> DomainException.onField("provinceId", "unit.unknown"));
	}

	private Organisation organisationOrNull(Long id) {
		return id == null ? null : this.organisations.findById(id)
			.orElseThrow(() -> DomainException.onField("parentId", "organisation.unknown"));
	}

}
