package fr.capmob.portal.account;

/** How a user receives one kind of notification: a message at once, a line in their daily digest, or nothing. */
public enum NotificationDelivery {
    IMMEDIATE, DIGEST, OFF
}
