package vn.vieclam.portal.candidate;

import org.springframework.web.multipart.MultipartFile;

/**
 * The upload form: the file, and the staff member's confirmation that the people listed consented to processing
 * (required) and, separately, to sharing with employers (optional), under the notice in force.
 */
record ImportUploadForm(MultipartFile file, Boolean consentProcessing, Boolean consentSharing) {

	ImportUploadForm {
		consentProcessing = Boolean.TRUE.equals(consentProcessing); // unticked boxes send nothing
		consentSharing = Boolean.TRUE.equals(consentSharing);
	}

	static ImportUploadForm empty() {
		return new ImportUploadForm(null, false, false);
	}

	/** The name without any folder a browser may send, cut to what the batch keeps. */
	String fileName() {
		String name = this.file == null || this.file.getOriginalFilename() == null ? ""
				: this.file.getOriginalFilename();
		name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1)
			.replaceAll("\\p{Cntrl}", "")
			.strip();
		return name.length() > 255 ? name.substring(name.length() - 255) : name;
	}

}
