/**
 * Users, roles and sign-in: who may use the portal, for which organisation, and how they prove it.
 */
@ApplicationModule(displayName = "Accounts")
package vn.vieclam.portal.account;

import org.springframework.modulith.ApplicationModule;
