package vn.vieclam.portal.jobsession;

/** How a job session is held; the label is the message {@code jobsession.kind.<NAME>}. */
public enum SessionKind {

	REGULAR, THEMATIC, MOBILE, ONLINE, HYBRID;

	/** Whether employers interview over video, each in its own room. */
	public boolean online() {
		return this == ONLINE || this == HYBRID;
	}

}
