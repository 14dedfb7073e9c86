/**
 * Job sessions: job fairs on site, online or both, hosted by a job centre with other provinces' centres as
 * meeting points; employers' and workers' registrations, check-in, outcomes and the yearly targets.
 */
@ApplicationModule(displayName = "Job sessions")
package vn.vieclam.portal.jobsession;

import org.springframework.modulith.ApplicationModule;
