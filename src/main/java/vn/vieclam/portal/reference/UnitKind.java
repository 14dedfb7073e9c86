package vn.vieclam.portal.reference;

/** What an administrative unit is called: tỉnh, thành phố trực thuộc trung ương, huyện, xã, phường… */
public enum UnitKind {

	PROVINCE, CITY, DISTRICT, URBAN_DISTRICT, TOWN, PROVINCIAL_CITY, COMMUNE, WARD, TOWNSHIP, SPECIAL_ZONE

}
