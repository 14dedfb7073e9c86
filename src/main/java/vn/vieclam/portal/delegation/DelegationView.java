package vn.vieclam.portal.delegation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import vn.vieclam.portal.plan.NoticeSummary;

/** A delegation's page and brief: everything about the trip, its people, documents and notices. */
public record DelegationView(Long id, Long planId, String planNumber, String planTitle, Integer wave,
		Long destinationProvinceId, String provinceName, Long hostId, String hostName, LocalDate startsOn, LocalDate endsOn,
		String leaderName, String leaderTitle, String itinerary, String topics, String outcome, DelegationStatus status,
		long version, List<Person> visitors, List<Person> hosts, List<Document> documents, List<NoticeSummary> notices,
		List<Long> organiserIds, List<String> organiserNames) {

	/** A person of either side. */
	public record Person(Long id, String fullName, String jobTitle, String organisationName, MemberRole role) {
	}

	/** An attached document. */
	public record Document(Long id, String title, String fileName, long sizeBytes, Instant createdAt) {
	}

	public List<String> itineraryLines() {
		return lines(this.itinerary);
	}

	public List<String> topicLines() {
		return lines(this.topics);
	}

	public String title() {
		return this.provinceName;
	}

	private static List<String> lines(String text) {
		return text == null ? List.of()
				: Arrays.stream(text.split("\\R")).map(String::strip).filter(s -> !s.isEmpty())
					.map(s -> s.startsWith("- ") ? s.substring(2) : s).toList();
	}

}
