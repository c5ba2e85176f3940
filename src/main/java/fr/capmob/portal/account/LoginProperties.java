package fr.capmob.portal.account;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code portal.login.*}: how many wrong passwords in a row lock an account for the client that typed them, for how
 * long, and how many sign-in attempts one client (one address, as the forwarded headers resolve it) may make per
 * minute before it is answered 429.
 */
@ConfigurationProperties("portal.login")
public record LoginProperties(int maxFailedAttempts, Duration lockDuration, int clientAttemptsPerMinute) {

    /** Request attribute holding the seconds a throttled client must wait (set before the 429 page is rendered). */
    public static final String RETRY_AFTER_SECONDS = "portal.login.retryAfterSeconds";

    public LoginProperties {
        if (maxFailedAttempts < 1) {
            maxFailedAttempts = 5;
        }
        if (lockDuration == null) {
            lockDuration = Duration.ofMinutes(15);
        }
        if (clientAttemptsPerMinute < 1) {
            clientAttemptsPerMinute = 10;
        }
    }
}
