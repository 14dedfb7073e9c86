package vn.vieclam.portal.matching;

import jakarta.validation.constraints.Size;

/** The result of a follow-up call: still working, or left with the reason. */
record FollowUpForm(FollowUpOutcome outcome, @Size(max = 500) String reason) {
}
