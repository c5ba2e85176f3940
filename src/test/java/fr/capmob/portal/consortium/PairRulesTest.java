package fr.capmob.portal.consortium;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Worked examples of the pair rules: project P has schools 1 (experienced), 2, 3, 4 (novices), 5 (experienced). */
class PairRulesTest {

    private static final Map<Long, MemberSchool> SCHOOLS = Map.of(
            1L, new MemberSchool(1, "Lycée Tirel", "0750001B", Experience.EXPERIENCED),
            2L, new MemberSchool(2, "Lycée Novice Deux", "0750002C", Experience.NOVICE),
            3L, new MemberSchool(3, "Lycée Novice Trois", "0750003D", Experience.NOVICE),
            4L, new MemberSchool(4, "Lycée Novice Quatre", "0750004E", Experience.NOVICE),
            5L, new MemberSchool(5, "Lycée Expert Cinq", "0750005F", Experience.EXPERIENCED),
            9L, new MemberSchool(9, "Lycée Ailleurs", "0750009K", Experience.EXPERIENCED));
    private static final Set<Long> MEMBERS = Set.of(1L, 2L, 3L, 4L, 5L);

    private static PairRules.Outcome check(Long tutor, Map<Long, String> others, Long... tutored) {
        return PairRules.check(new PairRules.Candidate(tutor, Arrays.asList(tutored), MEMBERS, others, SCHOOLS));
    }

    private static List<String> keys(List<RuleViolation> violations) {
        return violations.stream().map(RuleViolation::messageKey).toList();
    }

    @Test
    void anExperiencedTutorWithOneNoviceIsAcceptedWithoutWarning() {
        PairRules.Outcome outcome = check(1L, Map.of(), 2L);
        assertThat(outcome.accepted()).isTrue();
        assertThat(outcome.warnings()).isEmpty();
    }

    @Test
    void aTrioIsAccepted() {
        assertThat(check(1L, Map.of(), 2L, 3L).accepted()).isTrue();
    }

    @Test
    void theTutorIsRequired() {
        assertThat(keys(check(null, Map.of(), 2L).errors())).containsExactly("pairing.tutor.required");
    }

    @Test
    void noTutoredSchoolOrThreeAreRefused() {
        assertThat(keys(check(1L, Map.of()).errors())).containsExactly("pairing.tutored.count");
        assertThat(keys(check(1L, Map.of(), 2L, 3L, 4L).errors())).containsExactly("pairing.tutored.count");
    }

    @Test
    void emptySlotsDoNotCount() {
        assertThat(check(1L, Map.of(), 2L, null).accepted()).isTrue();
    }

    @Test
    void theTutorCannotBeTutored() {
        PairRules.Outcome outcome = check(1L, Map.of(), 1L);
        assertThat(keys(outcome.errors())).containsExactly("pairing.tutored.isTutor");
        assertThat(outcome.errors().get(0).field()).isEqualTo("tutoredSchoolIds");
    }

    @Test
    void theSameTutoredSchoolTwiceIsRefused() {
        assertThat(keys(check(1L, Map.of(), 2L, 2L).errors())).containsExactly("pairing.tutored.twice");
    }

    @Test
    void everySchoolMustBeAMemberOfTheProject() {
        PairRules.Outcome outcome = check(9L, Map.of(), 2L);
        assertThat(outcome.errors()).containsExactly(
                RuleViolation.of("tutorSchoolId", "pairing.school.notMember", "Lycée Ailleurs"));
        assertThat(keys(check(1L, Map.of(), 9L).errors())).containsExactly("pairing.school.notMember");
    }

    @Test
    void aSchoolAlreadyInAnotherPairOfTheProjectIsRefusedNamingThatPairsTutor() {
        PairRules.Outcome outcome = check(1L, Map.of(3L, "Lycée Expert Cinq", 5L, "Lycée Expert Cinq"), 2L, 3L);
        assertThat(outcome.errors()).containsExactly(RuleViolation.of("tutoredSchoolIds",
                "pairing.school.alreadyPaired", "Lycée Novice Trois", "Lycée Expert Cinq"));
    }

    @Test
    void aNoviceTutorIsAWarningNotARefusal() {
        PairRules.Outcome outcome = check(2L, Map.of(), 3L);
        assertThat(outcome.accepted()).isTrue();
        assertThat(outcome.warnings()).containsExactly(
                RuleViolation.of("tutorSchoolId", "pairing.warning.tutorNovice", "Lycée Novice Deux"));
    }

    @Test
    void anExperiencedTutoredSchoolIsAWarning() {
        PairRules.Outcome outcome = check(1L, Map.of(), 5L, 2L);
        assertThat(outcome.accepted()).isTrue();
        assertThat(keys(outcome.warnings())).containsExactly("pairing.warning.tutoredExperienced");
    }
}
