/**
 * Hiring needs: the employer's drafts, approval by the competent body, the public job board with its
 * diacritic-free search, and workers' expressions of interest.
 */
@ApplicationModule(displayName = "Vacancies")
package vn.vieclam.portal.vacancy;

import org.springframework.modulith.ApplicationModule;
