package fr.capmob.portal.imports;

import fr.capmob.portal.consortium.QualificationLevel;
import fr.capmob.portal.participant.Gender;
import fr.capmob.portal.participant.PersonNames;
import fr.capmob.portal.participant.StudentCommand;
import fr.capmob.portal.participant.StudentService;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Student lines: the form's rules (required fields, lengths, dates, e-mail) and the service's (country, duplicates). */
@Component
class StudentRows implements RowChecker {

    private final StudentService students;
    private final Vocabulary vocabulary;

    StudentRows(StudentService students, Vocabulary vocabulary) {
        this.students = students;
        this.vocabulary = vocabulary;
    }

    @Override
    public ImportKind kind() {
        return ImportKind.STUDENTS;
    }

    @Override
    public List<ParsedRow<Object>> check(Sheet sheet, Headers.Mapping mapping, Long schoolId) {
        LocalDate today = students.today();
        Map<String, Integer> seen = new HashMap<>();
        List<ParsedRow<Object>> rows = new ArrayList<>();
        for (Sheet.Line line : sheet.lines()) {
            RowReader row = new RowReader(line, mapping.columns());
            StudentCommand command = read(row, schoolId, today);
            if (command.lastName() != null && command.firstName() != null && command.birthDate() != null) {
                checkDuplicate(row, command, seen);
            }
            rows.add(RowChecker.parsed(row, line, mapping, () -> command));
        }
        return rows;
    }

    /** The student of the line, each cell read in the order of the columns (a wrong cell leaves its value null). */
    private StudentCommand read(RowReader row, Long schoolId, LocalDate today) {
        String lastName = row.text("lastName");
        String firstName = row.text("firstName");
        LocalDate birthDate = row.pastDate("birthDate", today);
        Gender gender = row.coded("gender", text -> vocabulary.value(text, Gender.class, "student.gender."),
                "imports.cell.unknownGender", null);
        String nationality = row.coded("nationality", vocabulary::country, "imports.cell.unknownCountry", "FR");
        QualificationLevel level = row.coded("level",
                text -> vocabulary.value(text, QualificationLevel.class, "participant.level."), "imports.cell.unknownLevel", null);
        String specialty = row.text("specialty");
        String className = row.text("className");
        String email = row.email("email");
        String phone = row.text("phone");
        boolean fewerOpportunities = row.yesNo("fewerOpportunities");
        String justification = row.text("justification");
        if (fewerOpportunities && justification == null) {
            row.problem("fewerOpportunities", "imports.row.justificationRequired");
        }
        boolean needsSupport = row.yesNo("needsSupport");
        LocalDate consent = row.pastDate("parentalConsentDate", today);
        return new StudentCommand(schoolId, lastName, firstName, birthDate, gender, nationality, email, phone, level,
                specialty, className, fewerOpportunities, fewerOpportunities ? justification : null, needsSupport,
                consent, row.text("emergencyContactName"), row.text("emergencyContactPhone"));
    }

    /** The same person twice in the file (same names and birth date), or already in the school. */
    private void checkDuplicate(RowReader row, StudentCommand student, Map<String, Integer> seen) {
        String identity = PersonNames.normalise(student.lastName()) + "|" + PersonNames.normalise(student.firstName())
                + "|" + student.birthDate();
        Integer first = seen.putIfAbsent(identity, row.line());
        if (first != null) {
            row.problem(null, "imports.row.duplicateInFile", first);
        } else if (student.schoolId() != null && students.isRecorded(student.schoolId(), student.lastName(),
                student.firstName(), student.birthDate())) {
            row.problem(null, "imports.row.studentExists");
        }
    }
}
