package fr.capmob.portal.account;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code portal.password-link.*}: how long a one-time link to set a password stays valid. */
@ConfigurationProperties("portal.password-link")
record PasswordLinkProperties(Duration validity) {

    PasswordLinkProperties {
        if (validity == null || validity.isNegative() || validity.isZero()) {
            validity = Duration.ofHours(72);
        }
    }
}
