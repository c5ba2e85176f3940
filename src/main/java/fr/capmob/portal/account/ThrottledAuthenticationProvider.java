package fr.capmob.portal.account;

import java.util.OptionalLong;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Form sign-in with the limits of {@link SignInThrottle}: the client's allowance first (429 when spent), then the
 * lock of this e-mail for this client, then the password. Every refusal that names no account costs the same
 * password-hash comparison as a wrong password (Spring's provider already hashes for unknown e-mails), and an
 * inactive account answers exactly as a wrong password does, so no answer tells whether an e-mail has an account.
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    /** A bcrypt hash of a random text: compared against, never matched, to spend the time of a real check. */
    private final String timingHash;
    private final DaoAuthenticationProvider passwords;
    private final PasswordEncoder encoder;
    private final SignInThrottle throttle;

    ThrottledAuthenticationProvider(UserDetailsService users, PasswordEncoder encoder, SignInThrottle throttle) {
        this.passwords = new DaoAuthenticationProvider(users);
        this.passwords.setPasswordEncoder(encoder);
        this.encoder = encoder;
        this.throttle = throttle;
        this.timingHash = encoder.encode("timing-" + System.nanoTime());
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String client = clientOf(authentication);
        String email = String.valueOf(authentication.getPrincipal());
        OptionalLong wait = throttle.admit(client);
        if (wait.isPresent()) {
            throw new SignInThrottledException(wait.getAsLong());
        }
        if (throttle.locked(email, client)) {
            spendPasswordCheck(authentication);
            throw new LockedException("locked for this client");
        }
        try {
            Authentication result = passwords.authenticate(authentication);
            throttle.succeeded(email, client);
            return result;
        } catch (DisabledException inactive) {
            spendPasswordCheck(authentication);
            throttle.failed(email, client);
            throw new BadCredentialsException("bad credentials");
        } catch (BadCredentialsException wrong) {
            throttle.failed(email, client);
            throw wrong;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private void spendPasswordCheck(Authentication authentication) {
        encoder.matches(String.valueOf(authentication.getCredentials()), timingHash);
    }

    /** The remote address Spring resolved for the request (forwarded headers applied when configured). */
    static String clientOf(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details && details.getRemoteAddress() != null
                ? details.getRemoteAddress() : "unknown";
    }
}
