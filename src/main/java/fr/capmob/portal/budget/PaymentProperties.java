package fr.capmob.portal.budget;

import fr.capmob.portal.mobility.MobilityStatus;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code portal.payments.*}: {@code daysAhead} is how many days after today a payment (or a correction) may be dated
 * (0 by default: a payment is recorded once made, so never in the future); {@code payableFrom} the status from
 * which a mobility's participant may be paid when its project chose none (CONFIRMED by default: the agreement is
 * signed and the grant frozen); {@code recoveryDays} how many days a participant has to pay back what a cancelled
 * mobility received (30 by default: the recovery order's due date).
 */
@ConfigurationProperties("portal.payments")
public record PaymentProperties(Integer daysAhead, MobilityStatus payableFrom, Integer recoveryDays) {

    /** The statuses a project may choose to pay from (never before approval, never a cancellation). */
    public static final Set<MobilityStatus> PAYABLE_FROM_CHOICES = Set.of(MobilityStatus.APPROVED, MobilityStatus.CONFIRMED,
            MobilityStatus.IN_PROGRESS, MobilityStatus.COMPLETED, MobilityStatus.REPORTED);

    public PaymentProperties {
        if (daysAhead == null || daysAhead < 0) {
            daysAhead = 0;
        }
        if (payableFrom == null || !PAYABLE_FROM_CHOICES.contains(payableFrom)) {
            payableFrom = MobilityStatus.CONFIRMED;
        }
        if (recoveryDays == null || recoveryDays < 0) {
            recoveryDays = 30;
        }
    }
}
