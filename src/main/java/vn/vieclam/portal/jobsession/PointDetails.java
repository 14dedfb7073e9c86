package vn.vieclam.portal.jobsession;

/** A meeting point's address, video link and contact (any may be null, not all). */
public record PointDetails(String address, String videoLink, String contact) {
}
