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
            StaffCommand command = read(row, schoolId);
            if (command.lastName() != null && command.firstName() != null) {
                checkDuplicate(row, command, seen);
            }
            rows.add(RowChecker.parsed(row, line, mapping, () -> command));
        }
        return rows;
    }

    /** The staff member of the line, each cell read in the order of the columns (a wrong cell leaves its value null). */
    private StaffCommand read(RowReader row, Long schoolId) {
        String lastName = row.text("lastName");
        String firstName = row.text("firstName");
        StaffRole role = row.coded("role", text -> vocabulary.value(text, StaffRole.class, "staff.role."),
                "imports.cell.unknownRole", null);
        String email = row.email("email");
        String phone = row.text("phone");
        String subjects = row.text("subjects");
        String languages = row.text("languages");
        if (languages != null && !LanguageSkills.isValid(languages)) {
            row.problem("languages", "imports.cell.badLanguages", languages);
            languages = null;
        }
        boolean clil = row.yesNo("clilCertified");
        return new StaffCommand(schoolId, lastName, firstName, email, phone, role, subjects,
                languages == null ? null : LanguageSkills.format(LanguageSkills.parse(languages)), clil);
    }

    /** The same names twice in the file or in the school (a different e-mail address makes another person). */
    private void checkDuplicate(RowReader row, StaffCommand member, List<Seen> seen) {
        String names = PersonNames.normalise(member.lastName()) + "|" + PersonNames.normalise(member.firstName());
        String lowerEmail = member.email() == null ? null : member.email().toLowerCase(Locale.ROOT);
        Seen first = seen.stream().filter(s -> s.names().equals(names)
                && (s.email() == null || lowerEmail == null || s.email().equals(lowerEmail))).findFirst().orElse(null);
        if (first != null) {
            row.problem(null, "imports.row.duplicateInFile", first.line());
        } else if (member.schoolId() != null && staff.isRecorded(member.schoolId(), member.lastName(), member.firstName(),
                member.email())) {
            row.problem(null, "imports.row.staffExists");
        }
        seen.add(new Seen(names, lowerEmail, row.line()));
    }
}
