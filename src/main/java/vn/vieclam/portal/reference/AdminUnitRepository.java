package vn.vieclam.portal.reference;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AdminUnitRepository extends JpaRepository<AdminUnit, Long> {

	String REF = """
			select new vn.vieclam.portal.reference.UnitRef(u.id, u.code, u.name, u.level, u.kind, p.id, p.name,
			       u.validFrom, u.validTo, s.id, s.name)
			from AdminUnit u left join u.parent p left join u.successor s""";

	String FILTER = """
			 where (:q = '' or fold(concat(u.name, ' ', u.code)) like fold(:q))
			   and (:level is null or u.level = :level)
			   and (:parentId is null or u.parent.id = :parentId)
			   and (:allDates = true or ((u.validFrom is null or u.validFrom <= :on) and (u.validTo is null or u.validTo >= :on)))""";

	@Query(value = REF + " " + FILTER + " order by u.level, u.name", countQuery = "select count(u) from AdminUnit u " + FILTER)
	Page<UnitRef> search(String q, UnitLevel level, Long parentId, boolean allDates, LocalDate on, Pageable pageable);

	@Query(REF + " where u.id = :id")
	Optional<UnitRef> findRef(Long id);

	@Query(REF + " " + """
			 where u.level = :level
			   and (u.validFrom is null or u.validFrom <= :on) and (u.validTo is null or u.validTo >= :on)
			 order by u.name""")
	List<UnitRef> findValidOn(UnitLevel level, LocalDate on);

	@Query(REF + " " + """
			 where u.parent.id = :parentId
			   and (u.validFrom is null or u.validFrom <= :on) and (u.validTo is null or u.validTo >= :on)
			 order by u.name""")
	List<UnitRef> findChildrenValidOn(Long parentId, LocalDate on);

	/** Follows successor links to the unit that is valid today (at most a few hops). */
	@Query(value = """
			with recursive chain(id, successor_id, depth) as (
			  select id, successor_id, 0 from admin_unit where id = :id
			  union all
			  select u.id, u.successor_id, c.depth + 1 from admin_unit u join chain c on u.id = c.successor_id
			  where c.depth < 10)
			select id from chain where successor_id is null order by depth desc limit 1""", nativeQuery = true)
	Optional<Long> findCurrentSuccessorId(Long id);

}
