package vn.vieclam.portal.reference;

import java.math.BigDecimal;

public record IndustrialZoneRef(Long id, String code, String name, String districtName, Long boardId, String boardName,
		BigDecimal areaHa, boolean active) {
}
