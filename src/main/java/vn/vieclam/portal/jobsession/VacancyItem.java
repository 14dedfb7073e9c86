package vn.vieclam.portal.jobsession;

/** A vacancy an employer brings to a session. */
public record VacancyItem(Long id, String title, int quantity, Long registrationId) {
}
