package fr.capmob.portal.notification;

import fr.capmob.portal.account.NotificationKind;
import java.time.LocalDate;

/**
 * One thing to tell about one mobility: its kind, the mobility, a comment (a send-back's reason) and a date (the
 * departure or the end a reminder counts from); null when there is none.
 */
public record Notice(NotificationKind kind, long mobilityId, String reference, String comment, LocalDate date) {
}
