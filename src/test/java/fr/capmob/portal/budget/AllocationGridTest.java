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
 * Issues 12 and 16: the allocation grid shows {@link AllocationGrid#PAGE_SIZE} schools a page (a filter narrows them),
 * with the totals of all schools for the live sums; a save changes the rows shown only and comes back to the same page
 * and filter.
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
    void theFirstPageShowsTwentySchoolsAndItsSaveChangesThemOnly() throws Exception {
        String html = page();
        for (long school : schools.subList(0, AllocationGrid.PAGE_SIZE)) {
            assertThat(html).contains("name=\"amounts[" + school + "-TRAVEL]\"");
        }
        assertThat(html).doesNotContain("name=\"amounts[" + schools.get(AllocationGrid.PAGE_SIZE) + "-TRAVEL]\"")
                .contains("1–20 sur 30").contains("rel=\"next\"").contains("/js/allocation-")
                .contains("data-others=\"0.00\"").contains("data-unsaved=");

        MockHttpServletRequestBuilder save = post("/budget/projects/" + project + "/allocations").with(csrf())
                .with(user(coordinator)).param("version", "0").param("advanceSharePercent", "80");
        for (long school : schools.subList(0, AllocationGrid.PAGE_SIZE)) {
            save.param("amounts[" + school + "-TRAVEL]", "1 000,50");
        }
        mvc.perform(save).andExpect(redirectedUrl("/budget/projects/" + project));
        for (long school : schools.subList(0, AllocationGrid.PAGE_SIZE)) {
            assertThat(stored(school)).isEqualByComparingTo("1000.50");
        }
        assertThat(stored(schools.get(AllocationGrid.PAGE_SIZE))).isEqualByComparingTo("0");
        assertThat(page()).contains("20\u202f010,00 €"); // the total of all schools
    }

    @Test
    void pageTwoShowsTheNextSchoolsItsSaveChangesThemOnlyAndTheTotalsCountAll() throws Exception {
        jdbc.sql("insert into budget_allocation (project_id, school_id, item, amount, updated_by) values (:p, :s, 'TRAVEL', 500, 'x')")
                .param("p", project).param("s", schools.get(0)).update();
        String html = page("page", "1");
        for (long school : schools.subList(AllocationGrid.PAGE_SIZE, 30)) {
            assertThat(html).contains("name=\"amounts[" + school + "-TRAVEL]\"");
        }
        assertThat(html).doesNotContain("name=\"amounts[" + schools.get(0) + "-TRAVEL]\"")
                .contains("21–30 sur 30").contains("data-others=\"500.00\"")
                .contains("action=\"/budget/projects/" + project + "/allocations?page=1\"")
                .contains("href=\"/budget/projects/" + project + "?page=0\"");

        mvc.perform(post("/budget/projects/" + project + "/allocations").param("page", "1").with(csrf())
                        .with(user(coordinator)).param("version", "0").param("advanceSharePercent", "80")
                        .param("amounts[" + schools.get(25) + "-TRAVEL]", "2 000"))
                .andExpect(redirectedUrl("/budget/projects/" + project + "?page=1"));
        assertThat(stored(schools.get(25))).isEqualByComparingTo("2000");
        assertThat(stored(schools.get(0))).isEqualByComparingTo("500");
        assertThat(stored(schools.get(26))).isEqualByComparingTo("0");
        assertThat(page("page", "1")).contains("2\u202f500,00 €"); // the total of all schools, page 1 included
        // the schools of page 1 count: 500 + 99 600 is above the 100 000 granted
        mvc.perform(post("/budget/projects/" + project + "/allocations").param("page", "1").with(csrf())
                        .with(user(coordinator)).param("version", "1").param("advanceSharePercent", "80")
                        .param("amounts[" + schools.get(25) + "-TRAVEL]", "99 600"))
                .andExpect(status().isOk());
        assertThat(stored(schools.get(25))).isEqualByComparingTo("2000");
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
    void aFilterAndAPageKeepEachOtherAndAPageBeyondTheLastGivesTheLast() throws Exception {
        AllocationGrid grid = budgets.allocationGrid(project, "grille", 1);
        assertThat(grid.rows()).hasSize(10);
        assertThat(grid.matching()).isEqualTo(30);
        assertThat(grid.paged()).isTrue();
        assertThat(budgets.allocationGrid(project, "grille", 9).page().getNumber()).isEqualTo(1);
        assertThat(budgets.allocationGrid(project, "grille 07", 0).rows()).hasSize(1);
        assertThat(page("schools", "grille", "page", "1")).contains("schools=grille&amp;page=0");
    }

    @Autowired BudgetService budgets;
}
