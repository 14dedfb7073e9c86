package vn.vieclam.portal.conference;

/** In person, online, or both at once (trực tiếp kết hợp trực tuyến). */
public enum ConferenceFormat {

	IN_PERSON, ONLINE, HYBRID

}
