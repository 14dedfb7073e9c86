/**
 * Matching and referrals: explainable scores between a centre's candidates and published vacancies, both
 * ways, computed in PostgreSQL; referrals from introduction through interview to hire, follow-ups after a
 * hire, and each centre's yearly counts.
 */
@ApplicationModule(displayName = "Matching")
package vn.vieclam.portal.matching;

import org.springframework.modulith.ApplicationModule;
