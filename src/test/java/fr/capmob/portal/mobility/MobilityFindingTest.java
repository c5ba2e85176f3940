package fr.capmob.portal.mobility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
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

/**
 * Issue 12, lists that find things: the mobility list's search (name without accents, either order, reference),
 * the status badges, the student's mobilities on their page and names instead of e-mails in a mobility's history.
 */
@PortalTest
class MobilityFindingTest {

    @Autowired MockMvc mvc;
    @Autowired TestData data;
    @Autowired JdbcClient jdbc;

    String run;
    long schoolA;
    long schoolB;
    long project;
    long host;
    long lea;
    long leaMobility;
    long otherMobility;
    CurrentUser coordinator;
    CurrentUser referentA;
    CurrentUser referentB;
    CurrentUser accountantA;
    String referentEmail;

    @BeforeEach
    void setUp() {
        run = TestData.unique();
        schoolA = data.school("LP Finding A " + run);
        schoolB = data.school("LP Finding B " + run);
        project = data.project("Finding " + run, schoolA, schoolB);
        host = data.host("Finding host " + run, schoolA);
        lea = data.student(schoolA, "Dupré" + run, "Léa", LocalDate.of(2001, 1, 1));
        long tom = data.student(schoolA, "Martin" + run, "Tom", LocalDate.of(2001, 1, 1));
        leaMobility = data.mobility(project, lea, null, schoolA, host, LocalDate.of(2019, 3, 4), LocalDate.of(2019, 3, 22));
        otherMobility = data.mobility(project, tom, null, schoolA, host, LocalDate.of(2019, 3, 4), LocalDate.of(2019, 3, 22));
        data.mobilityStatus(otherMobility, "APPROVED", false);
        coordinator = data.principal(data.user("Coord Finding", Role.COORDINATOR, null));
        referentEmail = data.user("Karim Référent", Role.SCHOOL_REFERENT, schoolA);
        referentA = data.principal(referentEmail);
        referentB = data.principal(data.user("Ref B", Role.SCHOOL_REFERENT, schoolB));
        accountantA = data.principal(data.user("Compta A", Role.ACCOUNTANT, schoolA));
    }

    private String page(String path, CurrentUser who, String... params) throws Exception {
        var request = get(path).with(user(who));
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private String reference(long mobility) {
        return jdbc.sql("select reference from mobility where id = :id").param("id", mobility).query(String.class).single();
    }

    @Test
    void theSearchFindsANameWithoutItsAccentsInEitherOrder() throws Exception {
        for (String typed : new String[] {"lea dupre" + run, "DUPRE" + run + " Lea", "Léa", "dupré" + run}) {
            String html = page("/mobilities", coordinator, "search", typed, "projectId", String.valueOf(project));
            assertThat(html).as(typed).contains(reference(leaMobility)).doesNotContain(reference(otherMobility));
        }
        assertThat(page("/mobilities", coordinator, "search", "Lena", "projectId", String.valueOf(project)))
                .doesNotContain(reference(leaMobility)).contains("empty-state");
    }

    @Test
    void theSearchFindsAReferenceAndStaysWithinTheUsersSchool() throws Exception {
        String reference = reference(otherMobility);
        String part = reference.substring(4).toLowerCase();
        assertThat(page("/mobilities", referentA, "search", part)).contains(reference).doesNotContain(reference(leaMobility));
        assertThat(page("/mobilities", referentB, "search", part)).doesNotContain(reference);
        // a "%" typed is a character, not a wildcard
        assertThat(page("/mobilities", coordinator, "search", "%", "projectId", String.valueOf(project)))
                .doesNotContain(reference);
    }

    @Test
    void statusBadgesSayTheStatusInTextWithTheirOwnColour() throws Exception {
        String html = page("/mobilities", coordinator, "projectId", String.valueOf(project));
        assertThat(html).contains("status-badge status-badge-DRAFT\">Brouillon")
                .contains("status-badge status-badge-APPROVED\">Approuvée")
                .doesNotContain("<select class=\"form-select\" id=\"schoolId\"")
                .contains("hx-get=\"/schools/picker\"");
        assertThat(page("/mobilities/" + leaMobility, coordinator)).contains("status-badge-DRAFT");
    }

    @Test
    void theStudentsPageLoadsTheirMobilitiesWithANewMobilityLink() throws Exception {
        assertThat(page("/students/" + lea, referentA)).contains("hx-get=\"/students/" + lea + "/mobilities\"");
        String section = page("/students/" + lea + "/mobilities", referentA);
        assertThat(section).contains(reference(leaMobility)).doesNotContain(reference(otherMobility))
                .contains("href=\"/mobilities/new?studentId=" + lea + "\"")
                .contains("Berlin (DE)").contains("status-badge-DRAFT")
                .doesNotContain("hx-trigger=\"load\""); // the answer must not load itself again
        assertThat(page("/students/" + lea + "/mobilities", accountantA)).contains(reference(leaMobility))
                .doesNotContain("/mobilities/new");
        mvc.perform(get("/students/" + lea + "/mobilities").with(user(referentB))).andExpect(status().isNotFound());
        long nobody = data.student(schoolA, "Seul" + run, "Noé", LocalDate.of(2001, 1, 1));
        assertThat(page("/students/" + nobody + "/mobilities", referentA)).contains("Aucune mobilité pour cet élève.");
        // the panel (htmx) gets the section alone; the link without JavaScript a page with its title
        assertThat(mvc.perform(get("/students/" + lea + "/mobilities").header("HX-Request", "true").with(user(referentA)))
                .andReturn().getResponse().getContentAsString()).doesNotContain("<title").contains(reference(leaMobility));
        assertThat(section).contains("<title>Mobilités de ");
    }

    @Test
    void theHistoryNamesWhoMovedTheMobilityNotTheirEmail() throws Exception {
        jdbc.sql("""
                        insert into mobility_transition (mobility_id, from_status, to_status, changed_by, changed_at, comment)
                        values (:m, 'DRAFT', 'SUBMITTED', :by, now(), 'ligne 1
                        ligne 2')""")
                .param("m", leaMobility).param("by", referentEmail).update();
        String html = page("/mobilities/" + leaMobility, coordinator);
        String history = html.substring(html.indexOf("id=\"history\""));
        assertThat(history).contains("Karim Référent").doesNotContain(referentEmail)
                .contains("class=\"small text-pre-line\"");
    }
}
