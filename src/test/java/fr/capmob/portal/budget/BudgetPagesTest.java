package fr.capmob.portal.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.capmob.portal.PortalTest;
import fr.capmob.portal.TestData;
import fr.capmob.portal.account.CurrentUser;
import fr.capmob.portal.account.Role;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The budget pages in both languages, the allocation form (limits, conflict) and the M9.6 report. */
@PortalTest
class BudgetPagesTest {

    @Autowired MockMvc mvc;
    @Autowired TestData data;
    @Autowired JdbcClient jdbc;

    long schoolA;
    long schoolB;
    long project;
    CurrentUser coordinator;
    CurrentUser referentA;

    @BeforeEach
    void setUp() {
        String run = TestData.unique();
        schoolA = data.school("LP Budget pages A " + run);
        schoolB = data.school("LP Budget pages B " + run);
        project = data.project("Budget pages " + run, schoolA, schoolB);
        coordinator = data.principal(data.user("Coordinator", Role.COORDINATOR, null));
        referentA = data.principal(data.user("Referent A", Role.SCHOOL_REFERENT, schoolA));
        long student = data.student(schoolA, "Budget" + run, "Léa", LocalDate.of(2001, 1, 1));
        long mobility = data.mobility(project, student, null, schoolA, data.host("Host " + run, schoolA),
                LocalDate.of(2019, 3, 4), LocalDate.of(2019, 3, 22));
        data.mobilityStatus(mobility, "CONFIRMED", false);
        data.storedGrant(mobility, "120000", "952", "350"); // travel committed above the 100 000 granted
        data.payment(mobility, "ADVANCE", "1000", LocalDate.of(2019, 2, 1));
    }

    @Test
    void overviewShowsFiguresAndWarnings() throws Exception {
        mvc.perform(get("/budget").with(user(coordinator)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Budget du consortium")))
                .andExpect(content().string(containsString("121\u202f302,00 €")));
        mvc.perform(get("/budget/projects/" + project).with(user(coordinator)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("121\u202f302,00 €")))
                .andExpect(content().string(containsString("Engagé au-delà de l’accordé")))
                .andExpect(content().string(containsString("value=\"80\"")));
        mvc.perform(get("/budget/projects/" + project).param("lang", "en").with(user(coordinator)))
                .andExpect(content().string(containsString("Committed above granted")));
        mvc.perform(get("/budget").with(user(referentA))).andExpect(redirectedUrl("/budget/schools/" + schoolA));
        mvc.perform(get("/budget/schools/" + schoolA).with(user(referentA)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("1\u202f000,00 €")));
        mvc.perform(get("/budget/schools/" + schoolB).with(user(referentA))).andExpect(status().isNotFound());
        mvc.perform(get("/budget/projects/" + project).with(user(referentA))).andExpect(status().isForbidden());
    }

    @Test
    void theGridsInputsAreEditableByTheCoordinatorOnlyAndLabelledByTheirColumnAndRow() throws Exception {
        String input = "<input type=\"text\" inputmode=\"decimal\" class=\"form-control form-control-sm text-end amount-input\""
                + " id=\"amount-" + schoolA + "-TRAVEL\" name=\"amounts[" + schoolA + "-TRAVEL]\" value=\"0,00\" data-item=\"TRAVEL\""
                + " aria-labelledby=\"item-head-TRAVEL school-head-" + schoolA + "\"";
        mvc.perform(get("/budget/projects/" + project).with(user(coordinator)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(input + ">")));
        CurrentUser accountant = data.principal(data.user("Accountant", Role.ACCOUNTANT, null));
        mvc.perform(get("/budget/projects/" + project).with(user(accountant)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(input + " readonly=\"readonly\">")));
    }

    @Test
    void allocationOverTheGrantedAmountIsRefusedWithAMessage() throws Exception {
        mvc.perform(post("/budget/projects/" + project + "/allocations").with(csrf()).with(user(coordinator))
                        .param("version", "0").param("advanceSharePercent", "70")
                        .param("amounts[" + schoolA + "-TRAVEL]", "60 000,00")
                        .param("amounts[" + schoolB + "-TRAVEL]", "40 000,01"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("dépasse le montant accordé")));
        assertThat(jdbc.sql("select count(*) from budget_allocation where project_id = :p").param("p", project)
                .query(Long.class).single()).isZero();
        mvc.perform(post("/budget/projects/" + project + "/allocations").with(csrf()).with(user(coordinator))
                        .param("version", "0").param("advanceSharePercent", "70")
                        .param("amounts[" + schoolA + "-TRAVEL]", "60 000,00")
                        .param("amounts[" + schoolB + "-TRAVEL]", "40 000"))
                .andExpect(redirectedUrl("/budget/projects/" + project));
        mvc.perform(post("/budget/projects/" + project + "/allocations").with(csrf()).with(user(coordinator))
                        .param("version", "0").param("advanceSharePercent", "80")
                        .param("amounts[" + schoolA + "-TRAVEL]", "1"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("id=\"conflict\"")));
        mvc.perform(post("/budget/projects/" + project + "/allocations").with(csrf()).with(user(coordinator))
                        .param("version", "1").param("advanceSharePercent", "80")
                        .param("amounts[" + schoolA + "-TRAVEL]", "-5"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Montant invalide : un montant positif")))
                .andExpect(content().string(org.hamcrest.Matchers.matchesPattern(
                        "(?s).*<input[^>]*is-invalid[^>]*id=\"amount-" + schoolA + "-TRAVEL\"[^>]*value=\"-5\".*")))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.matchesPattern(
                        "(?s).*<input[^>]*is-invalid[^>]*id=\"amount-" + schoolB + "-TRAVEL\".*"))));
        mvc.perform(post("/budget/projects/" + project + "/allocations").with(csrf()).with(user(coordinator))
                        .param("version", "1").param("advanceSharePercent", "abc"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Part invalide")));
        mvc.perform(post("/budget/projects/" + project + "/allocations").with(csrf()).with(user(coordinator))
                        .param("version", "1").param("advanceSharePercent", "80")
                        .param("amounts[" + schoolA + "-TRAVEL]", "1\"><b>&"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"amount-" + schoolA + "-TRAVEL\" name=\"amounts[" + schoolA
                        + "-TRAVEL]\" value=\"1&quot;&gt;&lt;b&gt;&amp;\"")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("<b>&"))));
        assertThat(jdbc.sql("select advance_share from project_payment_setting where project_id = :p").param("p", project)
                .query(java.math.BigDecimal.class).single()).isEqualByComparingTo("0.70");
    }

    @Test
    void m96PageForAccountantsNotReferents() throws Exception {
        data.expenditure(project, schoolA, "845.20");
        mvc.perform(get("/budget/m96").param("projectId", String.valueOf(project)).with(user(coordinator)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("845,20 €")))
                .andExpect(content().string(containsString("121\u202f302,00 €")));
        mvc.perform(get("/budget/m96").with(user(referentA))).andExpect(status().isForbidden());
    }
}
