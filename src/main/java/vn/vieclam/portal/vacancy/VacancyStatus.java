package vn.vieclam.portal.vacancy;

public enum VacancyStatus {

	DRAFT, SUBMITTED, PUBLISHED, RETURNED, FILLED, CLOSED

}
