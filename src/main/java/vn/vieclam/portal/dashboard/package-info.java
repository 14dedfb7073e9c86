/**
 * The officials' dashboard: one page of figures drawn from the other modules' public read methods, each a
 * chart and a table (readable without JavaScript), each linking to the list behind it and exportable to Excel.
 */
@ApplicationModule(displayName = "Dashboard")
package vn.vieclam.portal.dashboard;

import org.springframework.modulith.ApplicationModule;
