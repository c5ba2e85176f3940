package fr.capmob.portal.consortium;

import static org.assertj.core.api.Assertions.assertThat;

import fr.capmob.portal.PortalTest;
import fr.capmob.portal.TestData;
import fr.capmob.portal.account.CurrentUser;
import fr.capmob.portal.account.Role;
import fr.capmob.portal.shared.ListQuery;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The projects list in one statement ({@link ProjectPages}): its search and filters, its order, its pages and how
 * many projects match, each project's number of member schools, and a referent's scope.
 */
@PortalTest
class ProjectListTest {

    @Autowired
    ProjectService projects;
    @Autowired
    TestData data;
    @Autowired
    JdbcTemplate jdbc;

    private String run;
    private long schoolA;
    private long alpha;
    private long beta;
    private long gamma;

    @BeforeEach
    void threeProjects() {
        run = TestData.unique();
        schoolA = data.school("Lycée A " + run, "EXPERIENCED");
        long schoolB = data.school("Lycée B " + run, "NOVICE");
        long schoolC = data.school("Lycée C " + run, "NOVICE");
        alpha = data.project("Alpha 100%_ " + run, schoolA, schoolB, schoolC);
        beta = data.project("Beta " + run, schoolB);
        gamma = data.project("Gamma " + run);
        jdbc.update("update project set status = 'CLOSED', call_year = 2017 where id = ?", beta);
        jdbc.update("update project set generation = 'G2021_2027', action = 'KA121_VET', call_year = 2022,"
                + " start_date = date '2022-09-01', end_date = date '2024-08-31' where id = ?", gamma);
    }

    @Test
    void aSearchMatchesTitleOrNumberWithItsWildcardsTakenLiterally() {
        assertThat(ids(search("100%_ " + run))).containsExactly(alpha);
        assertThat(ids(search("100__ " + run))).isEmpty();
        String number = jdbc.queryForObject("select number from project where id = ?", String.class, beta);
        assertThat(ids(search(number.toLowerCase()))).containsExactly(beta);
    }

    @Test
    void theFiltersCombine() {
        assertThat(ids(list(new ProjectFilter(run, null, null, ProjectStatus.CLOSED, null, null), "number", "asc")))
                .containsExactly(beta);
        assertThat(ids(list(new ProjectFilter(run, ProgrammeGeneration.G2021_2027, KeyAction.KA121_VET, null, 2022, null),
                "number", "asc"))).containsExactly(gamma);
        assertThat(ids(list(new ProjectFilter(run, null, KeyAction.KA102, ProjectStatus.RUNNING, 2018, null),
                "number", "asc"))).containsExactly(alpha);
        assertThat(ids(list(new ProjectFilter(run, null, null, null, null, schoolA), "number", "asc")))
                .containsExactly(alpha);
    }

    @Test
    void theRowsComeInTheChosenOrderWithTheirNumberOfSchools() {
        Page<ProjectSummary> byTitleDown = list(new ProjectFilter(run, null, null, null, null, null), "title", "desc");
        assertThat(ids(byTitleDown)).containsExactly(gamma, beta, alpha);
        assertThat(byTitleDown.getContent()).extracting(ProjectSummary::schoolCount).containsExactly(0L, 1L, 3L);
        assertThat(ids(list(new ProjectFilter(run, null, null, null, null, null), "year", "asc")))
                .containsExactly(beta, alpha, gamma);
        ProjectSummary first = list(new ProjectFilter(run, null, null, null, null, null), "start", "desc").getContent().get(0);
        assertThat(first.id()).isEqualTo(gamma);
        assertThat(first.action()).isEqualTo(KeyAction.KA121_VET);
        assertThat(first.generation()).isEqualTo(ProgrammeGeneration.G2021_2027);
        assertThat(first.startDate()).hasToString("2022-09-01");
        assertThat(first.endDate()).hasToString("2024-08-31");
    }

    @Test
    void everySortKeyOfTheListSortsBothWays() {
        for (String key : ProjectFilter.SORT_KEYS.keySet()) {
            assertThat(ids(list(new ProjectFilter(run, null, null, null, null, null), key, "asc"))).hasSize(3);
            assertThat(ids(list(new ProjectFilter(run, null, null, null, null, null), key, "desc"))).hasSize(3);
        }
    }

    @Test
    void aPageCarriesTheCountAndAPageBeyondTheLastGivesTheLast() {
        ProjectFilter mine = new ProjectFilter(run, null, null, null, null, null);
        Page<ProjectSummary> second = projects.list(mine,
                ListQuery.pageable(1, 2, "title", "asc", ProjectFilter.SORT_KEYS, "number"), coordinator());
        assertThat(ids(second)).containsExactly(gamma);
        assertThat(second.getTotalElements()).isEqualTo(3);
        Page<ProjectSummary> beyond = projects.list(mine,
                ListQuery.pageable(7, 2, "title", "asc", ProjectFilter.SORT_KEYS, "number"), coordinator());
        assertThat(beyond.getNumber()).isEqualTo(1);
        assertThat(ids(beyond)).containsExactly(gamma);
        assertThat(beyond.getTotalElements()).isEqualTo(3);
    }

    @Test
    void aReferentSeesOnlyTheProjectsOfTheirSchool() {
        CurrentUser referent = data.principal(data.user("referent", Role.SCHOOL_REFERENT, schoolA));
        Page<ProjectSummary> seen = projects.list(new ProjectFilter(run, null, null, null, null, null),
                ListQuery.pageable(0, 20, "number", "asc", ProjectFilter.SORT_KEYS, "number"), referent);
        assertThat(ids(seen)).containsExactly(alpha);
        assertThat(seen.getTotalElements()).isEqualTo(1);
    }

    private Page<ProjectSummary> search(String text) {
        return list(new ProjectFilter(text, null, null, null, null, null), "number", "asc");
    }

    private Page<ProjectSummary> list(ProjectFilter filter, String sort, String dir) {
        return projects.list(filter, ListQuery.pageable(0, 20, sort, dir, ProjectFilter.SORT_KEYS, "number"),
                coordinator());
    }

    private CurrentUser coordinator() {
        return data.principal(data.user("coordinator", Role.COORDINATOR, null));
    }

    private static List<Long> ids(Page<ProjectSummary> page) {
        return page.getContent().stream().map(ProjectSummary::id).toList();
    }
}
