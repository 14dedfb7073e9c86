package vn.vieclam.portal.jobsession;

/** A co-hosting centre and its meeting point. */
public record PointView(Long id, Long centreId, String centreName, String provinceName, String address,
		String videoLink, String contact) {
}
