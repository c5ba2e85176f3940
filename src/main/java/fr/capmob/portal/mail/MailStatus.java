package fr.capmob.portal.mail;

/** Where a message of the outbox is: waiting to be sent (or retried), sent, or failed after every attempt. */
public enum MailStatus {
    WAITING, SENT, FAILED
}
