package vn.vieclam.portal.delegation;

import java.time.LocalDate;

/** A delegation as the list shows it. */
public record DelegationRow(Long id, String planNumber, Integer wave, String provinceName, LocalDate startsOn,
		LocalDate endsOn, String leaderName, DelegationStatus status, long members, long notices) {
}
