package fr.capmob.portal.participant;

import fr.capmob.portal.geo.Countries;
import fr.capmob.portal.account.CurrentUser;
import fr.capmob.portal.account.SchoolDirectory;
import fr.capmob.portal.consortium.QualificationLevel;
import fr.capmob.portal.shared.NotFoundException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The students of the schools. Referents manage their own school's; coordinators every school's; accountants
 * read their scope (their school, or every school when consortium-wide). A student outside the user's scope
 * does not exist for them (404).
 */
@Service
@Transactional(readOnly = true)
public class StudentService {

    /** Sort keys offered by the list, mapped to SQL columns. */
    public static final Map<String, String> SORT_KEYS = Map.of(
            "name", "s.normalised_last_name,s.normalised_first_name",
            "birthDate", "s.birth_date",
            "class", "s.class_name",
            "level", levelOrder());

    /** Levels sort in the order of the qualifications (CAP first), not alphabetically; no comma (ListQuery splits on it). */
    private static String levelOrder() {
        StringBuilder order = new StringBuilder("case s.qualification_level");
        for (QualificationLevel level : QualificationLevel.values()) {
            order.append(" when '").append(level.name()).append("' then ").append(level.ordinal());
        }
        return order.append(" end").toString();
    }

    private final StudentRepository students;
    private final SchoolDirectory schools;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final ParticipantUsage usage;
    private final StudentSearch search;

    StudentService(StudentRepository students, SchoolDirectory schools, JdbcClient jdbc, Clock clock,
                   ParticipantUsage usage, StudentSearch search) {
        this.search = search;
        this.students = students;
        this.schools = schools;
        this.jdbc = jdbc;
        this.clock = clock;
        this.usage = usage;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Coordinators and referents change students (referents: of their school only). */
    public static boolean mayManage(CurrentUser user) {
        return user.isCoordinator() || user.isReferent();
    }

    /** Coordinators and the referents of the student's school read the fewer-opportunities justification. */
    static boolean mayReadJustification(CurrentUser user, long schoolId) {
        return user.isCoordinator() || (user.isReferent() && user.schoolId() != null && user.schoolId() == schoolId);
    }

    /** One page of the students the user may see, filtered and sorted in SQL: the same statements whatever the size. */
    public Page<StudentSummary> search(StudentFilter filter, Pageable pageable, CurrentUser user) {
        return search.search(filter, pageable, user, today());
    }

    /**
     * The class filter's choices: the classes of one school (the user's, or the one chosen); null for a consortium-wide
     * user who chose no school, whose filter is a text field (a nation's schools have thousands of classes).
     */
    public List<String> classes(CurrentUser user, Long chosenSchoolId) {
        if (user.seesWholeConsortium() && chosenSchoolId == null) {
            return null;
        }
        return search.classes(user, chosenSchoolId);
    }

    public StudentDetails get(long id, CurrentUser user) {
        Long schoolId = jdbc.sql("select school_id from student where id = :id").param("id", id)
                .query(Long.class).optional().orElseThrow(() -> new NotFoundException("student", id));
        if (!user.canRead(schoolId)) {
            throw new NotFoundException("student", id);
        }
        boolean justificationVisible = mayReadJustification(user, schoolId);
        // the justification is not even read for users who may not see it
        String justification = justificationVisible ? "s.fewer_opportunities_justification" : "null";
        StudentDetails row = jdbc.sql("""
                        select s.id, s.version, s.school_id, s.last_name, s.first_name, s.birth_date, s.gender,
                               s.nationality, s.email, s.phone, s.qualification_level, s.specialty, s.class_name,
                               s.fewer_opportunities, %s as justification, s.needs_support, s.parental_consent_date,
                               s.emergency_contact_name, s.emergency_contact_phone, s.updated_at, s.updated_by, s.language
                        from student s where s.id = :id""".formatted(justification))
                .param("id", id)
                .query((rs, n) -> new StudentDetails(rs.getLong("id"), rs.getLong("version"), rs.getLong("school_id"), null,
                        rs.getString("last_name"), rs.getString("first_name"), rs.getObject("birth_date", LocalDate.class),
                        rs.getString("gender") == null ? null : Gender.valueOf(rs.getString("gender")),
                        rs.getString("nationality"), rs.getString("email"), rs.getString("phone"),
                        QualificationLevel.valueOf(rs.getString("qualification_level")), rs.getString("specialty"),
                        rs.getString("class_name"), rs.getBoolean("fewer_opportunities"), justificationVisible,
                        rs.getString("justification"), rs.getBoolean("needs_support"),
                        rs.getObject("parental_consent_date", LocalDate.class), rs.getString("emergency_contact_name"),
                        rs.getString("emergency_contact_phone"),
                        rs.getTimestamp("updated_at").toInstant(), rs.getString("updated_by"),
                        mayManage(user) && user.canRead(schoolId), rs.getString("language")))
                .single();
        String schoolName = schools.namesOf(List.of(schoolId)).get(schoolId);
        return new StudentDetails(row.id(), row.version(), row.schoolId(), schoolName, row.lastName(), row.firstName(),
                row.birthDate(), row.gender(), row.nationality(), row.email(), row.phone(), row.qualificationLevel(),
                row.specialty(), row.className(), row.fewerOpportunities(), row.justificationVisible(),
                row.fewerOpportunitiesJustification(), row.needsSupport(), row.parentalConsentDate(),
                row.emergencyContactName(), row.emergencyContactPhone(), row.updatedAt(), row.updatedBy(), row.editable(),
                row.language());
    }

    /** Whether the student is a minor on the given date (e.g. a mobility's departure), computed from the birth date. */
    public boolean isMinorOn(long studentId, LocalDate date) {
        return students.findById(studentId).orElseThrow(() -> new NotFoundException("student", studentId)).isMinorOn(date);
    }

    /** Whether that school already has this student (same normalised names and birth date): the duplicate rule. */
    public boolean isRecorded(long schoolId, String lastName, String firstName, LocalDate birthDate) {
        return !students.findSamePerson(schoolId, PersonNames.normalise(lastName), PersonNames.normalise(firstName),
                birthDate).isEmpty();
    }

    /** The stored values of a student the user manages, for the edit form and the conflict page. */
    public StudentCommand commandOf(long id, CurrentUser user) {
        return loadManaged(id, user).toCommand();
    }

    /** The version of a student the user manages (403 for read-only roles, 404 outside their school). */
    public long versionOf(long id, CurrentUser user) {
        return loadManaged(id, user).getVersion();
    }

    @Transactional
    public long create(StudentCommand command, CurrentUser user) {
        requireManager(user);
        long schoolId = schoolFor(command, user);
        checkRules(command, schoolId, null);
        Student student = new Student(schoolId);
        student.apply(command, schoolId);
        return students.saveAndFlush(student).getId();
    }

    @Transactional
    public void update(long id, long version, StudentCommand command, CurrentUser user) {
        Student student = loadManaged(id, user);
        student.checkVersion(version);
        long schoolId = user.isCoordinator() ? schoolFor(command, user) : student.getSchoolId();
        checkRules(command, schoolId, student.getId());
        student.apply(command, schoolId);
        students.flush();
    }

    /** Deletes a student no mobility refers to. */
    @Transactional
    public void delete(long id, CurrentUser user) {
        Student student = loadManaged(id, user);
        var dependants = usage.dependantsOfStudent(id);
        if (!dependants.isEmpty()) {
            throw new fr.capmob.portal.shared.DependentRecordsException(dependants);
        }
        students.delete(student);
        students.flush();
    }

    private void checkRules(StudentCommand command, long schoolId, Long currentId) {
        if (!Countries.isKnown(command.nationality())) {
            throw new ParticipantRuleException("nationality", "student.nationality.unknown");
        }
        if (command.birthDate().isAfter(today())) {
            throw new ParticipantRuleException("birthDate", "student.birthDate.future");
        }
        if (command.fewerOpportunities() && (command.fewerOpportunitiesJustification() == null
                || command.fewerOpportunitiesJustification().isBlank())) {
            throw new ParticipantRuleException("fewerOpportunitiesJustification", "student.justification.required");
        }
        for (Student same : students.findSamePerson(schoolId, PersonNames.normalise(command.lastName()),
                PersonNames.normalise(command.firstName()), command.birthDate())) {
            if (!same.getId().equals(currentId)) {
                throw new DuplicateParticipantException(same.getId(), same.getLastName() + " " + same.getFirstName());
            }
        }
    }

    private long schoolFor(StudentCommand command, CurrentUser user) {
        if (!user.isCoordinator()) {
            return user.schoolId();
        }
        if (command.schoolId() == null || !schools.exists(command.schoolId())) {
            throw new ParticipantRuleException("schoolId", "participant.school.required");
        }
        return command.schoolId();
    }

    private Student loadManaged(long id, CurrentUser user) {
        requireManager(user);
        Student student = students.findById(id).orElseThrow(() -> new NotFoundException("student", id));
        if (!user.canRead(student.getSchoolId())) {
            throw new NotFoundException("student", id);
        }
        return student;
    }

    static void requireManager(CurrentUser user) {
        if (!mayManage(user)) {
            throw new AccessDeniedException("read-only role");
        }
        if (user.isReferent() && user.schoolId() == null) {
            throw new AccessDeniedException("referent without a school");
        }
    }
}
