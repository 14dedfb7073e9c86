package vn.vieclam.portal.candidate;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import vn.vieclam.portal.shared.DomainException;

/**
 * One uploaded file and what became of it. The lifecycle rules live here; {@link Imports} makes the change in
 * the database with the status it checked in its WHERE clause, so two tabs cannot both commit.
 */
record ImportBatch(Long id, Long centreId, String createdBy, String fileName, ImportFile.Kind kind,
		List<String> headers, Map<ImportField, Integer> mapping, boolean consentSharing, String consentNotice,
		int totalRows, int validRows, int errorRows, int duplicateRows, int importedRows, ImportStatus status,
		Instant createdAt, Instant previewedAt, Instant committedAt, String committedBy, Instant undoneAt,
		String undoneBy) {

	public boolean mappable() {
		return this.status == ImportStatus.UPLOADED || this.status == ImportStatus.PREVIEWED;
	}

	public boolean previewed() {
		return this.status == ImportStatus.PREVIEWED;
	}

	public boolean committed() {
		return this.status == ImportStatus.COMMITTED;
	}

	void requireMappable() {
		if (!mappable()) {
			throw new DomainException("import.batch.closed");
		}
	}

	/**
	 * All or nothing: a file with errors imports nothing, unless the user chose to import only its valid rows.
	 */
	void requireCommittable(boolean validOnly) {
		if (this.status != ImportStatus.PREVIEWED) {
			throw new DomainException(this.status == ImportStatus.UPLOADED ? "import.commit.notMapped"
					: "import.batch.closed");
		}
		if (this.errorRows > 0 && !validOnly) {
			throw new DomainException("import.commit.hasErrors", this.errorRows);
		}
		if (this.validRows == 0) {
			throw new DomainException("import.commit.nothing");
		}
	}

	void requireUndoable() {
		if (this.status != ImportStatus.COMMITTED) {
			throw new DomainException("import.undo.notCommitted");
		}
	}

	void requireDiscardable() {
		if (!mappable()) {
			throw new DomainException("import.batch.closed");
		}
	}

	/** The header of a column as the mapping page shows it ("" when the file left it blank). */
	String header(int column) {
		return column >= 0 && column < this.headers.size() ? this.headers.get(column) : "";
	}

}
