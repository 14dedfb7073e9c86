package vn.vieclam.portal.jobsession;

import java.time.LocalDate;
import java.time.LocalTime;

/** A session in a list: when, what kind, who hosts, how many co-host and how many employers come. */
public record SessionRow(Long id, String title, SessionKind kind, String hostCentreName, String hostProvinceName,
		LocalDate date, LocalTime startTime, LocalTime endTime, int coHosts, int employers, boolean hosted,
		boolean cancelled) {
}
