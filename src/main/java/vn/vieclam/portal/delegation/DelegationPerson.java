package vn.vieclam.portal.delegation;

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

/** A delegation member or a counterpart leader: name, title, organisation and role. */
@Entity
@Table(name = "delegation_person")
class DelegationPerson {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "delegation_id")
	private Delegation delegation;

	@Enumerated(EnumType.STRING)
	private PersonSide side;

	private int position;

	private String fullName;

	private String jobTitle;

	private Long organisationId;

	@Enumerated(EnumType.STRING)
	private MemberRole role;

	protected DelegationPerson() {
	}

	DelegationPerson(Delegation delegation, int position, PersonDetails p) {
		this.delegation = delegation;
		this.position = position;
		this.side = p.side();
		this.fullName = p.fullName();
		this.jobTitle = p.jobTitle();
		this.organisationId = p.organisationId();
		this.role = p.role();
	}

	Long getId() {
		return this.id;
	}

	PersonSide getSide() {
		return this.side;
	}

}
