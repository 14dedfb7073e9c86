package vn.vieclam.portal.plan;

/** What a conclusion notice concludes: a delegation's visit, a conference, or something else. */
public enum SourceKind {

	DELEGATION("/delegations/"), CONFERENCE("/conferences/"), OTHER(null);

	private final String pathPrefix;

	SourceKind(String pathPrefix) {
		this.pathPrefix = pathPrefix;
	}

	/** The source's page, e.g. {@code /delegations/5}; null for OTHER or without an id. */
	public String link(Long sourceId) {
		return this.pathPrefix == null || sourceId == null ? null : this.pathPrefix + sourceId;
	}

}
