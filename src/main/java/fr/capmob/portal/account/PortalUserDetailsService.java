package fr.capmob.portal.account;

import java.time.Clock;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Loads a user by e-mail, case-insensitively, for sign-in. */
@Service
class PortalUserDetailsService implements UserDetailsService {

    private final UserAccountRepository users;
    private final Clock clock;

    PortalUserDetailsService(UserAccountRepository users, Clock clock) {
        this.users = users;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String email) {
        // a control character (NUL) is in no e-mail address, and PostgreSQL refuses NUL in a query: unknown user
        if (email == null || email.chars().anyMatch(Character::isISOControl)) {
            throw new UsernameNotFoundException("unknown user");
        }
        return users.findByEmail(UserAccount.normaliseEmail(email))
                .filter(user -> user.getPasswordHash() != null)
                .map(user -> user.toCurrentUser(clock.instant()))
                .orElseThrow(() -> new UsernameNotFoundException("unknown user"));
    }
}
