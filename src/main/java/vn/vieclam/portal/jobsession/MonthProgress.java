package vn.vieclam.portal.jobsession;

/** One month of a year's sessions: how many were held, enterprises, people attended and counselled. */
public record MonthProgress(int month, long sessions, long enterprises, long peopleAttended, long people) {
}
