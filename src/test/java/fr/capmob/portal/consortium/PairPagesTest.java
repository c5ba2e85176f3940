package fr.capmob.portal.consortium;

import static org.assertj.core.api.Assertions.assertThat;

import fr.capmob.portal.PortalTest;
import fr.capmob.portal.TestData;
import fr.capmob.portal.account.CurrentUser;
import fr.capmob.portal.account.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import fr.capmob.portal.shared.ListQuery;
import org.springframework.jdbc.core.JdbcTemplate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;

/**
 * Pages of pairs in one statement: the project page's first pairs in creation order, the pair list's pages in their
 * order and filters, with their schools and how many the viewer may see in all.
 */
@PortalTest
class PairPagesTest {

    @Autowired
    PairingService pairings;
    @Autowired
    TestData data;
    @Autowired
    JdbcTemplate jdbc;

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
        project = new ProjectOption(id, jdbcNumber(id), "Projet paires " + run);
        tutor = schools.get(0);
        trio = data.pair(id, tutor, schools.get(3), schools.get(1));
        pairs.add(trio);
        for (int i = 4; i <= 22; i += 2) {
            pairs.add(data.pair(id, schools.get(i), schools.get(i + 1)));
        }
    }

    @Test
    void theCoordinatorSeesTheFirstTenOfElevenWithTheirSchools() {
        Page<PairSummary> shown = pairings.firstOfProject(project.id(), user(Role.COORDINATOR, null), 10);
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
        Page<PairSummary> shown = pairings.firstOfProject(project.id(), user(Role.SCHOOL_REFERENT, tutor), 10);
        assertThat(shown.getTotalElements()).isEqualTo(1);
        assertThat(shown.getContent()).extracting(PairSummary::id).containsExactly(trio);
        assertThat(shown.getContent().get(0).tutored()).hasSize(2);
    }

    @Test
    void aProjectWithoutPairsShowsNoneAndCountsZero() {
        long empty = data.project("Projet vide " + run);
        Page<PairSummary> shown = pairings.firstOfProject(empty, user(Role.COORDINATOR, null), 10);
        assertThat(shown.getContent()).isEmpty();
        assertThat(shown.getTotalElements()).isZero();
    }

    @Test
    void theListPagesInItsOrderFiltersBySchoolAndAnswersAPageBeyondTheLastWithTheLast() {
        for (int i = 0; i < pairs.size(); i++) {
            jdbc.update("update tutoring_pair set created_at = timestamp '2026-01-01 08:00' + ? * interval '1 minute' where id = ?",
                    i, pairs.get(i));
        }
        CurrentUser coordinator = user(Role.COORDINATOR, null);
        PairFilter ofProject = new PairFilter(project.id(), null);
        Page<PairSummary> newestFirst = pairings.list(ofProject,
                ListQuery.pageable(1, 4, "created", "desc", Map.of("created", "createdAt"), "created"), coordinator);
        List<Long> newest = new ArrayList<>(pairs);
        java.util.Collections.reverse(newest);
        assertThat(newestFirst.getContent()).extracting(PairSummary::id).containsExactlyElementsOf(newest.subList(4, 8));
        assertThat(newestFirst.getTotalElements()).isEqualTo(11);
        assertThat(newestFirst.getNumber()).isEqualTo(1);

        Page<PairSummary> beyond = pairings.list(ofProject,
                ListQuery.pageable(40, 4, "created", "asc", Map.of("created", "createdAt"), "created"), coordinator);
        assertThat(beyond.getNumber()).isEqualTo(2);
        assertThat(beyond.getContent()).extracting(PairSummary::id).containsExactlyElementsOf(pairs.subList(8, 11));

        Page<PairSummary> ofSchool = pairings.list(new PairFilter(project.id(), tutor),
                ListQuery.pageable(0, 25, null, null, Map.of("project", "projectId"), "project"), coordinator);
        assertThat(ofSchool.getContent()).extracting(PairSummary::id).containsExactly(trio);
        assertThat(ofSchool.getContent().get(0).project()).isEqualTo(project);
    }

    @Test
    void aPairsPageReadsItWithItsProjectAndSchools() {
        PairSummary read = pairings.get(trio, user(Role.COORDINATOR, null)).pair();
        assertThat(read.id()).isEqualTo(trio);
        assertThat(read.project()).isEqualTo(project);
        assertThat(read.tutor().id()).isEqualTo(tutor);
        assertThat(read.tutored()).extracting(MemberSchool::name).containsExactly("Lycée 01 " + run, "Lycée 03 " + run);
    }

    private String jdbcNumber(long projectId) {
        return jdbc.queryForObject("select number from project where id = ?", String.class, projectId);
    }

    private CurrentUser user(Role role, Long schoolId) {
        return data.principal(data.user(role.name(), role, schoolId));
    }
}
