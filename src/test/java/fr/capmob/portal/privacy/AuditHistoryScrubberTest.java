package fr.capmob.portal.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.capmob.portal.PortalTest;
import fr.capmob.portal.TestData;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The audit history keeps no old name: the rows of {@code <table>_aud} of an anonymised person are overwritten when
 * that table exists (tables made here, in the test's transaction: PostgreSQL's DDL is rolled back with it).
 */
@PortalTest
class AuditHistoryScrubberTest {

    @Autowired AuditHistoryScrubber scrubber;
    @Autowired JdbcTemplate jdbc;
    @Autowired TestData data;
    @Autowired MockMvc mvc;

    @Test
    void overwritesOnlyThePersonsRowsAndOnlyTheColumnsTheHistoryHas() {
        jdbc.execute("create table privacytest_person_aud (id bigint, rev integer, last_name varchar(100), email varchar(254))");
        jdbc.update("insert into privacytest_person_aud values (1, 1, 'Dupont', 'lea@example.fr'), (1, 2, 'Dupond', null),"
                + " (2, 1, 'Martin', 'paul@example.fr')");
        int rows = scrubber.scrub("privacytest_person", "id", java.util.List.of(1L),
                HistoryAnonymiser.values("last_name", "ANON-7F3K2", "email", null, "phone", null));
        assertThat(rows).isEqualTo(2);
        assertThat(jdbc.queryForList("select last_name || '/' || coalesce(email, '-') from privacytest_person_aud order by id, rev",
                String.class)).containsExactly("ANON-7F3K2/-", "ANON-7F3K2/-", "Martin/paul@example.fr");
    }

    @Test
    void withoutAHistoryTableNothingHappens() {
        assertThat(scrubber.scrub("privacytest_absent", "id", java.util.List.of(1L), Map.of("last_name", "X"))).isZero();
    }

    @Test
    void anonymisingAStudentOverwritesTheirRowsInEnversStudentHistory() throws Exception {
        PrivacyFixture f = new PrivacyFixture(data, jdbc);
        long revision = jdbc.queryForObject(
                "insert into audit_revision (revision_at, user_name) values (now(), 'test') returning id", Long.class);
        String version = "insert into student_aud (id, rev, revtype, last_name, first_name, email, birth_date) values (?, ?, 0, ?, ?, ?, ?)";
        jdbc.update(version, f.travelled, revision, PrivacyFixture.LAST, PrivacyFixture.FIRST, PrivacyFixture.EMAIL,
                java.sql.Date.valueOf("2003-05-19"));
        jdbc.update(version, f.neverLeft, revision, "Lefèvre", "Zoé", null, java.sql.Date.valueOf("2004-02-01"));
        mvc.perform(post("/privacy/students/" + f.travelled + "/anonymise").param("confirm", "true")
                .with(user(f.coordinator)).with(csrf())).andExpect(status().is3xxRedirection());
        String code = jdbc.queryForObject("select code from privacy_pseudonym where subject_kind = 'STUDENT' and subject_id = ?",
                String.class, f.travelled);
        // the version written before and the anonymisation's own entry: neither keeps the person
        assertThat(jdbc.queryForList("select concat_ws('/', last_name, first_name, coalesce(email, '-'), birth_date) from student_aud where id = ? order by rev",
                String.class, f.travelled)).hasSize(2).containsOnly(code + "/Anonyme/-/2003-01-01");
        assertThat(jdbc.queryForList("select concat_ws('/', last_name, first_name, birth_date) from student_aud where id = ?",
                String.class, f.neverLeft)).containsExactly("Lefèvre/Zoé/2004-02-01");
    }
}
