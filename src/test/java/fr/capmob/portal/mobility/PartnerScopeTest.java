package fr.capmob.portal.mobility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.capmob.portal.PortalTest;
import fr.capmob.portal.TestData;
import fr.capmob.portal.account.CurrentUser;
import fr.capmob.portal.account.Role;
import java.time.LocalDate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Tutoring partners' records (school A tutors school C in the project): A's referent reads C's trip and the
 * mobilities in it alike, read only and without C's restricted texts; A's school accountant reads neither (404,
 * not listed, no PDF), like any other school's record.
 */
@PortalTest
class PartnerScopeTest {

    @Autowired MockMvc mvc;
    @Autowired TestData data;
    @Autowired JdbcTemplate jdbc;

    String run;
    long trip;
    long mobility;
    String tripName;
    CurrentUser referentA;
    CurrentUser accountantA;

    @BeforeEach
    void partnerTrip() {
        run = TestData.unique();
        long schoolA = data.school("LP Tuteur " + run, "EXPERIENCED");
        long schoolC = data.school("LP Tutoré " + run);
        long project = data.project("Tutorat " + run, schoolA, schoolC);
        data.pair(project, schoolA, schoolC);
        trip = data.trip(project, schoolC, data.host("Hôte tutoré " + run, schoolC));
        tripName = jdbc.queryForObject("select name from trip where id = ?", String.class, trip);
        long student = data.student(schoolC, "Partenaire" + run, "Inès", LocalDate.of(2002, 1, 9));
        mobility = data.mobility(project, student, null, schoolC, data.host("Hôte mob " + run, schoolC),
                LocalDate.of(2019, 3, 4), LocalDate.of(2019, 3, 18));
        jdbc.update("""
                update mobility set trip_id = ?, notes = 'Note interne du lycée tutoré',
                       inclusion_real_costs = 300, inclusion_justification = 'Justification confidentielle'
                where id = ?""", trip, mobility);
        referentA = data.principal(data.user("Référent tuteur", Role.SCHOOL_REFERENT, schoolA));
        accountantA = data.principal(data.user("Gestion tuteur", Role.ACCOUNTANT, schoolA));
    }

    @Test
    void theTutoringReferentReadsThePartnersTripAndItsMobilitiesConsistently() throws Exception {
        mvc.perform(get("/trips").with(user(referentA))).andExpect(content().string(containsString(tripName)));
        mvc.perform(get("/trips/" + trip).with(user(referentA))).andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/mobilities/" + mobility + "\"")));
        mvc.perform(get("/mobilities/" + mobility).with(user(referentA))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Partenaire" + run)))
                .andExpect(content().string(not(containsString("Note interne du lycée tutoré"))))
                .andExpect(content().string(not(containsString("Justification confidentielle"))))
                .andExpect(content().string(not(containsString("href=\"/mobilities/" + mobility + "/edit\""))));
        mvc.perform(get("/mobilities/" + mobility + "/edit").with(user(referentA))).andExpect(status().isForbidden());
        // the trip's PDF holds the partner's participant too
        byte[] pdf = mvc.perform(get("/trips/" + trip + "/documents/certificate.pdf").with(user(referentA)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document)).contains("Partenaire" + run);
        }
    }

    @Test
    void theTutoringSchoolsAccountantReadsNoneOfThePartnersRecords() throws Exception {
        mvc.perform(get("/trips").with(user(accountantA))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString(tripName))));
        mvc.perform(get("/trips/" + trip).with(user(accountantA))).andExpect(status().isNotFound());
        mvc.perform(get("/trips/" + trip + "/documents/certificate.pdf").with(user(accountantA)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/mobilities/" + mobility).with(user(accountantA))).andExpect(status().isNotFound());
        mvc.perform(get("/mobilities/" + mobility + "/documents/grant-agreement.pdf").with(user(accountantA)))
                .andExpect(status().isNotFound());
    }
}
