package fr.capmob.portal.account;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code portal.login.*}: how many failed sign-ins lock an account, and for how long. */
@ConfigurationProperties("portal.login")
public record LoginProperties(int maxFailedAttempts, Duration lockDuration) {

    public LoginProperties {
        if (maxFailedAttempts < 1) {
            maxFailedAttempts = 5;
        }
        if (lockDuration == null) {
            lockDuration = Duration.ofMinutes(15);
        }
    }
}
