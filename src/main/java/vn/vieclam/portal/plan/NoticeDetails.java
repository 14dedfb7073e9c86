package vn.vieclam.portal.plan;

import java.time.LocalDate;

/** A notice's header: its number (e.g. "125/TB-UBND"), date, issuing body and signer. */
public record NoticeDetails(String number, LocalDate issuedOn, Long issuerId, String signer, String signerTitle,
		String summary) {
}
