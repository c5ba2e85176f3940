package fr.capmob.portal.account;

import java.time.Clock;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Keeps the time of each user's last sign-in, from which inactive accounts are deactivated. */
@Component
class SignInRecorder {

    private final AccountPrivacy privacy;
    private final Clock clock;

    SignInRecorder(AccountPrivacy privacy, Clock clock) {
        this.privacy = privacy;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    public void onSuccess(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof CurrentUser current) {
            privacy.recordSignIn(current.id(), clock.instant());
        }
    }
}
