package vn.vieclam.portal.reference;

import java.time.LocalDate;

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

import vn.vieclam.portal.shared.DomainException;

/**
 * A department, job centre, board, newspaper, union, association or enterprise. Organisations are data,
 * not code: the 2025 reorganisation merged departments, recorded as {@code validTo} and {@code successor}.
 */
@Entity
@Table(name = "organisation")
class Organisation {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String code;

	private String name;

	private String shortName;

	@Enumerated(EnumType.STRING)
	private OrganisationKind kind;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "province_id")
	private AdminUnit province;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "parent_id")
	private Organisation parent;

	private String address;

	private String phone;

	private String email;

	private LocalDate validFrom;

	private LocalDate validTo;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "successor_id")
	private Organisation successor;

	private boolean active = true;

	@Version
	private long version;

	protected Organisation() {
	}

	Organisation(String code) {
		this.code = code;
	}

	void update(OrganisationDetails details, AdminUnit province, Organisation parent, Organisation successor) {
		if (details.validFrom() != null && details.validTo() != null && details.validTo().isBefore(details.validFrom())) {
			throw DomainException.onField("validTo", "organisation.validTo.beforeFrom");
		}
		if (this.id != null && ((parent != null && this.id.equals(parent.id))
				|| (successor != null && this.id.equals(successor.id)))) {
			throw DomainException.onField("parentId", "organisation.parent.self");
		}
		this.name = details.name();
		this.shortName = details.shortName();
		this.kind = details.kind();
		this.province = province;
		this.parent = parent;
		this.address = details.address();
		this.phone = details.phone();
		this.email = details.email();
		this.validFrom = details.validFrom();
		this.validTo = details.validTo();
		this.successor = successor;
		this.active = details.active();
	}

	void rename(String name) {
		this.name = name;
	}

	Long getId() {
		return this.id;
	}

	String getCode() {
		return this.code;
	}

	String getName() {
		return this.name;
	}

	String getShortName() {
		return this.shortName;
	}

	OrganisationKind getKind() {
		return this.kind;
	}

	AdminUnit getProvince() {
		return this.province;
	}

	Organisation getParent() {
		return this.parent;
	}

	String getAddress() {
		return this.address;
	}

	String getPhone() {
		return this.phone;
	}

	String getEmail() {
		return this.email;
	}

	LocalDate getValidFrom() {
		return this.validFrom;
	}

	LocalDate getValidTo() {
		return this.validTo;
	}

	Organisation getSuccessor() {
		return this.successor;
	}

	boolean isActive() {
		return this.active;
	}

	long getVersion() {
		return this.version;
	}

}
