package fr.capmob.portal.budget;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The suggested advance and balance, worked examples (80% / 20% by default, a project setting). */
class MobilityAccountTest {

    private static MobilityAccount account(String owed, String paid, String share) {
        return new MobilityAccount(1, "047193-MOB-00001", "DUPONT Léa", 1, "LP", 1, "2018-1-FR01-KA102-047193", "CONFIRMED",
                true, true, new BigDecimal(owed), new BigDecimal(paid), new BigDecimal(share));
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
    void balanceIsWhatRemainsNeverNegative() {
        assertThat(account("1577.00", "1261.60", "0.8000").suggestedBalance()).isEqualByComparingTo("315.40");
        assertThat(account("1577.00", "1600.00", "0.8000").suggestedBalance()).isEqualByComparingTo("0.00");
        assertThat(account("1577.00", "1600.00", "0.8000").remaining()).isEqualByComparingTo("-23.00");
    }

    @Test
    void exceedingIsPayingAboveWhatIsOwed() {
        assertThat(account("1577.00", "1261.60", "0.8000").wouldExceed(new BigDecimal("315.40"))).isFalse();
        assertThat(account("1577.00", "1261.60", "0.8000").wouldExceed(new BigDecimal("315.41"))).isTrue();
    }
}
