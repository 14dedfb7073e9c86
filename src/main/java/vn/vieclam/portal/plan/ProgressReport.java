package vn.vieclam.portal.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;

/** What the responsible organisation reported on a task or a commitment, with its evidence files. */
@Entity
@Table(name = "progress_report")
class ProgressReport {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long taskId;

	private Long commitmentId;

	private Long organisationId;

	private Long authorId;

	private LocalDate reportedOn;

	private String text;

	private boolean done;

	@OneToMany(mappedBy = "report", cascade = CascadeType.ALL, orphanRemoval = true)
	private List<EvidenceFile> files = new ArrayList<>();

	protected ProgressReport() {
	}

	ProgressReport(ItemKind kind, Long itemId, Long organisationId, Long authorId, LocalDate reportedOn, String text,
			boolean done) {
		this.taskId = kind == ItemKind.TASK ? itemId : null;
		this.commitmentId = kind == ItemKind.COMMITMENT ? itemId : null;
		this.organisationId = organisationId;
		this.authorId = authorId;
		this.reportedOn = reportedOn;
		this.text = text;
		this.done = done;
	}

	void attach(EvidenceFiles.Checked file) {
		this.files.add(new EvidenceFile(this, file));
	}

	Long getId() {
		return this.id;
	}

}
