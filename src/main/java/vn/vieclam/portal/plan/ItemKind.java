package vn.vieclam.portal.plan;

import vn.vieclam.portal.shared.NotFoundException;

/** The two kinds of assigned work /tasks lists: a plan's task and a notice's commitment. */
public enum ItemKind {

	TASK, COMMITMENT;

	/** The path segment in {@code /tasks/task/5}, {@code /tasks/commitment/7}. */
	public String path() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}

	static ItemKind fromPath(String path) {
		for (ItemKind kind : values()) {
			if (kind.path().equals(path)) {
				return kind;
			}
		}
		throw new NotFoundException("item kind", path);
	}

}
