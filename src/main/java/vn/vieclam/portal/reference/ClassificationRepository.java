package vn.vieclam.portal.reference;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Skill levels, occupations and sectors: read-only code lists that migrations own. */
@Repository
class ClassificationRepository {

	private final JdbcTemplate jdbc;

	ClassificationRepository(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	List<CodeName> skillLevels() {
		return this.jdbc.query("select code, name_vi, name_en from skill_level order by rank",
				(rs, i) -> new CodeName(rs.getString(1), rs.getString(2), rs.getString(3)));
	}

	List<CodeName> occupations(int maxLevel) {
		return this.jdbc.query("select code, name_vi, name_en from occupation where level <= ? order by code",
				(rs, i) -> new CodeName(rs.getString(1), rs.getString(2), rs.getString(3)), maxLevel);
	}

	/**
	 * The labour authority for a province as it is today: the former labour department (Sở LĐ-TB&XH) of any
	 * province that is now part of it, followed through its successors (since March 2025 the home-affairs
	 * department).
	 */
	java.util.Optional<Long> labourAuthority(long currentProvinceId) {
		return this.jdbc.query("""
				with recursive province_now(id, now_id, depth) as (
				  select id, id, 0 from admin_unit where level = 'PROVINCE'
				  union all
				  select p.id, u.successor_id, p.depth + 1 from province_now p join admin_unit u on u.id = p.now_id
				  where u.successor_id is not null and p.depth < 10),
				current_province as (
				  select distinct on (id) id, now_id from province_now order by id, depth desc),
				department as (
				  select o.id from organisation o join current_province cp on cp.id = o.province_id
				  where o.code like 'sldtbxh-%' and cp.now_id = ?
				  order by o.id limit 1),
				chain(id, successor_id, depth) as (
				  select o.id, o.successor_id, 0 from organisation o join department d on d.id = o.id
				  union all
				  select o.id, o.successor_id, c.depth + 1 from organisation o join chain c on o.id = c.successor_id
				  where c.depth < 10)
				select id from chain order by depth desc limit 1""", rs -> rs.next() ? java.util.Optional.of(rs.getLong(1))
				: java.util.Optional.<Long>empty(), currentProvinceId);
	}

	/** The public job centre serving a province as it is today (any centre of a province merged into it). */
	java.util.Optional<Long> jobCentre(long currentProvinceId) {
		return this.jdbc.query("""
				with recursive province_now(id, now_id, depth) as (
				  select id, id, 0 from admin_unit where level = 'PROVINCE'
				  union all
				  select p.id, u.successor_id, p.depth + 1 from province_now p join admin_unit u on u.id = p.now_id
				  where u.successor_id is not null and p.depth < 10),
				current_province as (select distinct on (id) id, now_id from province_now order by id, depth desc)
				select o.id from organisation o join current_province cp on cp.id = o.province_id
				where o.kind = 'JOB_CENTRE' and o.active and cp.now_id = ?
				order by o.id limit 1""", rs -> rs.next() ? java.util.Optional.of(rs.getLong(1))
				: java.util.Optional.<Long>empty(), currentProvinceId);
	}

	List<CodeName> sectors() {
		return this.jdbc.query("select code, name_vi, name_en from sector order by code",
				(rs, i) -> new CodeName(rs.getString(1), rs.getString(2), rs.getString(3)));
	}

	List<IndustrialZoneRef> industrialZones() {
		return this.jdbc.query("""
				select z.id, z.code, z.name, d.name as district, o.id as board_id, o.name as board, z.area_ha, z.active
				from industrial_zone z join organisation o on o.id = z.board_id
				left join admin_unit d on d.id = z.district_id
				order by z.name""",
				(rs, i) -> new IndustrialZoneRef(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
						rs.getLong(5), rs.getString(6), rs.getBigDecimal(7), rs.getBoolean(8)));
	}

	/** The organisation followed by its successors, oldest first (one recursive query; cycles are refused on edit). */
	java.util.List<Long> successionOf(long organisationId) {
		return this.jdbc.queryForList("""
				with recursive chain (id, successor_id, depth) as (
				  select id, successor_id, 0 from organisation where id = ?
				  union all
				  select o.id, o.successor_id, c.depth + 1 from organisation o join chain c on o.id = c.successor_id
				  where c.depth < 10)
				select id from chain order by depth""", Long.class, organisationId);
	}

}
