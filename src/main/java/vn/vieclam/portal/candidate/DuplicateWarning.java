package vn.vieclam.portal.candidate;

/**
 * "Someone with the same national ID is registered at the Lạng Sơn job centre": the reason and the other
 * centre, never the other person's data.
 */
public record DuplicateWarning(Long otherId, boolean sameCentre, String otherCentreName, DuplicateReason reason) {
}
