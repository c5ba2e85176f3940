package fr.capmob.portal.mail;

import java.time.Instant;

/** A message of the outbox as the {@code /mail} page shows it (without its body). */
public record OutboxEntry(long id, String recipient, String language, String template, String subject,
                          MailStatus status, int attempts, Instant nextAttemptAt, String lastError,
                          Instant createdAt, Instant sentAt) {
}
