package fr.capmob.portal.notification;

import fr.capmob.portal.account.NotificationKind;
import java.time.LocalDate;

/**
 * A reminder due today about one mobility: its kind, its step ({@code 14} or {@code 30} days after the end for
 * reports; the kind's name otherwise), the sending school and the date it counts from.
 */
record DueReminder(NotificationKind kind, String step, long mobilityId, String reference, long schoolId,
                   LocalDate date) {

    /** The reminder's once-key (the notifier adds the recipient). */
    String key() {
        return "reminder:" + kind.name() + ":" + step + ":" + mobilityId;
    }

    Notice notice() {
        return new Notice(kind, mobilityId, reference, null, date);
    }
}
