package vn.vieclam.portal.matching;

import java.util.EnumSet;
import java.util.Set;

/** Where a referral stands: referred → interview scheduled → hired, or ended without a hire. */
public enum ReferralStatus {

	REFERRED, INTERVIEW_SCHEDULED, HIRED, NOT_SELECTED, WITHDREW, NO_SHOW;

	/** Still waiting for an outcome. */
	static final Set<ReferralStatus> OPEN = EnumSet.of(REFERRED, INTERVIEW_SCHEDULED);

	public boolean open() {
		return OPEN.contains(this);
	}

}
