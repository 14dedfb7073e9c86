package vn.vieclam.portal.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** One task or commitment with what was reported on it; {@code canReport} when the user's organisation is responsible. */
public record ItemView(ItemRow item, String description, String sourceLink, List<String> partnerNames,
		TaskCompliance compliance, List<Report> reports, boolean canReport) {

	/** A progress report with its evidence files. */
	public record Report(Long id, LocalDate reportedOn, String organisationName, String authorName, String text,
			boolean done, Instant createdAt, List<FileRef> files) {
	}

	/** An evidence file as a link. */
	public record FileRef(Long id, String fileName, long sizeBytes) {
	}

}
