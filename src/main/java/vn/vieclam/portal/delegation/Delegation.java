package vn.vieclam.portal.delegation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.JoinColumn;
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

/** A working trip to a partner province, with its people and a status that only moves forward. */
@Entity
@Table(name = "delegation")
class Delegation {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long planId;

	private Integer wave;

	private Long destinationProvinceId;

	private Long hostId;

	private LocalDate startsOn;

	private LocalDate endsOn;

	private String leaderName;

	private String leaderTitle;

	private String itinerary;

	private String topics;

	private String outcome;

	@Enumerated(EnumType.STRING)
	private DelegationStatus status = DelegationStatus.PLANNED;

	@Version
	private long version;

	@ElementCollection
	@CollectionTable(name = "delegation_organiser", joinColumns = @JoinColumn(name = "delegation_id"))
	@Column(name = "organisation_id")
	private Set<Long> organiserIds = new LinkedHashSet<>();

	@OneToMany(mappedBy = "delegation", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("side, position")
	private List<DelegationPerson> people = new ArrayList<>();

	protected Delegation() {
	}

	Delegation(DelegationDetails details) {
		apply(details);
	}

	void apply(DelegationDetails d) {
		if (d.endsOn().isBefore(d.startsOn())) {
			throw DomainException.onField("endsOn", "delegation.endsOn.beforeStart");
		}
		this.planId = d.planId();
		this.wave = d.wave();
		this.destinationProvinceId = d.destinationProvinceId();
		this.hostId = d.hostId();
		this.startsOn = d.startsOn();
		this.endsOn = d.endsOn();
		this.leaderName = d.leaderName();
		this.leaderTitle = d.leaderTitle();
		this.itinerary = d.itinerary();
		this.topics = d.topics();
		this.outcome = d.outcome();
		if (d.organiserIds() == null || d.organiserIds().isEmpty()) {
			throw DomainException.onField("organiserIds", "delegation.organisers.required");
		}
		this.organiserIds.clear();
		this.organiserIds.addAll(d.organiserIds());
	}

	/** One step forward; reporting needs the outcome written down. */
	void advanceTo(DelegationStatus target) {
		if (this.status.next() != target) {
			throw new DomainException("delegation.status.notAllowed");
		}
		if (target == DelegationStatus.REPORTED && (this.outcome == null || this.outcome.isBlank())) {
			throw new DomainException("delegation.status.outcomeRequired");
		}
		this.status = target;
	}

	DelegationPerson add(PersonDetails p) {
		int position = (int) this.people.stream().filter(x -> x.getSide() == p.side()).count() + 1;
		DelegationPerson person = new DelegationPerson(this, position, p);
		this.people.add(person);
		return person;
	}

	void remove(Long personId) {
		this.people.removeIf(p -> p.getId().equals(personId));
	}

	Long getId() {
		return this.id;
	}

	long getVersion() {
		return this.version;
	}

	Set<Long> getOrganiserIds() {
		return this.organiserIds;
	}

	DelegationStatus getStatus() {
		return this.status;
	}

}
