package fr.capmob.portal.mobility;

import static org.assertj.core.api.Assertions.assertThat;

import fr.capmob.portal.mobility.GrantWaivers.Waived;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * "Grant not required" per item (Mobility Tool+ has a column per item): worked examples. A learner in Spain with
 * exceptional travel costs (band 275 €, real cost 420 € → 80 % = 336 €), 14 days of individual support (14 × 56.40 =
 * 789.60 €), organisational support 350 € and 120.50 € of special needs (inclusion) support for the participant:
 * 1 596.10 € in all.
 */
class GrantWaiversTest {

    private static final GrantEntry EXCEPTIONAL = line("TRAVEL", "funding.rule.travel.exceptional", "336");
    private static final GrantEntry INDIVIDUAL = line("INDIVIDUAL_SUPPORT", "funding.rule.individual", "789.60");
    private static final GrantEntry ORGANISATIONAL = line("ORGANISATIONAL_SUPPORT", "funding.rule.organisational", "350");
    private static final GrantEntry SPECIAL_NEEDS = line(GrantEntry.INCLUSION_PARTICIPANT, "grants.rule.inclusion.participant", "120.50");

    private static GrantEntry line(String item, String rule, String amount) {
        return new GrantEntry(item, rule, List.of(), new BigDecimal(amount), false);
    }

    private static GrantRules.Result grant(GrantEntry... lines) {
        BigDecimal total = List.of(lines).stream().map(GrantEntry::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new GrantRules.Result(1, 1000, 500, 1999, false, 2, 16, List.of(lines), total);
    }

    @Test
    void specialNeedsSupportNotRequiredIsZeroAndLeavesTheOtherItems() {
        GrantRules.Result result = GrantWaivers.apply(grant(EXCEPTIONAL, INDIVIDUAL, ORGANISATIONAL, SPECIAL_NEEDS),
                Set.of(Waived.SPECIAL_NEEDS));
        // 1 596.10 − 120.50 = 1 475.60
        assertThat(result.total()).isEqualByComparingTo("1475.60");
        assertThat(result.sum(GrantEntry.INCLUSION_PARTICIPANT)).isZero();
        assertThat(result.exceptionalTravel()).isEqualByComparingTo("336");
    }

    @Test
    void exceptionalCostsAndTravelAreTwoItems() {
        // exceptional costs not required: 1 596.10 − 336 = 1 260.10
        GrantRules.Result noExceptional = GrantWaivers.apply(grant(EXCEPTIONAL, INDIVIDUAL, ORGANISATIONAL, SPECIAL_NEEDS),
                Set.of(Waived.EXCEPTIONAL));
        assertThat(noExceptional.total()).isEqualByComparingTo("1260.10");
        assertThat(noExceptional.exceptionalTravel()).isZero();
        // travel not required leaves exceptional costs (its own item); band travel of 275 € is waived
        GrantRules.Result noTravel = GrantWaivers.apply(grant(EXCEPTIONAL, INDIVIDUAL, ORGANISATIONAL, SPECIAL_NEEDS),
                Set.of(Waived.TRAVEL));
        assertThat(noTravel.total()).isEqualByComparingTo("1596.10");
        GrantRules.Result band = GrantWaivers.apply(grant(line("TRAVEL", "funding.rule.travel", "275"), INDIVIDUAL),
                Set.of(Waived.TRAVEL));
        // 275 + 789.60 − 275 = 789.60
        assertThat(band.total()).isEqualByComparingTo("789.60");
        assertThat(band.travelSupport()).isZero();
    }
}
