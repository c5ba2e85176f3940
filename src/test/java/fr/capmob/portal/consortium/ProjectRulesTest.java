package fr.capmob.portal.consortium;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Worked examples of the project-number rules and the other field rules. */
class ProjectRulesTest {

    private static ProjectCommand project(String number, ProgrammeGeneration generation, int callYear, KeyAction action,
                                          String agency) {
        return new ProjectCommand(number, "CAPMOB", generation, callYear, action, agency,
                LocalDate.of(2018, 9, 1), LocalDate.of(2021, 2, 28), ProjectStatus.RUNNING,
                new BigDecimal("100000.00"), null, null, null, null);
    }

    private static List<String> keys(ProjectCommand command) {
        return ProjectRules.check(command).stream().map(RuleViolation::messageKey).toList();
    }

    @Test
    void parsesA2014To2020Number() {
        ProjectNumber number = ProjectNumber.parse("2018-1-FR01-KA102-047193").orElseThrow();
        assertThat(number).isEqualTo(new ProjectNumber(2018, 1, "FR01", "KA102", "047193"));
        assertThat(number.action()).contains(KeyAction.KA102);
    }

    @Test
    void parsesA2021To2027Number() {
        ProjectNumber number = ProjectNumber.parse("2022-1-FR01-KA122-VET-000071234").orElseThrow();
        assertThat(number.callYear()).isEqualTo(2022);
        assertThat(number.actionCode()).isEqualTo("KA122-VET");
        assertThat(number.action()).contains(KeyAction.KA122_VET);
    }

    @Test
    void refusesMalformedNumbers() {
        assertThat(ProjectNumber.parse("2018-FR01-KA102-047193")).isEmpty();
        assertThat(ProjectNumber.parse("2018-1-FR01-KA102-0471")).isEmpty();
        assertThat(ProjectNumber.parse("18-1-FR01-KA102-047193")).isEmpty();
        assertThat(ProjectNumber.normalise(" 2018-1-fr01-ka102-047193 ")).isEqualTo("2018-1-FR01-KA102-047193");
    }

    @Test
    void aConsistentProjectHasNoViolation() {
        assertThat(ProjectRules.check(project("2018-1-FR01-KA102-047193", ProgrammeGeneration.G2014_2020, 2018,
                KeyAction.KA102, "FR01"))).isEmpty();
        assertThat(ProjectRules.check(project("2022-1-FR01-KA122-VET-000071234", ProgrammeGeneration.G2021_2027,
                2022, KeyAction.KA122_VET, "FR01"))).isEmpty();
    }

    @Test
    void theNumbersYearAgencyAndActionMustMatchTheFields() {
        assertThat(keys(project("2018-1-FR01-KA102-047193", ProgrammeGeneration.G2014_2020, 2019, KeyAction.KA102, "FR01")))
                .containsExactly("project.number.yearMismatch");
        assertThat(keys(project("2018-1-FR01-KA102-047193", ProgrammeGeneration.G2014_2020, 2018, KeyAction.KA102, "DE02")))
                .containsExactly("project.number.agencyMismatch");
        assertThat(keys(project("2018-1-FR01-KA102-047193", ProgrammeGeneration.G2014_2020, 2018, KeyAction.KA116, "FR01")))
                .containsExactly("project.number.actionMismatch");
        assertThat(keys(project("2018-1-FR01-KA103-047193", ProgrammeGeneration.G2014_2020, 2018, KeyAction.KA102, "FR01")))
                .containsExactly("project.number.unknownAction");
        assertThat(keys(project("2018/1", ProgrammeGeneration.G2014_2020, 2018, KeyAction.KA102, "FR01")))
                .containsExactly("project.number.format");
    }

    @Test
    void theActionMustBelongToTheGeneration() {
        assertThat(keys(project("2018-1-FR01-KA102-047193", ProgrammeGeneration.G2021_2027, 2018, KeyAction.KA102, "FR01")))
                .containsExactly("project.action.generationMismatch");
    }

    @Test
    void theEndComesAfterTheStart() {
        ProjectCommand sameDay = new ProjectCommand("2018-1-FR01-KA102-047193", "T", ProgrammeGeneration.G2014_2020,
                2018, KeyAction.KA102, "FR01", LocalDate.of(2018, 9, 1), LocalDate.of(2018, 9, 1),
                ProjectStatus.RUNNING, null, null, null, null, null);
        assertThat(keys(sameDay)).containsExactly("project.period.order");
    }

    @Test
    void amountsAreNotNegativeAndHaveAtMostTwoDecimals() {
        ProjectCommand amounts = new ProjectCommand("2018-1-FR01-KA102-047193", "T", ProgrammeGeneration.G2014_2020,
                2018, KeyAction.KA102, "FR01", LocalDate.of(2018, 9, 1), LocalDate.of(2019, 9, 1),
                ProjectStatus.RUNNING, new BigDecimal("-1"), new BigDecimal("10.005"), new BigDecimal("10.50"),
                new BigDecimal("10.500"), BigDecimal.ZERO);
        assertThat(ProjectRules.check(amounts)).containsExactly(
                RuleViolation.of("grantedTravel", "project.granted.negative"),
                RuleViolation.of("grantedIndividualSupport", "project.granted.cents"));
    }
}
