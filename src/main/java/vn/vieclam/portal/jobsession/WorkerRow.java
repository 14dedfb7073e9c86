package vn.vieclam.portal.jobsession;

import java.time.Instant;

import vn.vieclam.portal.shared.Phone;

/** A worker registered for a session, as the host and meeting points see them at check-in. */
public record WorkerRow(Long id, String code, String fullName, String phone, String homeProvinceName,
		String homeCommune, boolean walkIn, Instant checkedInAt, String vacancyTitles) {

	public String phoneDisplay() {
		return Phone.display(this.phone);
	}

}
