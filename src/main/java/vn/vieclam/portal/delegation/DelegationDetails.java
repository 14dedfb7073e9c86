package vn.vieclam.portal.delegation;

import java.time.LocalDate;
import java.util.List;

/**
 * What a delegation is: plan and wave, where and when, who leads, the itinerary and topics (one per line), the
 * outcome, and the organisations that organise it (their officials change it; others read it).
 */
public record DelegationDetails(Long planId, Integer wave, Long destinationProvinceId, Long hostId, LocalDate startsOn,
		LocalDate endsOn, String leaderName, String leaderTitle, String itinerary, String topics, String outcome,
		List<Long> organiserIds) {
}
