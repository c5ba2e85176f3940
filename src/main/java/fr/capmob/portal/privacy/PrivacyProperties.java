package fr.capmob.portal.privacy;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code portal.privacy.*}: the number of years personal data is kept after a project's final report (empty: the
 * grant agreement's rule from {@code privacy_retention_rule}), how long an unused account stays active, and when the
 * daily retention job runs (a cron expression).
 */
@ConfigurationProperties("portal.privacy")
public record PrivacyProperties(Integer retentionYears, Duration inactiveAccountsAfter, String retentionCron) {

    public PrivacyProperties {
        if (retentionYears != null && (retentionYears < 1 || retentionYears > 30)) {
            throw new IllegalArgumentException("portal.privacy.retention-years must be between 1 and 30");
        }
        if (inactiveAccountsAfter == null) {
            inactiveAccountsAfter = Duration.ofDays(365);
        }
        if (retentionCron == null || retentionCron.isBlank()) {
            retentionCron = "0 30 3 * * *";
        }
    }
}
