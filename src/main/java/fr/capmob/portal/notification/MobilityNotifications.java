package fr.capmob.portal.notification;

import fr.capmob.portal.account.NotificationKind;
import fr.capmob.portal.account.NotificationPreferences;
import fr.capmob.portal.mobility.MobilityMoved;
import fr.capmob.portal.mobility.MobilityStatus;
import java.util.Optional;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Turns a mobility's moves into notifications, synchronously inside the move's transaction (kept or rolled back
 * with it): sent back (SUBMITTED → DRAFT, with the coordinator's comment), approved and confirmed to the referents
 * of the sending school; confirmed (an advance falls due) and reported (the balance falls due) to the accountants.
 * The advance and balance notices carry a once-key: a mobility's advance is announced once.
 */
@Component
class MobilityNotifications {

    private final NotificationPreferences preferences;
    private final Notifier notifier;

    MobilityNotifications(NotificationPreferences preferences, Notifier notifier) {
        this.preferences = preferences;
        this.notifier = notifier;
    }

    @EventListener
    void on(MobilityMoved moved) {
        referentKind(moved).ifPresent(kind -> notify(kind, moved, null));
        if (moved.to() == MobilityStatus.CONFIRMED) {
            notify(NotificationKind.ADVANCE_DUE, moved, "ADVANCE_DUE:" + moved.mobilityId());
        } else if (moved.to() == MobilityStatus.REPORTED) {
            notify(NotificationKind.BALANCE_DUE, moved, "BALANCE_DUE:" + moved.mobilityId());
        }
    }

    private void notify(NotificationKind kind, MobilityMoved moved, String onceKey) {
        Notice notice = new Notice(kind, moved.mobilityId(), moved.reference(),
                kind == NotificationKind.MOBILITY_SENT_BACK ? moved.comment() : null, null);
        preferences.recipients(kind, moved.sendingSchoolId())
                .forEach(recipient -> notifier.deliver(recipient, notice, onceKey));
    }

    static Optional<NotificationKind> referentKind(MobilityMoved moved) {
        if (moved.from() == MobilityStatus.SUBMITTED && moved.to() == MobilityStatus.DRAFT) {
            return Optional.of(NotificationKind.MOBILITY_SENT_BACK);
        }
        return switch (moved.to()) {
            case APPROVED -> Optional.of(NotificationKind.MOBILITY_APPROVED);
            case CONFIRMED -> Optional.of(NotificationKind.MOBILITY_CONFIRMED);
            default -> Optional.empty();
        };
    }
}
