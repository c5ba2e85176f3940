package fr.capmob.portal.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import fr.capmob.portal.consortium.ProjectFinalReports.FinalReport;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The retention day of a project, on worked examples (the rules as the migration seeds them). */
class RetentionRulesTest {

    static final List<RetentionRule> RULES = List.of(
            new RetentionRule("LOW_VALUE", 3, new BigDecimal("60000.00"), "Financial Regulation 2018/1046"),
            new RetentionRule("STANDARD", 5, null, "Financial Regulation 2018/1046, art. 132(1)"));

    static FinalReport project(String finalReport, String total) {
        return new FinalReport(1, "2018-1-FR01-KA102-047193", "CAPMOB", LocalDate.parse(finalReport), new BigDecimal(total));
    }

    @Test
    void fiveYearsAfterTheFinalReportForAnOrdinaryGrant() {
        RetentionDue due = RetentionRules.due(project("2021-04-30", "1276040.00"), RULES, null);
        assertThat(due.ruleCode()).isEqualTo("STANDARD");
        assertThat(due.years()).isEqualTo(5);
        assertThat(due.anonymiseOn()).isEqualTo(LocalDate.of(2026, 4, 30));
    }

    @Test
    void threeYearsForALowValueGrantUpToSixtyThousandEurosIncluded() {
        assertThat(RetentionRules.due(project("2023-03-15", "60000.00"), RULES, null).anonymiseOn())
                .isEqualTo(LocalDate.of(2026, 3, 15));
        assertThat(RetentionRules.due(project("2023-03-15", "60000.01"), RULES, null).anonymiseOn())
                .isEqualTo(LocalDate.of(2028, 3, 15));
    }

    @Test
    void aLeapDayMovesToTheLastDayOfFebruary() {
        assertThat(RetentionRules.due(project("2024-02-29", "100000"), RULES, null).anonymiseOn())
                .isEqualTo(LocalDate.of(2029, 2, 28));
    }

    @Test
    void aConfiguredNumberOfYearsReplacesTheGrantAgreementsRule() {
        RetentionDue due = RetentionRules.due(project("2021-04-30", "400000"), RULES, 2);
        assertThat(due.ruleCode()).isEqualTo("CONFIGURED");
        assertThat(due.anonymiseOn()).isEqualTo(LocalDate.of(2023, 4, 30));
    }

    @Test
    void pseudonymousCodesUseCrockfordsAlphabet() {
        Pseudonyms pseudonyms = new Pseudonyms(null, null);
        for (int i = 0; i < 200; i++) {
            assertThat(pseudonyms.draw()).matches("ANON-[0-9A-HJKMNP-TV-Z]{5}");
        }
    }
}
