/**
 * What every module may use: layout helpers, formatting, flash messages, error pages and the audit log.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package vn.vieclam.portal.shared;

import org.springframework.modulith.ApplicationModule;
