package vn.vieclam.portal.jobsession;

import java.util.List;

/** An approved employer's interviews at a session: its room (online sessions) and its slots in order. */
public record EmployerSchedule(Long registrationId, String employerName, String roomLink, List<InterviewSlot> slots) {
}
