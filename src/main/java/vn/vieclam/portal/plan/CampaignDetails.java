package vn.vieclam.portal.plan;

import java.time.LocalDate;
import java.util.List;

/** A media campaign as recorded: which task's rule it counts for, who ran it, where and when it came out. */
public record CampaignDetails(Long taskId, Long organisationId, String title, String content, List<Channel> channels,
		LocalDate publishedOn, String link) {
}
