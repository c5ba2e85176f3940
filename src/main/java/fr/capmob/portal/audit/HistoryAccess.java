package fr.capmob.portal.audit;

import fr.capmob.portal.account.CurrentUser;
import fr.capmob.portal.budget.ExpenditureService;
import fr.capmob.portal.mobility.MobilityDetails;
import fr.capmob.portal.mobility.MobilityService;
import fr.capmob.portal.participant.StaffService;
import fr.capmob.portal.participant.StudentDetails;
import fr.capmob.portal.participant.StudentService;
import fr.capmob.portal.shared.NotFoundException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who reads a record's history: whoever reads the record, through the owning module's own check (404 outside the
 * user's scope), limited to coordinators and the record's school (tutoring partners read a mobility, not its
 * history). Coordinators read every history, deleted records' too. Fields stay as restricted as on the record page:
 * the fewer-opportunities justification (coordinators and the student's school's referents), the report's free
 * texts (not accountants), and the report itself (coordinators and the sending school).
 */
@Component
class HistoryAccess {

    static final String JUSTIFICATION = "fewer_opportunities_justification";
    static final Set<String> REPORT_FREE_TEXTS = Set.of("learned", "free_comment", "practices");

    /** The tables of a record's history the user reads, and the columns whose values they may not see. */
    record Scope(List<AuditedTable> tables, Set<String> hiddenColumns) {
    }

    private final StudentService students;
    private final StaffService staff;
    private final MobilityService mobilities;
    private final ExpenditureService expenditures;

    HistoryAccess(StudentService students, StaffService staff, MobilityService mobilities,
                  ExpenditureService expenditures) {
        this.students = students;
        this.staff = staff;
        this.mobilities = mobilities;
        this.expenditures = expenditures;
    }

    /** @throws NotFoundException outside the user's scope; AccessDeniedException for a role that never reads it */
    Scope scope(AuditedRecord record, long id, CurrentUser user) {
        List<AuditedTable> tables = Arrays.stream(AuditedTable.values()).filter(t -> t.owner() == record).toList();
        if (user.isCoordinator()) {
            return new Scope(tables, Set.of());
        }
        return switch (record) {
            case STUDENT -> student(tables, id, user);
            case STAFF -> {
                staff.get(id, user);
                yield new Scope(tables, Set.of());
            }
            case MOBILITY -> mobility(tables, id, user);
            case EXPENDITURE -> {
                if (!user.isAccountant()) {
                    throw new AccessDeniedException("the ledgers are the accountants'");
                }
                expenditures.get(id, user);
                yield new Scope(tables, Set.of());
            }
            case USER, HOST, PROJECT -> throw new AccessDeniedException("coordinators only");
        };
    }

    private Scope student(List<AuditedTable> tables, long id, CurrentUser user) {
        StudentDetails student = students.get(id, user);
        return new Scope(tables, student.justificationVisible() ? Set.of() : Set.of(JUSTIFICATION));
    }

    private Scope mobility(List<AuditedTable> tables, long id, CurrentUser user) {
        MobilityDetails mobility = mobilities.get(id, user);
        long school = mobility.sendingSchoolId();
        if (!user.canRead(school)) {
            throw new NotFoundException("mobility history", id); // a tutoring partner's mobility
        }
        boolean ownSchool = user.schoolId() != null && user.schoolId() == school;
        List<AuditedTable> readable = ownSchool ? tables
                : tables.stream().filter(t -> t != AuditedTable.PARTICIPANT_REPORT).toList();
        return new Scope(readable, user.isAccountant() ? REPORT_FREE_TEXTS : Set.of());
    }
}
