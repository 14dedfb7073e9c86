package vn.vieclam.portal.reference;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface OrganisationRepository extends JpaRepository<Organisation, Long> {

	String REF = """
			select new vn.vieclam.portal.reference.OrganisationRef(o.id, o.code, o.name, o.shortName, o.kind,
			       p.id, p.name, o.validTo, o.active)
			from Organisation o left join o.province p""";

	String FILTER = """
			 where (:q = '' or fold(concat(o.name, ' ', coalesce(o.shortName, ''), ' ', o.code))
			                   like fold(:q))
			   and (:kind is null or o.kind = :kind)
			   and (:provinceId is null or o.province.id = :provinceId)""";

	@Query(value = REF + " " + FILTER + " order by o.name", countQuery = "select count(o) from Organisation o " + FILTER)
	Page<OrganisationRef> search(String q, OrganisationKind kind, Long provinceId, Pageable pageable);

	@Query(REF + " where o.id = :id")
	Optional<OrganisationRef> findRef(Long id);

	@Query(REF + " where o.code = :code")
	Optional<OrganisationRef> findRefByCode(String code);

	@Query(REF + " where o.active = true order by o.name")
	List<OrganisationRef> findAllActive();

	@Query(REF + " where o.active = true and o.kind in :kinds order by o.name")
	List<OrganisationRef> findActiveByKinds(List<OrganisationKind> kinds);

	boolean existsByCode(String code);

}
