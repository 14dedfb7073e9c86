package vn.vieclam.portal.jobsession;

import java.time.Instant;
import java.util.List;

/** An employer's registration for a session, with the vacancies it brings. */
public record EmployerRegistrationView(Long id, Long sessionId, String sessionTitle, java.time.LocalDate sessionDate,
		Long employerId, String employerName, RegistrationStatus status, int interviewSlots, String roomLink,
		String note, Instant createdAt, List<VacancyItem> vacancies) {

	public boolean live() {
		return this.status == RegistrationStatus.PENDING || this.status == RegistrationStatus.APPROVED;
	}

	EmployerRegistrationView withVacancies(List<VacancyItem> items) {
		return new EmployerRegistrationView(this.id, this.sessionId, this.sessionTitle, this.sessionDate,
				this.employerId, this.employerName, this.status, this.interviewSlots, this.roomLink, this.note,
				this.createdAt, items);
	}

}
