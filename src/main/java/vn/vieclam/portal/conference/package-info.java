/**
 * Conferences: hybrid promotion conferences with connection points and a timed programme, dialogue
 * conferences with questions routed to the answering departments and a public Q&A, invitations with
 * quotas and seats, and gifts for workers in hardship.
 */
@ApplicationModule(displayName = "Conferences")
package vn.vieclam.portal.conference;

import org.springframework.modulith.ApplicationModule;
