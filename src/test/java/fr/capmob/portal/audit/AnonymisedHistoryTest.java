package fr.capmob.portal.audit;

import static fr.capmob.portal.audit.AuditFixture.date;
import static fr.capmob.portal.audit.AuditFixture.signIn;
import static org.assertj.core.api.Assertions.assertThat;

import fr.capmob.portal.TestData;
import fr.capmob.portal.consortium.QualificationLevel;
import fr.capmob.portal.participant.Gender;
import fr.capmob.portal.participant.StudentCommand;
import fr.capmob.portal.participant.StudentService;
import fr.capmob.portal.privacy.PrivacyService;
import fr.capmob.portal.privacy.PrivacySubject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The audit trail and the data-protection rights together, on Envers' real history tables: an anonymisation is
 * itself one audit entry, and afterwards no version of the person in the history keeps their name, e-mail or birth
 * day; an erasure leaves one deletion entry, and no version keeps the name either. Not rolled back (Envers writes at
 * commit).
 */
@SpringBootTest
class AnonymisedHistoryTest {

    @Autowired TestData data;
    @Autowired JdbcTemplate jdbc;
    @Autowired StudentService students;
    @Autowired PrivacyService privacy;

    AuditFixture f;

    @BeforeEach
    void setUp() {
        f = new AuditFixture(data, jdbc);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private StudentCommand student(String lastName, String email) {
        return new StudentCommand(f.schoolA, lastName, "Ombeline", date("2004-07-23"), Gender.F, "FR", email, null,
                QualificationLevel.BAC_PRO, "Cuisine", "1re CUI", false, null, false, null, null, null);
    }

    @Test
    void anAnonymisationIsOneEntryAndNoVersionKeepsThePerson() {
        signIn(f.referentA);
        long id = students.create(student("Vautrin" + f.run, "ombeline@example.fr"), f.referentA);
        students.update(id, 0, student("Vautrin-Roy" + f.run, "o.vautrin@example.fr"), f.referentA);
        signIn(f.coordinator);

        String code = privacy.anonymise(PrivacySubject.STUDENT, id, f.coordinator);

        List<Map<String, Object>> versions = f.rows("student", "id", id);
        assertThat(f.revisionTypes("student", "id", id)).containsExactly(0, 1, 1);
        assertThat(versions.get(2).get("author")).isEqualTo(f.coordinator.displayName());
        assertThat(versions).allSatisfy(version -> {
            assertThat(version.get("last_name")).isEqualTo(code);
            assertThat(version.get("email")).isNull();
            assertThat(String.valueOf(version.get("birth_date"))).isEqualTo("2004-01-01");
        });
    }

    @Test
    void anErasureIsOneDeletionEntryAndNoVersionKeepsTheName() {
        signIn(f.referentA);
        long id = students.create(student("Lemarchal" + f.run, "lemarchal@example.fr"), f.referentA);
        signIn(f.coordinator);

        privacy.erase(PrivacySubject.STUDENT, id, f.coordinator);

        assertThat(jdbc.queryForObject("select count(*) from student where id = ?", Integer.class, id)).isZero();
        assertThat(f.revisionTypes("student", "id", id)).containsExactly(0, 2);
        assertThat(f.rows("student", "id", id)).allSatisfy(version -> {
            assertThat(String.valueOf(version.get("last_name"))).doesNotContain("Lemarchal");
            assertThat(version.get("email")).isNull();
        });
    }
}
