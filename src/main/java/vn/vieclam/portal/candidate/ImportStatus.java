package vn.vieclam.portal.candidate;

/** Uploaded → previewed (columns mapped, rows checked) → committed → undone; or discarded before the commit. */
enum ImportStatus {

	UPLOADED, PREVIEWED, COMMITTED, UNDONE, DISCARDED

}
