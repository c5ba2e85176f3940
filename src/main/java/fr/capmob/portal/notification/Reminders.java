package fr.capmob.portal.notification;

import fr.capmob.portal.account.NotificationPreferences;
import java.time.LocalDate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the reminders due on a day, one transaction per reminder: to each recipient who has not turned its kind
 * off, at once or in their digest, once (the reminder's key per recipient in {@code notification_sent}).
 */
@Component
class Reminders {

    private final ReminderQueries queries;
    private final NotificationPreferences preferences;
    private final Notifier notifier;
    private final TransactionTemplate transactions;

    Reminders(ReminderQueries queries, NotificationPreferences preferences, Notifier notifier,
              PlatformTransactionManager transactions) {
        this.queries = queries;
        this.preferences = preferences;
        this.notifier = notifier;
        this.transactions = new TransactionTemplate(transactions);
    }

    /** How many reminders were delivered (one per recipient); those already sent are not counted. */
    int send(LocalDate today) {
        int delivered = 0;
        for (DueReminder reminder : queries.due(today)) {
            Integer count = transactions.execute(status -> (int) preferences
                    .recipients(reminder.kind(), reminder.schoolId()).stream()
                    .filter(recipient -> notifier.deliver(recipient, reminder.notice(), reminder.key()))
                    .count());
            delivered += count == null ? 0 : count;
        }
        return delivered;
    }
}
