package vn.vieclam.portal.plan;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.web.multipart.MultipartFile;

/** A progress report as typed: what was done, whether it is finished, and evidence files. */
record ReportForm(@NotBlank @Size(max = 4000) String text, boolean done, List<MultipartFile> files) {

	static ReportForm empty() {
		return new ReportForm("", false, List.of());
	}

	List<MultipartFile> filesOrNone() {
		return this.files == null ? List.of() : this.files;
	}

}
