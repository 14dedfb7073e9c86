/**
 * Delegations (đoàn công tác) of Bắc Giang's leaders to partner provinces: members, counterpart leaders,
 * itinerary and topics, documents, status from planned to reported, a printable brief, and their conclusion
 * notices (recorded through the plan module's notices).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Delegations")
package vn.vieclam.portal.delegation;
