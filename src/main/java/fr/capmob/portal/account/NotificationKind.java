package fr.capmob.portal.account;

import static fr.capmob.portal.account.NotificationDelivery.DIGEST;
import static fr.capmob.portal.account.NotificationDelivery.IMMEDIATE;

import java.util.Arrays;
import java.util.List;

/**
 * What the portal notifies, to whom, and how by default (each user may choose otherwise on
 * {@code /account/notifications}). Referents hear about their school's mobilities and get its reminders; accountants
 * (the school's and the consortium's) the payments due, in their digest by default; coordinators a daily digest of
 * the submissions waiting, which can only be a digest.
 */
public enum NotificationKind {
    MOBILITY_SENT_BACK(Audience.SCHOOL_REFERENTS, IMMEDIATE),
    MOBILITY_APPROVED(Audience.SCHOOL_REFERENTS, IMMEDIATE),
    MOBILITY_CONFIRMED(Audience.SCHOOL_REFERENTS, IMMEDIATE),
    CONSENT_MISSING(Audience.SCHOOL_REFERENTS, IMMEDIATE),
    DOCUMENTS_UNSIGNED(Audience.SCHOOL_REFERENTS, IMMEDIATE),
    REPORT_MISSING(Audience.SCHOOL_REFERENTS, IMMEDIATE),
    ADVANCE_DUE(Audience.ACCOUNTANTS, DIGEST),
    BALANCE_DUE(Audience.ACCOUNTANTS, DIGEST),
    SUBMISSIONS_WAITING(Audience.COORDINATORS, DIGEST);

    /** Who a kind goes to: the referents of the mobility's school, its accountants and the consortium's, or the coordinators. */
    public enum Audience {
        SCHOOL_REFERENTS(Role.SCHOOL_REFERENT), ACCOUNTANTS(Role.ACCOUNTANT), COORDINATORS(Role.COORDINATOR);

        private final Role role;

        Audience(Role role) {
            this.role = role;
        }

        public Role role() {
            return role;
        }
    }

    private final Audience audience;
    private final NotificationDelivery byDefault;

    NotificationKind(Audience audience, NotificationDelivery byDefault) {
        this.audience = audience;
        this.byDefault = byDefault;
    }

    public Audience audience() {
        return audience;
    }

    public NotificationDelivery byDefault() {
        return byDefault;
    }

    /** The ways this kind can be received: a digest of submissions cannot come one by one. */
    public List<NotificationDelivery> deliveries() {
        return this == SUBMISSIONS_WAITING ? List.of(DIGEST, NotificationDelivery.OFF)
                : List.of(NotificationDelivery.values());
    }

    /** The kinds a user of this role may receive, in this order. */
    public static List<NotificationKind> of(Role role) {
        return Arrays.stream(values()).filter(kind -> kind.audience.role == role).toList();
    }
}
