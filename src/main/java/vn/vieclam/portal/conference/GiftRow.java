package vn.vieclam.portal.conference;

import java.time.Instant;
import java.time.LocalDate;

/** A nominated gift recipient as the organisers' list shows them. */
record GiftRow(Long id, Long unitId, String unitName, String fullName, String workplace, String circumstances,
		LocalDate nominatedOn, GiftStatus status, Instant handedOverAt) {
}
