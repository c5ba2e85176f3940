package fr.capmob.portal.consortium;

import static org.assertj.core.api.Assertions.assertThat;

import fr.capmob.portal.PortalTest;
import fr.capmob.portal.TestData;
import fr.capmob.portal.account.CurrentUser;
import fr.capmob.portal.account.Role;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;

/** The project page's pairs: the first ones in creation order, their schools, and how many the viewer may see in all. */
@PortalTest
class FirstPairsOfProjectTest {

    @Autowired
    PairingService pairings;
    @Autowired
    TestData data;

    private String run;
    private ProjectOption project;
    private final List<Long> pairs = new ArrayList<>();
    private long tutor;
    private long trio;

    @BeforeEach
    void elevenPairsOneOfThemATrio() {
        run = TestData.unique();
        List<Long> schools = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            schools.add(data.school(String.format("Lycée %02d %s", i, run), i % 2 == 0 ? "EXPERIENCED" : "NOVICE"));
        }
        long id = data.project("Projet paires " + run, schools.stream().mapToLong(Long::longValue).toArray());
        project = new ProjectOption(id, "number", "Projet paires " + run);
        tutor = schools.get(0);
        trio = data.pair(id, tutor, schools.get(3), schools.get(1));
        pairs.add(trio);
        for (int i = 4; i <= 22; i += 2) {
            pairs.add(data.pair(id, schools.get(i), schools.get(i + 1)));
        }
    }

    @Test
    void theCoordinatorSeesTheFirstTenOfElevenWithTheirSchools() {
        Page<PairSummary> shown = pairings.firstOfProject(project, user(Role.COORDINATOR, null), 10);
        assertThat(pairs).hasSize(11);
        assertThat(shown.getTotalElements()).isEqualTo(11);
        assertThat(shown.getContent()).extracting(PairSummary::id).containsExactlyElementsOf(pairs.subList(0, 10));
        PairSummary first = shown.getContent().get(0);
        assertThat(first.project()).isEqualTo(project);
        assertThat(first.tutor().id()).isEqualTo(tutor);
        assertThat(first.tutor().experience()).isEqualTo(Experience.EXPERIENCED);
        assertThat(first.tutored()).extracting(MemberSchool::name)
                .containsExactly("Lycée 01 " + run, "Lycée 03 " + run);
    }

    @Test
    void aReferentSeesOnlyThePairOfTheirSchoolAndCountsOnlyIt() {
        Page<PairSummary> shown = pairings.firstOfProject(project, user(Role.SCHOOL_REFERENT, tutor), 10);
        assertThat(shown.getTotalElements()).isEqualTo(1);
        assertThat(shown.getContent()).extracting(PairSummary::id).containsExactly(trio);
        assertThat(shown.getContent().get(0).tutored()).hasSize(2);
    }

    @Test
    void aProjectWithoutPairsShowsNoneAndCountsZero() {
        long empty = data.project("Projet vide " + run);
        Page<PairSummary> shown = pairings.firstOfProject(new ProjectOption(empty, "n", "t"), user(Role.COORDINATOR, null), 10);
        assertThat(shown.getContent()).isEmpty();
        assertThat(shown.getTotalElements()).isZero();
    }

    private CurrentUser user(Role role, Long schoolId) {
        return data.principal(data.user(role.name(), role, schoolId));
    }
}
