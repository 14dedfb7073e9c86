package vn.vieclam.portal.candidate;

import java.time.Instant;

/** A flagged pair awaiting a decision, seen from one centre: its candidate, the other centre, the reason. */
public record DuplicateRow(Long id, Long candidateId, String candidateName, Long otherId, String otherName,
		String otherCentreName, boolean otherIsMine, DuplicateReason reason, String status, Instant createdAt) {
}
