package fr.capmob.portal.privacy;

import fr.capmob.portal.TestData;
import fr.capmob.portal.account.CurrentUser;
import fr.capmob.portal.account.Role;
import java.time.LocalDate;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A student who travelled (a completed mobility with its grant, a payment, a report with free texts), a student who
 * never did (a draft mobility), a staff member, and the coordinator who makes the requests.
 */
class PrivacyFixture {

    static final String LAST = "Dvořák-Nuñez";
    static final String FIRST = "Éloïse";
    static final String EMAIL = "eloise.dvorak@example.fr";
    static final LocalDate BIRTH = LocalDate.of(2003, 5, 19);
    static final String OUTCOMES = "Préparer une mise en place de cuisine pour Éloïse";
    static final String REPORT_TEXT = "J’ai appris à travailler en brigade avec Jürgen";

    final String run = TestData.unique();
    final long school;
    final long project;
    final long host;
    final long travelled;
    final long completedMobility;
    final long neverLeft;
    final long draftMobility;
    final long staff;
    final CurrentUser coordinator;
    final CurrentUser referent;

    PrivacyFixture(TestData data, JdbcTemplate jdbc) {
        school = data.school("Lycée Jean-Drouant " + run);
        project = data.project("CAPMOB privacy " + run, school);
        host = data.host("Gasthof Müller " + run, school);
        travelled = data.student(school, LAST, FIRST, BIRTH);
        jdbc.update("""
                update student set email = ?, phone = '06 12 34 56 78', fewer_opportunities = true,
                       fewer_opportunities_justification = 'Famille monoparentale, bourse échelon 6',
                       emergency_contact_name = 'Marie Dvořák', emergency_contact_phone = '06 98 76 54 32'
                where id = ?""", EMAIL, travelled);
        completedMobility = data.mobility(project, travelled, null, school, host, LocalDate.of(2019, 3, 4), LocalDate.of(2019, 3, 22));
        jdbc.update("update mobility set learning_outcomes = ?, tasks = 'Dressage', mentor = 'Jürgen Weiß', status = 'COMPLETED' where id = ?",
                OUTCOMES, completedMobility);
        data.storedGrant(completedMobility, "275.00", "609.56", "350.00");
        data.payment(completedMobility, "ADVANCE", "900.00", LocalDate.of(2019, 2, 15));
        jdbc.update("""
                insert into participant_report (mobility_id, kind, improved_language, more_confidence, would_go_again,
                                                satisfaction, learned, free_comment, language, submitted_at)
                values (?, 'LEARNER', true, true, true, 5, ?, 'Merci à Jürgen', 'fr', now())""", completedMobility, REPORT_TEXT);
        neverLeft = data.student(school, "Lefèvre", "Zoé", LocalDate.of(2004, 2, 1));
        draftMobility = data.mobility(project, neverLeft, null, school, host, LocalDate.of(2020, 3, 4), LocalDate.of(2020, 3, 22));
        staff = data.staff(school, "Nguyễn", "Thảo");
        jdbc.update("update staff_member set email = 'thao.nguyen@example.fr' where id = ?", staff);
        coordinator = data.principal(data.user("Coord " + run, Role.COORDINATOR, null));
        referent = data.principal(data.user("Ref " + run, Role.SCHOOL_REFERENT, school));
    }
}
