package vn.vieclam.portal.jobsession;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A job session as its host centre plans it (its details; registrations and outcomes are rows of their own). */
@Entity
@Table(name = "job_session")
class JobSession {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String title;

	@Enumerated(EnumType.STRING)
	private SessionKind kind;

	private Long hostCentreId;

	private Long provinceId;

	private LocalDate sessionDate;

	private LocalTime startTime;

	private LocalTime endTime;

	private String venue;

	private String videoLink;

	private String contact;

	private String description;

	private LocalDate registrationClosesOn;

	private int employerCapacity;

	private int workerCapacity;

	private int interviewMinutes;

	private Instant createdAt = Instant.now();

	private Instant updatedAt = Instant.now();

	@Version
	private long version;

	/** Set only by {@code JobSessions.cancel} (one SQL update with its reason); read here to refuse edits. */
	@Column(name = "cancelled_at", insertable = false, updatable = false)
	private java.time.Instant cancelledAt;

	protected JobSession() {
	}

	JobSession(Long hostCentreId, Long provinceId, SessionDetails details) {
		this.hostCentreId = hostCentreId;
		this.provinceId = provinceId;
		apply(details);
	}

	void edit(SessionDetails details) {
		apply(details);
		this.updatedAt = Instant.now();
	}

	private void apply(SessionDetails d) {
		this.title = d.title();
		this.kind = d.kind();
		this.sessionDate = d.date();
		this.startTime = d.startTime();
		this.endTime = d.endTime();
		this.venue = d.venue();
		this.videoLink = d.videoLink();
		this.contact = d.contact();
		this.description = d.description();
		this.registrationClosesOn = d.registrationClosesOn();
		this.employerCapacity = d.employerCapacity();
		this.workerCapacity = d.workerCapacity();
		this.interviewMinutes = d.interviewMinutes();
	}

	Long getId() {
		return this.id;
	}

	Long getHostCentreId() {
		return this.hostCentreId;
	}

	long getVersion() {
		return this.version;
	}

	boolean cancelled() {
		return this.cancelledAt != null;
	}

}
