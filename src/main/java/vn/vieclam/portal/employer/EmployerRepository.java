package vn.vieclam.portal.employer;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

interface EmployerRepository extends JpaRepository<Employer, Long> {

	Optional<Employer> findByTaxCode(String taxCode);

	boolean existsByCompetentBodyId(Long bodyId);

	Optional<Employer> findByOrganisationId(Long organisationId);

}

/** Read side: employers with the names of what they point at, in one query, paged in SQL. */
@Repository
class EmployerQueries {

	static final String SELECT = """
			select e.id, e.organisation_id, o.name, o.short_name, e.tax_code, e.sector_code, s.name_vi as sector_name, s.name_en as sector_name_en,
			       e.province_id, p.name as province_name, e.commune_id, c.name as commune_name, e.address,
			       e.industrial_zone_id, z.name as zone_name, e.workforce_size, e.contact_name, e.contact_phone,
			       e.contact_email, e.competent_body_id, b.name as body_name, e.verification, e.verification_note, e.version
			from employer e
			join organisation o on o.id = e.organisation_id
			join sector s on s.code = e.sector_code
			join admin_unit p on p.id = e.province_id
			left join admin_unit c on c.id = e.commune_id
			left join industrial_zone z on z.id = e.industrial_zone_id
			join organisation b on b.id = e.competent_body_id
			""";

	static final RowMapper<EmployerView> VIEW = (rs, i) -> new EmployerView(rs.getLong("id"),
			rs.getLong("organisation_id"), rs.getString("name"), rs.getString("short_name"), rs.getString("tax_code"),
			rs.getString("sector_code"), rs.getString("sector_name"), rs.getString("sector_name_en"), rs.getLong("province_id"),
			rs.getString("province_name"), (Long) rs.getObject("commune_id"), rs.getString("commune_name"),
			rs.getString("address"), (Long) rs.getObject("industrial_zone_id"), rs.getString("zone_name"),
			rs.getInt("workforce_size"), rs.getString("contact_name"), rs.getString("contact_phone"),
			rs.getString("contact_email"), rs.getLong("competent_body_id"), rs.getString("body_name"),
			Verification.valueOf(rs.getString("verification")), rs.getString("verification_note"), rs.getLong("version"));

	private final NamedParameterJdbcTemplate jdbc;

	EmployerQueries(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	Optional<EmployerView> find(Long id) {
		return this.jdbc.query(SELECT + " where e.id = :id", new MapSqlParameterSource("id", id), VIEW).stream().findFirst();
	}

	Optional<EmployerView> findByOrganisation(Long organisationId) {
		return this.jdbc.query(SELECT + " where e.organisation_id = :id", new MapSqlParameterSource("id", organisationId), VIEW)
			.stream().findFirst();
	}

	/** Employers matching the filters; {@code bodyId} limits to one competent body when given. */
	Page<EmployerView> search(String pattern, Verification verification, Long zoneId, Long bodyId, Pageable pageable) {
		String where = """
				 where (:q = '' or fold(o.name || ' ' || coalesce(o.short_name, '') || ' ' || e.tax_code) like fold(:q))
				   and (:verification = '' or e.verification = :verification)
				   and (cast(:zone as bigint) is null or e.industrial_zone_id = :zone)
				   and (cast(:body as bigint) is null or e.competent_body_id = :body)""";
		MapSqlParameterSource params = new MapSqlParameterSource().addValue("q", pattern)
			.addValue("verification", verification == null ? "" : verification.name())
			.addValue("zone", zoneId, java.sql.Types.BIGINT)
			.addValue("body", bodyId, java.sql.Types.BIGINT)
			.addValue("limit", pageable.getPageSize())
			.addValue("offset", pageable.getOffset());
		List<EmployerView> rows = this.jdbc.query(SELECT + where + " order by (e.verification = 'PENDING') desc, o.name"
				+ " limit :limit offset :offset", params, VIEW);
		Long total = this.jdbc.queryForObject("select count(*) from employer e join organisation o on o.id = e.organisation_id\n"
				+ where, params, Long.class);
		return new PageImpl<>(rows, pageable, total == null ? 0 : total);
	}

	long countPending(Long bodyId) {
		Long count = this.jdbc.queryForObject("""
				select count(*) from employer where verification = 'PENDING'
				and (cast(:body as bigint) is null or competent_body_id = :body)""",
				new MapSqlParameterSource().addValue("body", bodyId, java.sql.Types.BIGINT), Long.class);
		return count == null ? 0 : count;
	}

}
