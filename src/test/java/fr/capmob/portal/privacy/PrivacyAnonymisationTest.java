package fr.capmob.portal.privacy;

import static fr.capmob.portal.privacy.PrivacyFixture.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.capmob.portal.PortalTest;
import fr.capmob.portal.TestData;
import fr.capmob.portal.budget.BudgetService;
import fr.capmob.portal.budget.ProjectBudget;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Anonymising a student who travelled: no page or export shows their name, birth date or e-mail any more, the
 * budget totals do not move, the request is recorded, and the audit history ({@code <table>_aud}) is overwritten.
 */
@PortalTest
class PrivacyAnonymisationTest {

    @Autowired MockMvc mvc;
    @Autowired TestData data;
    @Autowired JdbcTemplate jdbc;
    @Autowired BudgetService budgets;

    PrivacyFixture f;

    @BeforeEach
    void setUp() {
        f = new PrivacyFixture(data, jdbc);
    }

    String page(String url, String... params) throws Exception {
        var request = get(url).with(user(f.coordinator));
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        return new String(mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray(),
                StandardCharsets.UTF_8);
    }

    String anonymise() throws Exception {
        mvc.perform(post("/privacy/students/" + f.travelled + "/anonymise").param("confirm", "true")
                        .with(user(f.coordinator)).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/privacy/students/" + f.travelled));
        return jdbc.queryForObject("select code from privacy_pseudonym where subject_kind = 'STUDENT' and subject_id = ?",
                String.class, f.travelled);
    }

    List<String> everything() throws Exception {
        String project = String.valueOf(f.project);
        return List.of(page("/students/" + f.travelled), page("/students", "q", "ANON"), page("/students", "q", "Dvořák"),
                page("/mobilities/" + f.completedMobility), page("/privacy/students/" + f.travelled),
                page("/exports/beneficiary-module", "project", project), page("/exports/budget-per-participant", "project", project),
                page("/exports/payments", "project", project), page("/privacy/students/" + f.travelled + "/export.json"),
                PrivacyExportTest.text(mvc.perform(get("/privacy/students/" + f.travelled + "/export.pdf").with(user(f.coordinator)))
                        .andReturn().getResponse().getContentAsByteArray()));
    }

    @Test
    void beforeAnonymisationThePagesAndExportsDoShowTheStudent() throws Exception {
        String all = String.join("\n", everything());
        assertThat(all).contains(LAST, EMAIL, "19/05/2003", OUTCOMES);
    }

    @Test
    void afterAnonymisationNoPageOrExportShowsNameBirthDateOrEmailAndTheBudgetIsUnchanged() throws Exception {
        ProjectBudget before = budgets.project(f.project);
        String code = anonymise();
        assertThat(code).matches("ANON-[0-9A-HJKMNP-TV-Z]{5}");
        for (String shown : everything()) {
            assertThat(shown).doesNotContain(LAST).doesNotContain("Dvorak").doesNotContain(FIRST).doesNotContain("Eloise")
                    .doesNotContain(EMAIL).doesNotContain("19/05/2003").doesNotContain("2003-05-19").doesNotContain("19.05.2003")
                    .doesNotContain(OUTCOMES).doesNotContain(REPORT_TEXT).doesNotContain("Marie Dvořák")
                    .doesNotContain("Famille monoparentale").doesNotContain("Jürgen Weiß");
        }
        assertThat(page("/students/" + f.travelled)).contains(code);
        assertThat(page("/exports/beneficiary-module", "project", String.valueOf(f.project))).contains(code);
        ProjectBudget after = budgets.project(f.project);
        assertThat(after.total()).isEqualTo(before.total());
        assertThat(after.lines()).isEqualTo(before.lines());
        assertThat(after.paid()).isEqualByComparingTo(before.paid()).isEqualByComparingTo("900.00");
        // the mobility and its grant stay, the year of birth and the fewer-opportunities flag too (reported)
        assertThat(jdbc.queryForObject("select birth_date::text from student where id = ?", String.class, f.travelled))
                .isEqualTo("2003-01-01");
        assertThat(jdbc.queryForObject("select fewer_opportunities from student where id = ?", Boolean.class, f.travelled)).isTrue();
        assertThat(jdbc.queryForObject("select total from mobility_grant where mobility_id = ?", java.math.BigDecimal.class,
                f.completedMobility)).isEqualByComparingTo("1234.56");
        assertThat(jdbc.queryForObject("select satisfaction from participant_report where mobility_id = ?", Integer.class,
                f.completedMobility)).isEqualTo(5);
    }

    @Test
    void theRequestIsRecordedWithTheCodeAndListedOnTheRequestsPage() throws Exception {
        String code = anonymise();
        assertThat(jdbc.queryForList("""
                select requested_by from privacy_request
                where action = 'ANONYMISATION' and subject_kind = 'STUDENT' and subject_id = ? and subject_code = ?""",
                String.class, f.travelled, code)).containsExactly(f.coordinator.email());
        assertThat(page("/privacy/requests", "action", "ANONYMISATION")).contains(code, f.coordinator.email())
                .doesNotContain(LAST);
        assertThat(page("/privacy/requests", "lang", "en")).contains("Anonymisation", "Student no. " + f.travelled);
    }

    @Test
    void aSecondAnonymisationIsRefusedWithAMessage() throws Exception {
        anonymise();
        String shown = new String(mvc.perform(post("/privacy/students/" + f.travelled + "/anonymise").param("confirm", "true")
                        .with(user(f.coordinator)).with(csrf())).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsByteArray(), StandardCharsets.UTF_8);
        assertThat(shown).contains("Cette personne est déjà anonymisée.");
    }

    @Test
    void withoutTheConfirmationNothingChanges() throws Exception {
        String shown = new String(mvc.perform(post("/privacy/students/" + f.travelled + "/anonymise")
                        .with(user(f.coordinator)).with(csrf())).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsByteArray(), StandardCharsets.UTF_8);
        assertThat(shown).contains("Cochez la case pour confirmer.");
        assertThat(jdbc.queryForObject("select last_name from student where id = ?", String.class, f.travelled)).isEqualTo(LAST);
        assertThat(jdbc.queryForObject("select count(*) from privacy_request where subject_id = ? and subject_kind = 'STUDENT'",
                Long.class, f.travelled)).isZero();
    }

    @Test
    void anAnonymisedUserCannotSignInAndShowsNoEmail() throws Exception {
        long userId = f.referent.id();
        mvc.perform(post("/privacy/users/" + userId + "/anonymise").param("confirm", "true").with(user(f.coordinator)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        String shown = page("/users/" + userId);
        assertThat(shown).doesNotContain(f.referent.email()).doesNotContain("Ref " + f.run).contains("anonymised.invalid");
        assertThat(jdbc.queryForObject("select active from app_user where id = ?", Boolean.class, userId)).isFalse();
        assertThat(jdbc.queryForObject("select password_hash is null from app_user where id = ?", Boolean.class, userId)).isTrue();
    }
}
