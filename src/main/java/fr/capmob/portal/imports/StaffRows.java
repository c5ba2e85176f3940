package fr.capmob.portal.imports;

import fr.capmob.portal.participant.LanguageSkills;
import fr.capmob.portal.participant.PersonNames;
import fr.capmob.portal.participant.StaffCommand;
import fr.capmob.portal.participant.StaffRole;
import fr.capmob.portal.participant.StaffService;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** Staff lines: required names and role, lengths, e-mail, languages ("en B2, es A1") and the duplicate rule. */
@Component
class StaffRows implements RowChecker {

    private final StaffService staff;
    private final Vocabulary vocabulary;

    StaffRows(StaffService staff, Vocabulary vocabulary) {
        this.staff = staff;
        this.vocabulary = vocabulary;
    }

    @Override
    public ImportKind kind() {
        return ImportKind.STAFF;
    }

    private record Seen(String names, String email, int line) {
    }

    @Override
    public List<ParsedRow<Object>> check(Sheet sheet, Headers.Mapping mapping, Long schoolId) {
        List<Seen> seen = new ArrayList<>();
        List<ParsedRow<Object>> rows = new ArrayList<>();
        for (Sheet.Line line : sheet.lines()) {
            RowReader row = new RowReader(line, mapping.columns());
            String lastName = row.text("lastName");
            String firstName = row.text("firstName");
            StaffRole role = null;
            String roleText = row.text("role");
            if (roleText != null) {
                role = vocabulary.value(roleText, StaffRole.class, "staff.role.").orElse(null);
                if (role == null) {
                    row.problem("role", "imports.cell.unknownRole", roleText);
                }
            }
            String email = row.email("email");
            String phone = row.text("phone");
            String subjects = row.text("subjects");
            String languages = row.text("languages");
            if (languages != null && !LanguageSkills.isValid(languages)) {
                row.problem("languages", "imports.cell.badLanguages", languages);
            }
            boolean clil = row.yesNo("clilCertified");
            if (lastName != null && firstName != null) {
                String names = PersonNames.normalise(lastName) + "|" + PersonNames.normalise(firstName);
                String lowerEmail = email == null ? null : email.toLowerCase(Locale.ROOT);
                Seen first = seen.stream().filter(s -> s.names().equals(names)
                        && (s.email() == null || lowerEmail == null || s.email().equals(lowerEmail))).findFirst().orElse(null);
                if (first != null) {
                    row.problem(null, "imports.row.duplicateInFile", first.line());
                } else if (schoolId != null && staff.isRecorded(schoolId, lastName, firstName, email)) {
                    row.problem(null, "imports.row.staffExists");
                }
                seen.add(new Seen(names, lowerEmail, row.line()));
            }
            StaffCommand command = row.problems().isEmpty()
                    ? new StaffCommand(schoolId, lastName, firstName, email, phone, role, subjects,
                    languages == null ? null : LanguageSkills.format(LanguageSkills.parse(languages)), clil)
                    : null;
            rows.add(new ParsedRow<>(row.line(), RowChecker.cells(line, mapping), List.copyOf(row.problems()), command));
        }
        return rows;
    }
}
