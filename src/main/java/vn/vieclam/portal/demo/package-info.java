/**
 * Demo data for profile {@code demo}, created through the modules' public services so it obeys their rules.
 */
@ApplicationModule(displayName = "Demo data")
package vn.vieclam.portal.demo;

import org.springframework.modulith.ApplicationModule;
