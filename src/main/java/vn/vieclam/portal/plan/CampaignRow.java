package vn.vieclam.portal.plan;

import java.time.LocalDate;
import java.util.List;

/** A media campaign as the plan's page lists it. */
public record CampaignRow(Long id, Long taskId, String organisationName, String title, String content,
		List<Channel> channels, LocalDate publishedOn, String link) {
}
