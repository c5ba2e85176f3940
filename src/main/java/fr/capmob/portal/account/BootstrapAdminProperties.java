package fr.capmob.portal.account;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code portal.bootstrap-admin.*}: the first coordinator, created when the database has no user. */
@ConfigurationProperties("portal.bootstrap-admin")
record BootstrapAdminProperties(String email, String password) {

    boolean isConfigured() {
        return email != null && !email.isBlank() && password != null && !password.isBlank();
    }
}
