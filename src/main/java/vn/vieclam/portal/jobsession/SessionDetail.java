package vn.vieclam.portal.jobsession;

import java.util.List;

/** A session as its public page shows it: details, meeting points, approved employers with their vacancies. */
public record SessionDetail(SessionView session, List<PointView> points, List<EmployerRegistrationView> employers) {
}
