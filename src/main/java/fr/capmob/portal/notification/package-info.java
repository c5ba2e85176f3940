/**
 * Notifications: what the portal tells people by e-mail on its own, through the mail module's outbox. Referents
 * hear when their school's mobility is sent back, approved or confirmed (the mobility module publishes
 * {@link fr.capmob.portal.mobility.MobilityMoved} inside the move's transaction; {@link
 * fr.capmob.portal.notification.MobilityNotifications} queues in that transaction); accountants when an advance or
 * a balance falls due; a daily run ({@link fr.capmob.portal.notification.DailyNotifications}, ShedLock) sends the
 * reminders (consent, unsigned documents, reports not returned) and one digest per user (coordinators: the
 * submissions waiting). Each user's choices (immediate, digest, off) come from the account module; every reminder
 * and digest is sent once, by a unique key in {@code notification_sent}.
 */
@ApplicationModule(allowedDependencies = {"account", "mail", "mobility", "shared"})
package fr.capmob.portal.notification;

import org.springframework.modulith.ApplicationModule;
