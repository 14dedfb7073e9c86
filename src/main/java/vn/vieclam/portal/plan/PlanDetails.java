package vn.vieclam.portal.plan;

import java.time.LocalDate;

/** A plan's header as its document states it. */
public record PlanDetails(String number, LocalDate issuedOn, Long issuerId, String signer, String title) {
}
