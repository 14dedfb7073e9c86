package vn.vieclam.portal.candidate;

import java.time.LocalDate;

/**
 * What a candidate asks of their personal data, and the ONE place that says how many days the centre has.
 *
 * <p>
 * Source: Personal Data Protection Law 91/2025/QH15 and its Decree 356/2025/ND-CP (in force 1 January 2026,
 * replacing Decree 13/2023/ND-CP, which gave 72 hours for every kind). Decree 356 sets a period per kind of request,
 * counted from receipt: withdrawal of consent, restriction or objection 15 days; access to, correction and provision
 * of the data 10 days; erasure 20 days. It also asks for a first reply within 2 working days and allows one extension;
 * neither is modelled here. The periods are read as calendar days from the day the request was received. Where a
 * processor or third party must also act the Decree allows longer; the portal is itself the controller and processor,
 * so the shorter periods apply. The help text {@code datarequest.law} quotes the same numbers.
 */
public enum DataRequestKind {

	ACCESS(10), CORRECTION(10), ERASURE(20), WITHDRAWAL(15);

	private final int days;

	DataRequestKind(int days) {
		this.days = days;
	}

	public int days() {
		return this.days;
	}

	public LocalDate dueDate(LocalDate received) {
		return received.plusDays(this.days);
	}

}
