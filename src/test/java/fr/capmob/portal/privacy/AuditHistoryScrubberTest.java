package fr.capmob.portal.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.capmob.portal.PortalTest;
import fr.capmob.portal.TestData;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
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
    void anonymisingAStudentOverwritesTheirStudentAudRows() throws Exception {
        Assumptions.assumeTrue(scrubber.columnsOf("student_aud").isEmpty(), "student_aud is Envers' own here");
        PrivacyFixture f = new PrivacyFixture(data, jdbc);
        jdbc.execute("""
                create table student_aud (id bigint, rev integer, revtype smallint, last_name varchar(100),
                                          first_name varchar(100), email varchar(254), birth_date date)""");
        jdbc.update("insert into student_aud values (?, 1, 0, ?, ?, ?, date '2003-05-19')", f.travelled,
                PrivacyFixture.LAST, PrivacyFixture.FIRST, PrivacyFixture.EMAIL);
        jdbc.update("insert into student_aud values (?, 1, 0, 'Lefèvre', 'Zoé', null, date '2004-02-01')", f.neverLeft);
        mvc.perform(post("/privacy/students/" + f.travelled + "/anonymise").param("confirm", "true")
                .with(user(f.coordinator)).with(csrf())).andExpect(status().is3xxRedirection());
        String code = jdbc.queryForObject("select code from privacy_pseudonym where subject_kind = 'STUDENT' and subject_id = ?",
                String.class, f.travelled);
        assertThat(jdbc.queryForList("select concat_ws('/', last_name, first_name, coalesce(email, '-'), birth_date) from student_aud order by id",
                String.class)).containsExactly(code + "/Anonyme/-/2003-01-01", "Lefèvre/Zoé/-/2004-02-01");
        assertThat(jdbc.queryForObject("select detail from privacy_request where subject_id = ? and action = 'ANONYMISATION'",
                String.class, f.travelled)).isEqualTo("history rows=1");
    }
}
