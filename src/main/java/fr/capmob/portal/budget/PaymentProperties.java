package fr.capmob.portal.budget;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code portal.payments.*}: {@code daysAhead} is how many days after today a payment (or a correction) may be dated
 * (0 by default: a payment is recorded once made, so never in the future).
 */
@ConfigurationProperties("portal.payments")
public record PaymentProperties(Integer daysAhead) {

    public PaymentProperties {
        if (daysAhead == null || daysAhead < 0) {
            daysAhead = 0;
        }
    }
}
