package fr.capmob.portal.account;

import java.time.Clock;
import java.time.Instant;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Locks one account after repeated wrong passwords (5 in a row by default, for 15 minutes). Only the
 * account being guessed is locked: attempts on unknown e-mails change nothing and lock nobody else.
 */
@Component
class LoginAttempts {

    private final UserAccountRepository users;
    private final LoginProperties properties;
    private final Clock clock;

    LoginAttempts(UserAccountRepository users, LoginProperties properties, Clock clock) {
        this.users = users;
        this.properties = properties;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    public void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        String email = UserAccount.normaliseEmail(String.valueOf(event.getAuthentication().getPrincipal()));
        if (email.chars().anyMatch(Character::isISOControl)) {
            return; // no account has such an address (and PostgreSQL refuses NUL in a query)
        }
        Instant now = clock.instant();
        users.recordFailedSignIn(email, properties.maxFailedAttempts(), now, now.plus(properties.lockDuration()));
    }

    @EventListener
    @Transactional
    public void onSuccess(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof CurrentUser current) {
            users.recordSuccessfulSignIn(current.id());
        }
    }
}
