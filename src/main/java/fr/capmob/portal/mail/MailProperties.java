package fr.capmob.portal.mail;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code portal.mail.*}: the consortium's sender address, reply-to address and name (shown in every message), and
 * the worker's retry schedule: a failed attempt is tried again after {@code firstRetry}, then twice as long each
 * time, and the message is FAILED after {@code maxAttempts} attempts.
 */
@ConfigurationProperties("portal.mail")
public record MailProperties(String from, String replyTo, String consortiumName, Integer maxAttempts,
                             Duration firstRetry, Integer batchSize) {

    public MailProperties {
        from = from == null || from.isBlank() ? "no-reply@localhost" : from.trim();
        replyTo = replyTo == null || replyTo.isBlank() ? null : replyTo.trim();
        consortiumName = consortiumName == null || consortiumName.isBlank() ? "CAPMOB" : consortiumName.trim();
        maxAttempts = maxAttempts == null || maxAttempts < 1 ? 6 : maxAttempts;
        firstRetry = firstRetry == null || firstRetry.isNegative() ? Duration.ofMinutes(1) : firstRetry;
        batchSize = batchSize == null || batchSize < 1 ? 20 : batchSize;
    }

    /** The delay before attempt {@code attemptsMade + 1}: firstRetry × 2^(attemptsMade − 1). */
    Duration backOff(int attemptsMade) {
        int doublings = Math.min(Math.max(attemptsMade - 1, 0), 20);
        return firstRetry.multipliedBy(1L << doublings);
    }
}
