package vn.vieclam.portal.conference;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** One ordered item of a conference's programme; its start time follows from the items before it. */
@Entity
@Table(name = "agenda_item")
class AgendaItem {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "conference_id")
	private Conference conference;

	private int position;

	@Enumerated(EnumType.STRING)
	private AgendaType type;

	private String title;

	private String presenter;

	private String presenterOrganisation;

	@Column(name = "duration_minutes")
	private int durationMinutes;

	@Version
	private long version;

	protected AgendaItem() {
	}

	AgendaItem(Conference conference, int position, AgendaDetails details) {
		this.conference = conference;
		this.position = position;
		update(details);
	}

	void update(AgendaDetails details) {
		this.type = details.type();
		this.title = details.title();
		this.presenter = details.presenter();
		this.presenterOrganisation = details.presenterOrganisation();
		this.durationMinutes = details.durationMinutes();
	}

	void changeDuration(int minutes) {
		this.durationMinutes = minutes;
	}

	void moveTo(int position) {
		this.position = position;
	}

	Long getId() {
		return this.id;
	}

	int getPosition() {
		return this.position;
	}

	int getDurationMinutes() {
		return this.durationMinutes;
	}

	AgendaDetails details() {
		return new AgendaDetails(this.type, this.title, this.presenter, this.presenterOrganisation, this.durationMinutes);
	}

}
