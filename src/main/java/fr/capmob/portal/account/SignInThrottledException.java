package fr.capmob.portal.account;

import org.springframework.security.core.AuthenticationException;

/** The client made too many sign-in attempts in the last minute: answered 429, whatever the e-mail typed. */
class SignInThrottledException extends AuthenticationException {

    private final long retryAfterSeconds;

    SignInThrottledException(long retryAfterSeconds) {
        super("too many sign-in attempts from this client");
        this.retryAfterSeconds = retryAfterSeconds;
    }

    long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
