package vn.vieclam.portal.plan;

import java.util.Optional;

import vn.vieclam.portal.account.PortalUser;

/**
 * Implemented by a module whose records get conclusion notices (delegations, conferences): it names its
 * records for the notice pages, says which exist and who organises them (they record the notices and their
 * commitments). A kind with no implementation takes any id.
 */
public interface NoticeSource {

	SourceKind kind();

	/** The source's title ("Đoàn công tác đi Lạng Sơn, 13/03/2024"), empty when there is no such source. */
	Optional<String> title(Long sourceId);

	/** Whether the user organises the source, and so records its notices; nobody by default. */
	default boolean organisedBy(PortalUser user, Long sourceId) {
		return false;
	}

}
