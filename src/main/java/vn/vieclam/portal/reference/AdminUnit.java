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
 * A province, district or commune as it was between {@code validFrom} and {@code validTo}. Units are
 * never deleted: records keep the unit they were made with, and {@code successor} leads to today's unit.
 */
@Entity
@Table(name = "admin_unit")
class AdminUnit {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String code;

	private String name;

	@Enumerated(EnumType.STRING)
	private UnitLevel level;

	@Enumerated(EnumType.STRING)
	private UnitKind kind;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "parent_id")
	private AdminUnit parent;

	private LocalDate validFrom;

	private LocalDate validTo;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "successor_id")
	private AdminUnit successor;

	@Version
	private long version;

	protected AdminUnit() {
	}

	void rename(String name) {
		this.name = name;
	}

	void changeValidity(LocalDate validFrom, LocalDate validTo, AdminUnit successor) {
		if (validFrom != null && validTo != null && validTo.isBefore(validFrom)) {
			throw DomainException.onField("validTo", "unit.validTo.beforeFrom");
		}
		if (successor != null && (successor == this || successor.id.equals(this.id))) {
			throw DomainException.onField("successorId", "unit.successor.self");
		}
		this.validFrom = validFrom;
		this.validTo = validTo;
		this.successor = successor;
	}

	boolean validOn(LocalDate date) {
		return (this.validFrom == null || !date.isBefore(this.validFrom))
				&& (this.validTo == null || !date.isAfter(this.validTo));
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

	UnitLevel getLevel() {
		return this.level;
	}

	UnitKind getKind() {
		return this.kind;
	}

	AdminUnit getParent() {
		return this.parent;
	}

	LocalDate getValidFrom() {
		return this.validFrom;
	}

	LocalDate getValidTo() {
		return this.validTo;
	}

	AdminUnit getSuccessor() {
		return this.successor;
	}

	long getVersion() {
		return this.version;
	}

}
