package vn.vieclam.portal.plan;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A wave of press, radio-TV and social-media content about hiring needs, counted against the monthly rule. */
@Entity
@Table(name = "media_campaign")
class MediaCampaign {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long planId;

	private Long taskId;

	private Long organisationId;

	private String title;

	private String content;

	private String channels;

	private LocalDate publishedOn;

	private String link;

	@Version
	private long version;

	protected MediaCampaign() {
	}

	MediaCampaign(Long planId, CampaignDetails d) {
		this.planId = planId;
		this.taskId = d.taskId();
		this.organisationId = d.organisationId();
		this.title = d.title();
		this.content = d.content();
		this.channels = String.join(",", d.channels().stream().map(Enum::name).toList());
		this.publishedOn = d.publishedOn();
		this.link = d.link();
	}

	Long getId() {
		return this.id;
	}

}
