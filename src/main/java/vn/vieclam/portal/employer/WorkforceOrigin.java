package vn.vieclam.portal.employer;

import jakarta.persistence.Embeddable;

/** How many of a report's workers come from one home province. */
@Embeddable
record WorkforceOrigin(Long provinceId, int headcount) {
}
