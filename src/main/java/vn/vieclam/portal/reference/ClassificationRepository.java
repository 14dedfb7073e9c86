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

	List<CodeName> sectors() {
		return this.jdbc.query("select code, name_vi, name_en from sector order by code",
				(rs, i) -> new CodeName(rs.getString(1), rs.getString(2), rs.getString(3)));
	}

	List<IndustrialZoneRef> industrialZones() {
		return this.jdbc.query("""
				select z.id, z.code, z.name, d.name as district, o.name as board, z.area_ha, z.active
				from industrial_zone z join organisation o on o.id = z.board_id
				left join admin_unit d on d.id = z.district_id
				order by z.name""",
				(rs, i) -> new IndustrialZoneRef(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
						rs.getString(5), rs.getBigDecimal(6), rs.getBoolean(7)));
	}

}
