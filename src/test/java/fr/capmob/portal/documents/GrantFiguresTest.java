package fr.capmob.portal.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class GrantFiguresTest {

    static GrantFigures grant(String total, String share) {
        return new GrantFigures(new BigDecimal("275.0000"), BigDecimal.ZERO, new BigDecimal("609.5649"),
                new BigDecimal("350"), BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, new BigDecimal(total), true,
                878, false, 16, 2, new BigDecimal(share));
    }

    @Test
    void theAdvanceIsTheShareRoundedHalfUpAndTheBalanceTheRest() {
        GrantFigures g = grant("1234.56", "0.8000");
        // 1 234,56 × 0,8 = 987,648 → 987,65; 1 234,56 − 987,65 = 246,91
        assertThat(g.advance()).isEqualByComparingTo("987.65");
        assertThat(g.balance()).isEqualByComparingTo("246.91");
        assertThat(g.advance().add(g.balance())).isEqualByComparingTo(g.total());
        assertThat(g.advancePercent()).isEqualByComparingTo("80");
        assertThat(g.balancePercent()).isEqualByComparingTo("20");
    }

    @Test
    void aShareOfTwoThirdsAndAFullAdvance() {
        GrantFigures g = grant("100.00", "0.6667");
        assertThat(g.advance()).isEqualByComparingTo("66.67");
        assertThat(g.balance()).isEqualByComparingTo("33.33");
        assertThat(grant("100.00", "1.0000").balance()).isEqualByComparingTo("0");
    }

    @Test
    void onlyItemsWithAnAmountAreListedRoundedToTheCent() {
        assertThat(grant("1234.56", "0.8").items()).extracting(GrantFigures.Item::key)
                .containsExactly("travelSupport", "individualSupport", "organisationalSupport");
        assertThat(grant("1234.56", "0.8").items().get(1).amount()).isEqualByComparingTo("609.56");
    }
}
