package vn.vieclam.portal.delegation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import vn.vieclam.portal.plan.EvidenceFiles;
import vn.vieclam.portal.shared.audit.Secret;

/** A document attached to a delegation (the programme, the invitation, the minutes), kept in PostgreSQL. */
@Entity
@Table(name = "delegation_document")
class DelegationDocument {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long delegationId;

	private String title;

	private String fileName;

	private String contentType;

	private long sizeBytes;

	@Secret
	@Column(columnDefinition = "bytea")
	private byte[] content;

	protected DelegationDocument() {
	}

	DelegationDocument(Long delegationId, String title, EvidenceFiles.Checked file) {
		this.delegationId = delegationId;
		this.title = title;
		this.fileName = file.fileName();
		this.contentType = file.type().contentType();
		this.sizeBytes = file.content().length;
		this.content = file.content();
	}

	Long getId() {
		return this.id;
	}

}
