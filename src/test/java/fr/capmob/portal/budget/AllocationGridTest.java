package fr.capmob.portal.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.capmob.portal.PortalTest;
import fr.capmob.portal.TestData;
import fr.capmob.portal.account.CurrentUser;
import fr.capmob.portal.account.Role;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Issue 12: the allocation grid is one form for every school of the project (no page to lose values on), with the
 * totals of all schools for the live sums; beyond {@link AllocationGrid#LIMIT} schools, a filter narrows the rows and
 * a save changes the rows shown only.
 */
@PortalTest
class AllocationGridTest {

    @Autowired MockMvc mvc;
    @Autowired TestData data;
    @Autowired JdbcClient jdbc;

    String run;
    long project;
    List<Long> schools = new ArrayList<>();
    CurrentUser coordinator;

    @BeforeEach
    void setUp() {
        run = TestData.unique();
        for (int i = 0; i < 30; i++) {
            schools.add(data.school(String.format("LP Grille %02d %s", i, run)));
        }
        project = data.project("Grid " + run, schools.stream().mapToLong(Long::longValue).toArray());
        coordinator = data.principal(data.user("Coordinator", Role.COORDINATOR, null));
    }

    private String page(String... params) throws Exception {
        var request = get("/budget/projects/" + project).with(user(coordinator));
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private BigDecimal stored(long school) {
        return jdbc.sql("select coalesce(sum(amount), 0) from budget_allocation where project_id = :p and school_id = :s")
                .param("p", project).param("s", school).query(BigDecimal.class).single();
    }

    @Test
    void everySchoolIsInOneFormAndOneSaveKeepsThemAll() throws Exception {
        String html = page();
        for (long school : schools) {
            assertThat(html).contains("name=\"amounts[" + school + "-TRAVEL]\"");
        }
        assertThat(html).doesNotContain("rel=\"next\"").contains("30 établissements dans le formulaire.")
                .contains("/js/allocation-").contains("data-others=\"0.00\"");

        MockHttpServletRequestBuilder save = post("/budget/projects/" + project + "/allocations").with(csrf())
                .with(user(coordinator)).param("version", "0").param("advanceSharePercent", "80");
        for (long school : schools) {
            save.param("amounts[" + school + "-TRAVEL]", "1 000,50");
        }
        mvc.perform(save).andExpect(redirectedUrl("/budget/projects/" + project));
        for (long school : schools) {
            assertThat(stored(school)).isEqualByComparingTo("1000.50");
        }
        assertThat(page()).contains("30\u202f015,00 €"); // the total of all schools
    }

    @Test
    void aFilteredFormSavesItsRowsOnlyAndCountsTheOthersInItsTotals() throws Exception {
        jdbc.sql("insert into budget_allocation (project_id, school_id, item, amount, updated_by) values (:p, :s, 'TRAVEL', 500, 'x')")
                .param("p", project).param("s", schools.get(0)).update();
        String html = page("schools", "grille 07");
        assertThat(html).contains("name=\"amounts[" + schools.get(7) + "-TRAVEL]\"")
                .doesNotContain("name=\"amounts[" + schools.get(0) + "-TRAVEL]\"")
                .contains("data-others=\"500.00\"")
                .contains("action=\"/budget/projects/" + project + "/allocations?schools=grille%2007\"");

        mvc.perform(post("/budget/projects/" + project + "/allocations").param("schools", "grille 07").with(csrf())
                        .with(user(coordinator)).param("version", "0").param("advanceSharePercent", "80")
                        .param("amounts[" + schools.get(7) + "-TRAVEL]", "99 500"))
                .andExpect(redirectedUrl("/budget/projects/" + project + "?schools=grille+07"));
        assertThat(stored(schools.get(7))).isEqualByComparingTo("99500");
        assertThat(stored(schools.get(0))).isEqualByComparingTo("500");
        // the other schools' amounts count: 500 + 100 000 is above the 100 000 granted
        mvc.perform(post("/budget/projects/" + project + "/allocations").param("schools", "grille 07").with(csrf())
                        .with(user(coordinator)).param("version", "1").param("advanceSharePercent", "80")
                        .param("amounts[" + schools.get(7) + "-TRAVEL]", "100 000"))
                .andExpect(status().isOk());
        assertThat(stored(schools.get(7))).isEqualByComparingTo("99500");
    }

    @Test
    void beyondTheLimitTheFormSaysHowToReachTheOtherSchools() {
        long extra = data.project("Grid big " + run);
        for (int i = 0; i < AllocationGrid.LIMIT + 5; i++) {
            jdbc.sql("insert into project_school (project_id, school_id) values (:p, :s)").param("p", extra)
                    .param("s", data.school("LP Many " + i + " " + run)).update();
        }
        AllocationGrid grid = budgets.allocationGrid(extra, null);
        assertThat(grid.rows()).hasSize(AllocationGrid.LIMIT);
        assertThat(grid.matching()).isEqualTo(AllocationGrid.LIMIT + 5);
        assertThat(grid.truncated()).isTrue();
        assertThat(budgets.allocationGrid(extra, "many 10" + " " + run).rows()).hasSize(1);
    }

    @Autowired BudgetService budgets;
}
