package vn.vieclam.portal.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
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

/**
 * A notice of conclusions (thông báo kết luận) after a visit or a conference: who issued and signed it, and the
 * commitments it assigns. The source is a kind and an id only; the source's module owns the source.
 */
@Entity
@Table(name = "conclusion_notice")
class ConclusionNotice {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Enumerated(EnumType.STRING)
	private SourceKind sourceKind;

	private Long sourceId;

	private String number;

	private LocalDate issuedOn;

	private Long issuerId;

	private String signer;

	private String signerTitle;

	private String summary;

	@Version
	private long version;

	@OneToMany(mappedBy = "notice", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("position")
	private List<Commitment> commitments = new ArrayList<>();

	protected ConclusionNotice() {
	}

	ConclusionNotice(SourceKind sourceKind, Long sourceId, NoticeDetails d) {
		this.sourceKind = sourceKind;
		this.sourceId = sourceId;
		this.number = d.number();
		this.issuedOn = d.issuedOn();
		this.issuerId = d.issuerId();
		this.signer = d.signer();
		this.signerTitle = d.signerTitle();
		this.summary = d.summary();
	}

	Commitment commit(CommitmentDetails d) {
		Commitment commitment = new Commitment(this, this.commitments.size() + 1, d);
		this.commitments.add(commitment);
		return commitment;
	}

	Long getId() {
		return this.id;
	}

	SourceKind getSourceKind() {
		return this.sourceKind;
	}

	Long getSourceId() {
		return this.sourceId;
	}

	String getNumber() {
		return this.number;
	}

	LocalDate getIssuedOn() {
		return this.issuedOn;
	}

	Long getIssuerId() {
		return this.issuerId;
	}

	String getSigner() {
		return this.signer;
	}

	String getSignerTitle() {
		return this.signerTitle;
	}

	String getSummary() {
		return this.summary;
	}

	long getVersion() {
		return this.version;
	}

	List<Commitment> getCommitments() {
		return this.commitments;
	}

}
