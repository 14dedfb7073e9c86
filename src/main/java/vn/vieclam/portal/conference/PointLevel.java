package vn.vieclam.portal.conference;

/** The level of a connection point (điểm cầu): the central hall, a district or commune hall, or another named venue. */
public enum PointLevel {

	CENTRAL, DISTRICT, COMMUNE, VENUE

}
