/**
 * Reference data that every module points at: administrative units (with validity dates and successors
 * across Vietnam's 2025 reorganisation), organisations, industrial zones, occupations, sectors and skill levels.
 */
@ApplicationModule(displayName = "Reference data")
package vn.vieclam.portal.reference;

import org.springframework.modulith.ApplicationModule;
