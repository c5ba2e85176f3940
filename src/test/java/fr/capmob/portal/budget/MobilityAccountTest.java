package fr.capmob.portal.budget;

import static org.assertj.core.api.Assertions.assertThat;

import fr.capmob.portal.mobility.MobilityStage;
import fr.capmob.portal.mobility.MobilityStatus;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * The suggested advance and balance, computed from what was already paid, what is still to pay or to recover (never
 * a negative still to pay), and from which status a mobility may be paid: worked examples (80% / 20% by default, a
 * project setting; payments from CONFIRMED by default).
 */
class MobilityAccountTest {

    private static MobilityAccount account(String owed, String paid, String share) {
        return account(MobilityStatus.CONFIRMED, MobilityStage.COMMITTED, owed, paid, "0.00", share, MobilityStatus.CONFIRMED);
    }

    private static MobilityAccount account(MobilityStatus status, MobilityStage stage, String owed, String paid,
                                           String writtenOff, String share, MobilityStatus payableFrom) {
        return new MobilityAccount(1, "047193-MOB-00001", "DUPONT Léa", 1, "LP", 1, "2018-1-FR01-KA102-047193", status,
                stage, true, stage == MobilityStage.COMMITTED, new BigDecimal(owed), new BigDecimal(paid),
                new BigDecimal(writtenOff), new BigDecimal(share), payableFrom);
    }

    @Test
    void advanceIsTheShareOfTheGrantRoundedHalfUp() {
        // 80% of 1 577,00 € = 1 261,60 €
        assertThat(account("1577.00", "0.00", "0.8000").suggestedAdvance()).isEqualByComparingTo("1261.60");
        // 80% of 1 577,33 € = 1 261,864 → 1 261,86 €; 70% of 1 000,05 € = 700,035 → 700,04 € (half-up)
        assertThat(account("1577.33", "0.00", "0.8000").suggestedAdvance()).isEqualByComparingTo("1261.86");
        assertThat(account("1000.05", "0.00", "0.7000").suggestedAdvance()).isEqualByComparingTo("700.04");
    }

    @Test
    void advanceDeductsWhatWasAlreadyPaid() {
        // 1 261,60 € advance paid: no advance is proposed again
        assertThat(account("1577.00", "1261.60", "0.8000").suggestedAdvance()).isEqualByComparingTo("0.00");
        // 1 261,60 € paid then corrected by −100,00 €: 100,00 € of advance still to pay
        assertThat(account("1577.00", "1161.60", "0.8000").suggestedAdvance()).isEqualByComparingTo("100.00");
    }

    @Test
    void balanceIsTheGrantLessWhatWasPaidNeverNegative() {
        // 1 577,00 € − the 1 261,60 € advance = 315,40 €, not the whole grant
        assertThat(account("1577.00", "1261.60", "0.8000").suggestedBalance()).isEqualByComparingTo("315.40");
        // after a 1 261,60 € advance corrected by −100,00 €: 415,40 €
        assertThat(account("1577.00", "1161.60", "0.8000").suggestedBalance()).isEqualByComparingTo("415.40");
        // nothing paid yet: the balance alone would be the whole grant
        assertThat(account("1577.00", "0.00", "0.8000").suggestedBalance()).isEqualByComparingTo("1577.00");
        assertThat(account("1577.00", "1600.00", "0.8000").suggestedBalance()).isEqualByComparingTo("0.00");
        assertThat(account("1577.00", "1600.00", "0.8000").remaining()).isEqualByComparingTo("-23.00");
    }

    @Test
    void aCancelledPaidMobilityHasNothingStillToPayAndTheAdvanceToRecover() {
        MobilityAccount cancelled = account(MobilityStatus.CANCELLED, MobilityStage.CANCELLED, "0.00", "1503.52", "0.00",
                "0.8000", MobilityStatus.CONFIRMED);
        assertThat(cancelled.stillToPay()).isEqualByComparingTo("0.00");
        assertThat(cancelled.toRecover()).isEqualByComparingTo("1503.52");
        assertThat(cancelled.suggestedAdvance()).isEqualByComparingTo("0.00");
        assertThat(cancelled.payable()).isFalse();
        // 500,00 € received back (paid falls to 1 003,52 €), then the rest written off: nothing to recover
        assertThat(account(MobilityStatus.CANCELLED, MobilityStage.CANCELLED, "0.00", "1003.52", "0.00", "0.8000",
                MobilityStatus.CONFIRMED).toRecover()).isEqualByComparingTo("1003.52");
        assertThat(account(MobilityStatus.CANCELLED, MobilityStage.CANCELLED, "0.00", "1003.52", "1003.52", "0.8000",
                MobilityStatus.CONFIRMED).toRecover()).isEqualByComparingTo("0.00");
    }

    @Test
    void paymentsStartAtTheProjectsStatus() {
        assertThat(account(MobilityStatus.SUBMITTED, MobilityStage.PLANNED, "1577.00", "0.00", "0.00", "0.8000",
                MobilityStatus.CONFIRMED).payable()).isFalse();
        assertThat(account(MobilityStatus.APPROVED, MobilityStage.PLANNED, "1577.00", "0.00", "0.00", "0.8000",
                MobilityStatus.CONFIRMED).payable()).isFalse();
        assertThat(account("1577.00", "0.00", "0.8000").payable()).isTrue();
        assertThat(account(MobilityStatus.REPORTED, MobilityStage.COMMITTED, "1577.00", "0.00", "0.00", "0.8000",
                MobilityStatus.CONFIRMED).payable()).isTrue();
        // a project paying from APPROVED
        assertThat(account(MobilityStatus.APPROVED, MobilityStage.PLANNED, "1577.00", "0.00", "0.00", "0.8000",
                MobilityStatus.APPROVED).payable()).isTrue();
        // a force-majeure cancellation's costs stay payable
        assertThat(account(MobilityStatus.CANCELLED, MobilityStage.CANCELLED_FORCE_MAJEURE, "350.00", "0.00", "0.00",
                "0.8000", MobilityStatus.CONFIRMED).payable()).isTrue();
    }

    @Test
    void exceedingIsPayingAboveWhatIsOwed() {
        assertThat(account("1577.00", "1261.60", "0.8000").wouldExceed(new BigDecimal("315.40"))).isFalse();
        assertThat(account("1577.00", "1261.60", "0.8000").wouldExceed(new BigDecimal("315.41"))).isTrue();
    }
}
