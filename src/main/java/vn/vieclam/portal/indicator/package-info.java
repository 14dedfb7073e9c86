/**
 * PCI indicator targets: each year's register of a sub-index and its indicators, the quarterly and yearly
 * values each responsible organisation reports to the lead agency, its review, and the status of each
 * indicator against its target.
 */
@ApplicationModule(displayName = "PCI indicators")
package vn.vieclam.portal.indicator;

import org.springframework.modulith.ApplicationModule;
