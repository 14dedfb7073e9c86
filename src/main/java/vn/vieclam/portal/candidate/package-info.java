/**
 * Job seekers registered by a job centre: the registry, consent and erasure, duplicates across centres,
 * and the inbox of workers' expressions of interest. Each centre sees only its own candidates.
 */
@ApplicationModule(displayName = "Candidates")
package vn.vieclam.portal.candidate;

import org.springframework.modulith.ApplicationModule;
