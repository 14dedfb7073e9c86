package vn.vieclam.portal.conference;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** One site of a hybrid conference (điểm cầu), with its chair and who takes part there. */
@Entity
@Table(name = "connection_point")
class ConnectionPoint {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "conference_id")
	private Conference conference;

	private int position;

	@Enumerated(EnumType.STRING)
	private PointLevel level;

	private Long unitId;

	private String name;

	private String address;

	private String videoLink;

	private String chair;

	private Integer attended;

	@Version
	private long version;

	@ElementCollection
	@CollectionTable(name = "connection_participant", joinColumns = @JoinColumn(name = "point_id"))
	@jakarta.persistence.OrderBy("organisation")
	private List<Participant> participants = new ArrayList<>();

	protected ConnectionPoint() {
	}

	ConnectionPoint(Conference conference, int position, Long unitId, PointDetails details) {
		this.conference = conference;
		this.position = position;
		this.unitId = unitId;
		update(details);
	}

	void update(PointDetails details) {
		this.level = details.level();
		this.name = details.name();
		this.address = details.address();
		this.videoLink = details.videoLink();
		this.chair = details.chair();
		if (!this.participants.equals(details.participants())) {
			this.participants.clear();
			this.participants.addAll(details.participants());
		}
	}

	void recordAttendance(Integer attended) {
		this.attended = attended;
	}

	Long getId() {
		return this.id;
	}

	int getPosition() {
		return this.position;
	}

	Long getUnitId() {
		return this.unitId;
	}

	long getVersion() {
		return this.version;
	}

	Conference getConference() {
		return this.conference;
	}

	PointView view() {
		return new PointView(this.id, this.position, this.level, this.unitId, this.name, this.address, this.videoLink,
				this.chair, this.attended, List.copyOf(this.participants), this.version);
	}

}
