package vn.vieclam.portal.employer;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import vn.vieclam.portal.shared.DomainException;

/**
 * An enterprise's business record. It is verified by its competent body; changing what identifies it
 * (name, tax code, place, zone, sector) sends it back for verification.
 */
@Entity
@Table(name = "employer")
class Employer {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long organisationId;

	private String taxCode;

	private String sectorCode;

	private Long provinceId;

	private Long communeId;

	private String address;

	private Long industrialZoneId;

	private int workforceSize;

	private String contactName;

	private String contactPhone;

	private String contactEmail;

	private Long competentBodyId;

	@Enumerated(EnumType.STRING)
	private Verification verification = Verification.PENDING;

	private String verificationNote;

	private Instant verifiedAt;

	private Long verifiedBy;

	private Instant createdAt = Instant.now();

	@Version
	private long version;

	protected Employer() {
	}

	Employer(Long organisationId, EmployerDetails details, Long competentBodyId) {
		this.organisationId = organisationId;
		apply(details, competentBodyId);
	}

	/** Returns whether the change sent the employer back for verification. */
	boolean update(EmployerDetails details, Long competentBodyId, boolean renamed) {
		boolean identityChanged = renamed || !details.taxCode().equals(this.taxCode) || !details.sectorCode().equals(this.sectorCode)
				|| !details.provinceId().equals(this.provinceId) || !java.util.Objects.equals(details.communeId(), this.communeId)
				|| !details.address().equals(this.address)
				|| !java.util.Objects.equals(details.industrialZoneId(), this.industrialZoneId);
		apply(details, competentBodyId);
		if (identityChanged && this.verification == Verification.VERIFIED) {
			this.verification = Verification.PENDING;
			this.verificationNote = null;
			return true;
		}
		if (this.verification == Verification.RETURNED) {
			this.verification = Verification.PENDING; // corrected: back in the queue
		}
		return false;
	}

	void verify(Long officialId) {
		if (this.verification == Verification.VERIFIED) {
			throw new DomainException("employer.verify.already");
		}
		this.verification = Verification.VERIFIED;
		this.verificationNote = null;
		this.verifiedAt = Instant.now();
		this.verifiedBy = officialId;
	}

	void returnForCorrection(String note) {
		if (this.verification != Verification.PENDING) {
			throw new DomainException("employer.return.notPending");
		}
		if (note == null || note.isBlank()) {
			throw DomainException.onField("note", "employer.return.noteRequired");
		}
		this.verification = Verification.RETURNED;
		this.verificationNote = note.strip();
	}

	private void apply(EmployerDetails details, Long competentBodyId) {
		this.taxCode = details.taxCode();
		this.sectorCode = details.sectorCode();
		this.provinceId = details.provinceId();
		this.communeId = details.communeId();
		this.address = details.address();
		this.industrialZoneId = details.industrialZoneId();
		this.workforceSize = details.workforceSize();
		this.contactName = details.contactName();
		this.contactPhone = details.contactPhone();
		this.contactEmail = details.contactEmail();
		this.competentBodyId = competentBodyId;
	}

	Long getId() {
		return this.id;
	}

	Long getOrganisationId() {
		return this.organisationId;
	}

	String getTaxCode() {
		return this.taxCode;
	}

	String getSectorCode() {
		return this.sectorCode;
	}

	Long getProvinceId() {
		return this.provinceId;
	}

	Long getCommuneId() {
		return this.communeId;
	}

	String getAddress() {
		return this.address;
	}

	Long getIndustrialZoneId() {
		return this.industrialZoneId;
	}

	int getWorkforceSize() {
		return this.workforceSize;
	}

	String getContactName() {
		return this.contactName;
	}

	String getContactPhone() {
		return this.contactPhone;
	}

	String getContactEmail() {
		return this.contactEmail;
	}

	Long getCompetentBodyId() {
		return this.competentBodyId;
	}

	Verification getVerification() {
		return this.verification;
	}

	String getVerificationNote() {
		return this.verificationNote;
	}

	long getVersion() {
		return this.version;
	}

}
