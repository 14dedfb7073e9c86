package vn.vieclam.portal.plan;

import java.util.Optional;

/**
 * Implemented by a module whose records get conclusion notices (delegations, conferences): it names its
 * records for the notice pages, and says which exist. A kind with no implementation takes any id.
 */
public interface NoticeSource {

	SourceKind kind();

	/** The source's title ("Đoàn công tác đi Lạng Sơn, 13/03/2024"), empty when there is no such source. */
	Optional<String> title(Long sourceId);

}
