package vn.vieclam.portal.delegation;

import java.time.LocalDate;

/** What a delegation is: plan and wave, where and when, who leads, the itinerary and topics (one per line), the outcome. */
public record DelegationDetails(Long planId, Integer wave, Long destinationProvinceId, Long hostId, LocalDate startsOn,
		LocalDate endsOn, String leaderName, String leaderTitle, String itinerary, String topics, String outcome) {
}
