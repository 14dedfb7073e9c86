package vn.vieclam.portal.candidate;

import java.util.List;

/** One row of the preview: its number in the file, its values, its errors and its duplicate warnings. */
record ImportRowView(int number, ImportValues values, List<ImportProblem> errors, List<ImportWarning> warnings) {

	public boolean valid() {
		return this.errors.isEmpty();
	}

}
