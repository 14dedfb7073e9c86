package vn.vieclam.portal.plan;

/** One commitment: the responsible organisation, what it must do, and by when (a day, a month, or null for a standing one). */
public record CommitmentDetails(Long responsibleId, String action, Deadline deadline) {
}
