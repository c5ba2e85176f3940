package fr.capmob.portal.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.capmob.portal.PortalTest;
import fr.capmob.portal.TestData;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** Erasure (GDPR art. 17): for someone who never travelled only, with their mobilities; recorded without a name. */
@PortalTest
class PrivacyErasureTest {

    @Autowired MockMvc mvc;
    @Autowired TestData data;
    @Autowired JdbcTemplate jdbc;

    PrivacyFixture f;

    @BeforeEach
    void setUp() {
        f = new PrivacyFixture(data, jdbc);
    }

    String erase(String subject, long id, int expectedStatus) throws Exception {
        return new String(mvc.perform(post("/privacy/" + subject + "/" + id + "/erase").param("confirm", "true")
                        .with(user(f.coordinator)).with(csrf()))
                .andExpect(status().is(expectedStatus)).andReturn().getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
    }

    long count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }

    @Test
    void aStudentWhoNeverTravelledIsErasedWithTheirDraftMobility() throws Exception {
        mvc.perform(post("/privacy/students/" + f.neverLeft + "/erase").param("confirm", "true")
                .with(user(f.coordinator)).with(csrf())).andExpect(redirectedUrl("/privacy/requests"));
        assertThat(count("select count(*) from student where id = ?", f.neverLeft)).isZero();
        assertThat(count("select count(*) from mobility_view where id = ?", f.draftMobility)).isZero();
        assertThat(jdbc.queryForList("select detail from privacy_request where action = 'ERASURE' and subject_id = ?",
                String.class, f.neverLeft)).containsExactly("mobilities=1");
        assertThat(count("select count(*) from privacy_request where subject_id = ? and detail like '%Lefèvre%'", f.neverLeft)).isZero();
        mvc.perform(get("/students/" + f.neverLeft).with(user(f.coordinator))).andExpect(status().isNotFound());
    }

    @Test
    void erasureIsRefusedForAStudentWhoTravelledAndNothingChanges() throws Exception {
        String shown = erase("students", f.travelled, 200);
        assertThat(shown).contains("Effacement refusé : cette personne est partie en mobilité. Anonymisez-la.");
        assertThat(count("select count(*) from student where id = ?", f.travelled)).isOne();
        assertThat(count("select count(*) from privacy_request where subject_id = ? and subject_kind = 'STUDENT'", f.travelled)).isZero();
        // the page offers no erasure for them
        String page = new String(mvc.perform(get("/privacy/students/" + f.travelled).with(user(f.coordinator)))
                .andReturn().getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
        assertThat(page).doesNotContain("id=\"erase-form\"").contains("id=\"anonymise-form\"");
    }

    @Test
    void aStaffMemberWithoutMobilityIsErased() throws Exception {
        erase("staff", f.staff, 302);
        assertThat(count("select count(*) from staff_member where id = ?", f.staff)).isZero();
    }

    @Test
    void withoutConfirmationTheMessageIsShownBesideTheBoxAndNothingIsErased() throws Exception {
        String shown = new String(mvc.perform(post("/privacy/students/" + f.neverLeft + "/erase").param("lang", "en")
                        .with(user(f.coordinator)).with(csrf())).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsByteArray(), StandardCharsets.UTF_8);
        assertThat(shown).contains("id=\"erase-error\"", "Tick the box to confirm.");
        assertThat(count("select count(*) from student where id = ?", f.neverLeft)).isOne();
    }

    @Test
    void aUserAccountIsNotErasedButAnonymised() throws Exception {
        assertThat(erase("users", f.referent.id(), 200)).contains("Un compte utilisateur s’anonymise ; il ne s’efface pas.");
    }

    @Test
    void referentsCannotErase() throws Exception {
        mvc.perform(post("/privacy/students/" + f.neverLeft + "/erase").param("confirm", "true").with(user(f.referent)).with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(count("select count(*) from student where id = ?", f.neverLeft)).isOne();
    }
}
