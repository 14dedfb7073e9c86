/**
 * Enterprises that hire: registration, verification by the competent body (the industrial-zone board for
 * zone enterprises, the labour authority otherwise), and their workforce reports.
 */
@ApplicationModule(displayName = "Employers")
package vn.vieclam.portal.employer;

import org.springframework.modulith.ApplicationModule;
