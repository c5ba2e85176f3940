package fr.capmob.portal.mobility;

import static fr.capmob.portal.consortium.ProgrammeGeneration.G2014_2020;
import static fr.capmob.portal.consortium.ProgrammeGeneration.G2021_2027;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.capmob.portal.PortalTest;
import fr.capmob.portal.consortium.ProgrammeGeneration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The figures seeded in mobility_duration_rule, at their boundaries (days abroad, travel excluded). */
@PortalTest
class DurationRulesTest {

    @Autowired
    DurationRules rules;

    private void accepts(ProgrammeGeneration generation, ActivityType type, int days) {
        assertThatCode(() -> rules.check(generation, type, days)).as("%s %s %d days", generation, type, days)
                .doesNotThrowAnyException();
    }

    private void refuses(ProgrammeGeneration generation, ActivityType type, int days) {
        assertThatThrownBy(() -> rules.check(generation, type, days)).as("%s %s %d days", generation, type, days)
                .isInstanceOf(MobilityRuleException.class);
    }

    @Test
    void learners2014To2020From14DaysTo12Months() {
        refuses(G2014_2020, ActivityType.LM_SHORT_VET, 13);
        accepts(G2014_2020, ActivityType.LM_SHORT_VET, 14);
        accepts(G2014_2020, ActivityType.LM_SHORT_VET, 365);
        refuses(G2014_2020, ActivityType.LM_SHORT_VET, 366);
    }

    @Test
    void staff2014To2020From2To60Days() {
        for (ActivityType type : new ActivityType[] {ActivityType.SM_JOB_SHDW, ActivityType.SM_TTA, ActivityType.SM_COUR_TRAIN}) {
            refuses(G2014_2020, type, 1);
            accepts(G2014_2020, type, 2);
            accepts(G2014_2020, type, 60);
            refuses(G2014_2020, type, 61);
        }
    }

    @Test
    void shortTermLearnersFrom2021From10To89Days() {
        refuses(G2021_2027, ActivityType.LM_SHORT_VET, 9);
        accepts(G2021_2027, ActivityType.LM_SHORT_VET, 10);
        accepts(G2021_2027, ActivityType.LM_SHORT_VET, 89);
        refuses(G2021_2027, ActivityType.LM_SHORT_VET, 90);
    }

    @Test
    void erasmusProFrom90To365Days() {
        refuses(G2021_2027, ActivityType.LM_LONG_VET, 89);
        accepts(G2021_2027, ActivityType.LM_LONG_VET, 90);
        accepts(G2021_2027, ActivityType.LM_LONG_VET, 365);
        refuses(G2021_2027, ActivityType.LM_LONG_VET, 366);
    }

    @Test
    void skillsCompetitionsFrom1To10Days() {
        accepts(G2021_2027, ActivityType.LM_SKILL_VET, 1);
        accepts(G2021_2027, ActivityType.LM_SKILL_VET, 10);
        refuses(G2021_2027, ActivityType.LM_SKILL_VET, 11);
    }

    @Test
    void staffFrom2021() {
        refuses(G2021_2027, ActivityType.SM_JOB_SHDW, 1);
        accepts(G2021_2027, ActivityType.SM_JOB_SHDW, 2);
        accepts(G2021_2027, ActivityType.SM_JOB_SHDW, 60);
        refuses(G2021_2027, ActivityType.SM_JOB_SHDW, 61);
        refuses(G2021_2027, ActivityType.SM_TTA, 1);
        accepts(G2021_2027, ActivityType.SM_TTA, 365);
        refuses(G2021_2027, ActivityType.SM_TTA, 366);
        refuses(G2021_2027, ActivityType.SM_COUR_TRAIN, 1);
        accepts(G2021_2027, ActivityType.SM_COUR_TRAIN, 2);
        accepts(G2021_2027, ActivityType.SM_COUR_TRAIN, 30);
        refuses(G2021_2027, ActivityType.SM_COUR_TRAIN, 31);
    }

    @Test
    void accompanyingPersonsFollowTheLearnersButNeedADayAbroad() {
        accepts(G2021_2027, ActivityType.ACCOMPANYING, 1);
        accepts(G2014_2020, ActivityType.ACCOMPANYING, 200);
        refuses(G2014_2020, ActivityType.ACCOMPANYING, 0);
    }

    @Test
    void everyLimitNamesItsSource() {
        assertThat(rules.all()).hasSize(11).allSatisfy(limit -> assertThat(limit.source()).contains("Programme Guide"));
    }
}
