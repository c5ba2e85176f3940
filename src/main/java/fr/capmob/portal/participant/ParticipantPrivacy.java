package fr.capmob.portal.participant;

import fr.capmob.portal.account.CurrentUser;
import fr.capmob.portal.shared.AuditedRows;
import fr.capmob.portal.shared.NotFoundException;
import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the privacy module may ask of participants: a student's or staff member's full record (for an export), its
 * erasure, and its anonymisation (names replaced by a pseudonymous code; contact, birth day, free texts removed).
 */
@Service
@Transactional
public class ParticipantPrivacy {

    private final JdbcClient jdbc;
    private final StudentService students;
    private final StaffService staff;
    private final AuditedRows audit;

    ParticipantPrivacy(JdbcClient jdbc, StudentService students, StaffService staff, AuditedRows audit) {
        this.audit = audit;
        this.jdbc = jdbc;
        this.students = students;
        this.staff = staff;
    }

    /** The student as the coordinator sees them (every field, the justification included). */
    @Transactional(readOnly = true)
    public StudentDetails student(long id, CurrentUser coordinator) {
        return students.get(id, coordinator);
    }

    @Transactional(readOnly = true)
    public StaffDetails staffMember(long id, CurrentUser coordinator) {
        return staff.get(id, coordinator);
    }

    /**
     * Replaces the student's names by the code, removes e-mail, phone, class, specialty, emergency contact and the
     * fewer-opportunities justification (the flag stays: it is reported to the Commission), and keeps only the
     * year of birth (1 January), so that age groups still count. Gender, nationality and level stay (reported).
     */
    public void anonymiseStudent(long id, String code) {
        int changed = jdbc.sql("""
                        update student set last_name = :code, first_name = :first, normalised_last_name = lower(:code),
                               normalised_first_name = lower(:first), birth_date = make_date(extract(year from birth_date)::int, 1, 1),
                               email = null, phone = null, specialty = null, class_name = null,
                               fewer_opportunities_justification = null, parental_consent_date = null,
                               emergency_contact_name = null, emergency_contact_phone = null,
                               version = version + 1, updated_at = now(), updated_by = 'privacy'
                        where id = :id""")
                .param("code", code).param("first", PSEUDONYM_FIRST_NAME).param("id", id).update();
        if (changed == 0) {
            throw new NotFoundException("student", id);
        }
        audit.changed("student", "id", id);
    }

    /** Replaces the staff member's names by the code and removes e-mail, phone, subjects and languages. */
    public void anonymiseStaff(long id, String code) {
        int changed = jdbc.sql("""
                        update staff_member set last_name = :code, first_name = :first, normalised_last_name = lower(:code),
                               normalised_first_name = lower(:first), email = null, phone = null, subjects = null,
                               languages = null, version = version + 1, updated_at = now(), updated_by = 'privacy'
                        where id = :id""")
                .param("code", code).param("first", PSEUDONYM_FIRST_NAME).param("id", id).update();
        if (changed == 0) {
            throw new NotFoundException("staff member", id);
        }
        audit.changed("staff_member", "id", id);
    }

    /** Deletes the student (their exam results go with them: cascade); the caller has removed their mobilities first. */
    public void eraseStudent(long id) {
        audit.deleting("student", "id", id);
        if (jdbc.sql("delete from student where id = :id").param("id", id).update() == 0) {
            throw new NotFoundException("student", id);
        }
    }

    public void eraseStaff(long id) {
        audit.deleting("staff_member", "id", id);
        if (jdbc.sql("delete from staff_member where id = :id").param("id", id).update() == 0) {
            throw new NotFoundException("staff member", id);
        }
    }

    /** The birth date an anonymised student keeps: 1 January of the year of birth. */
    public static LocalDate anonymisedBirthDate(LocalDate birthDate) {
        return LocalDate.of(birthDate.getYear(), 1, 1);
    }

    /** The first name an anonymised person gets (the code is the last name). */
    public static final String PSEUDONYM_FIRST_NAME = "Anonyme";
}
