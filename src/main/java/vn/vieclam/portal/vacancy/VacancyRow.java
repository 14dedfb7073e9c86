package vn.vieclam.portal.vacancy;

import java.time.Instant;
import java.time.LocalDate;

/** One line of an employer's or an official's list of vacancies. */
public record VacancyRow(Long id, String title, String employerName, int quantity, int hired, VacancyStatus status,
		LocalDate closingDate, Instant submittedAt, Instant publishedAt, Long competentBodyId) {
}
