package vn.vieclam.portal.jobsession;

import java.time.YearMonth;

/** The public list's filters: today's province (host or meeting point), kind, month; any may be null. */
public record SessionFilter(Long province, SessionKind kind, YearMonth month) {
}
