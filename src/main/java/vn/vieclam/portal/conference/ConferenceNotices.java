package vn.vieclam.portal.conference;

import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.vieclam.portal.account.PortalUser;
import vn.vieclam.portal.account.Role;
import vn.vieclam.portal.plan.NoticeSource;
import vn.vieclam.portal.plan.SourceKind;

/** Conclusion notices after a conference use the plan module's notices: this names a conference for them. */
@Component
class ConferenceNotices implements NoticeSource {

	private final ConferenceRepository conferences;

	ConferenceNotices(ConferenceRepository conferences) {
		this.conferences = conferences;
	}

	@Override
	public SourceKind kind() {
		return SourceKind.CONFERENCE;
	}

	@Override
	@Transactional(readOnly = true)
	public boolean organisedBy(PortalUser user, Long sourceId) {
		return sourceId != null && user != null && user.is(Role.OFFICIAL)
				&& this.conferences.findById(sourceId).map(c -> c.organisedBy(user.organisationId())).orElse(false);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<String> title(Long sourceId) {
		return sourceId == null ? Optional.empty() : this.conferences.findById(sourceId).map(Conference::getTitle);
	}

}
