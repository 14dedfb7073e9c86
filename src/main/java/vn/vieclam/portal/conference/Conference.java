package vn.vieclam.portal.conference;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import vn.vieclam.portal.shared.DomainException;
import vn.vieclam.portal.shared.NotFoundException;

/**
 * A conference (hội nghị) with its connection points and its ordered programme. It keeps the programme's
 * order itself: positions are 1..n without gaps, so moving an item swaps it with its neighbour.
 */
@Entity
@Table(name = "conference")
class Conference {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Enumerated(EnumType.STRING)
	private ConferenceKind kind;

	private String title;

	@Enumerated(EnumType.STRING)
	private ConferenceFormat format;

	@Column(name = "conference_date")
	private LocalDate date;

	private LocalTime startTime;

	private LocalTime plannedEnd;

	private String venue;

	private Long hostId;

	private Long coHostId;

	private String coChairs;

	private String budgetSource;

	private Long provinceId;

	private Integer seatingCapacity;

	private boolean acceptsQuestions;

	private LocalDate questionsCloseOn;

	private LocalDate nominationsDueOn;

	private Instant qaPublishedAt;

	private Instant createdAt = Instant.now();

	@Version
	private long version;

	@OneToMany(mappedBy = "conference", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("position")
	private List<ConnectionPoint> points = new ArrayList<>();

	@OneToMany(mappedBy = "conference", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("position")
	private List<AgendaItem> agenda = new ArrayList<>();

	protected Conference() {
	}

	Conference(ConferenceDetails details) {
		update(details);
	}

	void update(ConferenceDetails details) {
		this.kind = details.kind();
		this.title = details.title();
		this.format = details.format();
		this.date = details.date();
		this.startTime = details.startTime();
		this.plannedEnd = details.plannedEnd();
		this.venue = details.venue();
		this.hostId = details.hostId();
		this.coHostId = details.coHostId();
		this.coChairs = details.coChairs();
		this.budgetSource = details.budgetSource();
		this.provinceId = details.provinceId();
		this.seatingCapacity = details.seatingCapacity();
		this.acceptsQuestions = details.acceptsQuestions();
		this.questionsCloseOn = details.questionsCloseOn();
		this.nominationsDueOn = details.nominationsDueOn();
	}

	boolean organisedBy(Long organisationId) {
		return organisationId != null && (organisationId.equals(this.hostId) || organisationId.equals(this.coHostId));
	}

	/** Whether the public form takes questions on the given day. */
	boolean takesQuestionsOn(LocalDate today) {
		LocalDate close = this.questionsCloseOn != null ? this.questionsCloseOn : this.date;
		return this.acceptsQuestions && !today.isAfter(close);
	}

	void publishQa() {
		if (this.qaPublishedAt == null) {
			this.qaPublishedAt = Instant.now();
		}
	}

	void unpublishQa() {
		this.qaPublishedAt = null;
	}

	// --- connection points ---

	ConnectionPoint addPoint(Long unitId, PointDetails details) {
		if (unitId != null && this.points.stream().anyMatch(p -> unitId.equals(p.getUnitId()))) {
			throw new DomainException("conference.point.duplicateUnit");
		}
		ConnectionPoint point = new ConnectionPoint(this, nextPosition(this.points.stream().map(ConnectionPoint::getPosition).toList()),
				unitId, details);
		this.points.add(point);
		return point;
	}

	boolean hasPointFor(Long unitId) {
		return this.points.stream().anyMatch(p -> unitId.equals(p.getUnitId()));
	}

	ConnectionPoint point(Long pointId) {
		return this.points.stream().filter(p -> p.getId().equals(pointId)).findFirst()
			.orElseThrow(() -> new NotFoundException("connection point", pointId));
	}

	void removePoint(Long pointId) {
		this.points.remove(point(pointId));
	}

	// --- the programme ---

	AgendaItem addItem(AgendaDetails details) {
		AgendaItem item = new AgendaItem(this, nextPosition(this.agenda.stream().map(AgendaItem::getPosition).toList()), details);
		this.agenda.add(item);
		return item;
	}

	AgendaItem item(Long itemId) {
		return this.agenda.stream().filter(i -> i.getId().equals(itemId)).findFirst()
			.orElseThrow(() -> new NotFoundException("agenda item", itemId));
	}

	/** Moves an item one place up (-1) or down (+1); at either end nothing changes. */
	void moveItem(Long itemId, int delta) {
		List<AgendaItem> ordered = orderedAgenda();
		int from = ordered.indexOf(item(itemId));
		int to = from + Integer.signum(delta);
		if (to < 0 || to >= ordered.size()) {
			return;
		}
		AgendaItem other = ordered.get(to);
		AgendaItem moving = ordered.get(from);
		int position = moving.getPosition();
		moving.moveTo(other.getPosition());
		other.moveTo(position);
	}

	void removeItem(Long itemId) {
		this.agenda.remove(item(itemId));
		List<AgendaItem> ordered = orderedAgenda();
		for (int i = 0; i < ordered.size(); i++) {
			ordered.get(i).moveTo(i + 1);
		}
	}

	List<AgendaItem> orderedAgenda() {
		return this.agenda.stream().sorted(Comparator.comparingInt(AgendaItem::getPosition)).toList();
	}

	List<ConnectionPoint> orderedPoints() {
		return this.points.stream().sorted(Comparator.comparingInt(ConnectionPoint::getPosition)).toList();
	}

	private static int nextPosition(List<Integer> positions) {
		return positions.stream().mapToInt(Integer::intValue).max().orElse(0) + 1;
	}

	Long getId() {
		return this.id;
	}

	long getVersion() {
		return this.version;
	}

	LocalDate getDate() {
		return this.date;
	}

	LocalTime getStartTime() {
		return this.startTime;
	}

	Long getProvinceId() {
		return this.provinceId;
	}

	Integer getSeatingCapacity() {
		return this.seatingCapacity;
	}

	LocalDate getNominationsDueOn() {
		return this.nominationsDueOn;
	}

	String getTitle() {
		return this.title;
	}

	Instant getQaPublishedAt() {
		return this.qaPublishedAt;
	}

	ConferenceDetails details() {
		return new ConferenceDetails(this.kind, this.title, this.format, this.date, this.startTime, this.plannedEnd,
				this.venue, this.hostId, this.coHostId, this.coChairs, this.budgetSource, this.provinceId,
				this.seatingCapacity, this.acceptsQuestions, this.questionsCloseOn, this.nominationsDueOn);
	}

}
