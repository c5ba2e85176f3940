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
            String lastName = row.text("lastName");
            String firstName = row.text("firstName");
            LocalDate birthDate = row.pastDate("birthDate", today);
            Gender gender = null;
            String genderText = row.text("gender");
            if (genderText != null) {
                gender = vocabulary.value(genderText, Gender.class, "student.gender.").orElse(null);
                if (gender == null) {
                    row.problem("gender", "imports.cell.unknownGender", genderText);
                }
            }
            String nationality = "FR";
            String nationalityText = row.text("nationality");
            if (nationalityText != null) {
                nationality = vocabulary.country(nationalityText).orElse(null);
                if (nationality == null) {
                    row.problem("nationality", "imports.cell.unknownCountry", nationalityText);
                }
            }
            QualificationLevel level = null;
            String levelText = row.text("level");
            if (levelText != null) {
                level = vocabulary.value(levelText, QualificationLevel.class, "participant.level.").orElse(null);
                if (level == null) {
                    row.problem("level", "imports.cell.unknownLevel", levelText);
                }
            }
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
            String contactName = row.text("emergencyContactName");
            String contactPhone = row.text("emergencyContactPhone");
            if (lastName != null && firstName != null && birthDate != null) {
                String identity = PersonNames.normalise(lastName) + "|" + PersonNames.normalise(firstName) + "|" + birthDate;
                Integer first = seen.putIfAbsent(identity, row.line());
                if (first != null) {
                    row.problem(null, "imports.row.duplicateInFile", first);
                } else if (schoolId != null && students.isRecorded(schoolId, lastName, firstName, birthDate)) {
                    row.problem(null, "imports.row.studentExists");
                }
            }
            StudentCommand command = row.problems().isEmpty()
                    ? new StudentCommand(schoolId, lastName, firstName, birthDate, gender, nationality, email, phone, level,
                    specialty, className, fewerOpportunities, fewerOpportunities ? justification : null, needsSupport,
                    consent, contactName, contactPhone)
                    : null;
            rows.add(new ParsedRow<>(row.line(), RowChecker.cells(line, mapping), List.copyOf(row.problems()), command));
        }
        return rows;
    }
}
