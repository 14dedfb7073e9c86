package vn.vieclam.portal.reference;

public enum UnitLevel {

	PROVINCE, DISTRICT, COMMUNE

}
