package vn.vieclam.portal.plan;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import vn.vieclam.portal.shared.Text;

/** A media campaign as typed. */
record CampaignForm(Long taskId, @NotNull Long organisationId, @NotBlank @Size(max = 300) String title,
		@Size(max = 4000) String content, @NotEmpty List<Channel> channels, @NotNull LocalDate publishedOn,
		@Size(max = 500) String link) {

	static CampaignForm empty(Long taskId) {
		return new CampaignForm(taskId, null, "", "", List.of(), null, "");
	}

	CampaignDetails toDetails() {
		return new CampaignDetails(this.taskId, this.organisationId, this.title.strip(),
				Text.blankToNull(this.content), this.channels, this.publishedOn,
				Text.blankToNull(this.link));
	}

}
