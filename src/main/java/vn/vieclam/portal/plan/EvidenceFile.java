package vn.vieclam.portal.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import vn.vieclam.portal.shared.audit.Secret;

/** A file attached to a progress report (a scan of the report, a photo, a spreadsheet), kept in PostgreSQL. */
@Entity
@Table(name = "evidence_file")
class EvidenceFile {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "report_id")
	private ProgressReport report;

	private String fileName;

	private String contentType;

	private long sizeBytes;

	@Secret
	@Column(columnDefinition = "bytea")
	private byte[] content;

	protected EvidenceFile() {
	}

	EvidenceFile(ProgressReport report, EvidenceFiles.Checked file) {
		this.report = report;
		this.fileName = file.fileName();
		this.contentType = file.type().contentType();
		this.sizeBytes = file.content().length;
		this.content = file.content();
	}

}
