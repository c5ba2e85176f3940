package fr.capmob.portal.account;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Production bootstrap: when the database has no user at all, creates the first coordinator from
 * {@code PORTAL_BOOTSTRAP_ADMIN_EMAIL} / {@code PORTAL_BOOTSTRAP_ADMIN_PASSWORD}. There is never a default
 * password: without that configuration, the log says how to create the first coordinator.
 */
@Component
class BootstrapAdmin implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(BootstrapAdmin.class);

    private final AccountService accounts;
    private final BootstrapAdminProperties properties;

    BootstrapAdmin(AccountService accounts, BootstrapAdminProperties properties) {
        this.accounts = accounts;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        createFirstCoordinatorIfNeeded();
    }

    /** Returns true when it created the coordinator. */
    boolean createFirstCoordinatorIfNeeded() {
        if (!accounts.hasNoUser()) {
            return false;
        }
        if (!properties.isConfigured()) {
            log.warn("The database has no user. To create the first coordinator, start the portal once with "
                    + "PORTAL_BOOTSTRAP_ADMIN_EMAIL and PORTAL_BOOTSTRAP_ADMIN_PASSWORD set (password of at least "
                    + "{} characters, not a common one), then remove them.", PasswordPolicy.MIN_LENGTH);
            return false;
        }
        String email = UserAccount.normaliseEmail(properties.email());
        if (!email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            log.error("First coordinator NOT created: PORTAL_BOOTSTRAP_ADMIN_EMAIL is not an e-mail address");
            return false;
        }
        try {
            accounts.createFirstCoordinator(email, "Coordination", properties.password());
        } catch (AccountRuleException e) {
            log.error("First coordinator {} NOT created: PORTAL_BOOTSTRAP_ADMIN_PASSWORD breaks the password rules {}",
                    email, e.messageKeys());
            return false;
        }
        log.info("The database had no user: first coordinator {} created from PORTAL_BOOTSTRAP_ADMIN_EMAIL", email);
        return true;
    }
}
