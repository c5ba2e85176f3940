package fr.capmob.portal.budget;

import fr.capmob.portal.account.CurrentUser;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Checks an expenditure's references against the data and the user's scope: the project is the school's, the
 * mobility (by reference) or the trip is of that school and project, not both, and the invoice is not recorded yet.
 * Every broken rule is reported at once.
 */
@Component
class ExpenditureChecks {

    private final JdbcClient jdbc;

    ExpenditureChecks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Returns the command with the mobility's id (from its reference). */
    ExpenditureCommand check(ExpenditureCommand command, Long id, CurrentUser user) {
        Long school = command.schoolId();
        if (school == null || !user.canRead(school)) {
            throw new BudgetRuleException("schoolId", "budget.expenditure.school.required");
        }
        long project = command.projectId() == null ? -1L : command.projectId();
        List<BudgetRuleException.Violation> violations = new ArrayList<>();
        if (!isMember(project, school)) {
            violations.add(new BudgetRuleException.Violation("projectId", "budget.expenditure.project.notOfSchool"));
        }
        String reference = command.mobilityReference() == null ? "" : command.mobilityReference().trim();
        Long mobilityId = reference.isEmpty() ? null : mobility(reference, school, project);
        if (!reference.isEmpty() && mobilityId == null) {
            violations.add(new BudgetRuleException.Violation("mobilityReference", "budget.expenditure.mobility.unknown"));
        }
        if (command.tripId() != null && !isTripOf(command.tripId(), school, project)) {
            violations.add(new BudgetRuleException.Violation("tripId", "budget.expenditure.trip.unknown"));
        }
        if (command.tripId() != null && !reference.isEmpty()) {
            violations.add(new BudgetRuleException.Violation("tripId", "budget.expenditure.oneTarget"));
        }
        if (isDuplicate(command, school, id)) {
            violations.add(new BudgetRuleException.Violation("invoiceNumber", "budget.expenditure.invoice.duplicate"));
        }
        if (!violations.isEmpty()) {
            throw new BudgetRuleException(violations);
        }
        return new ExpenditureCommand(command.projectId(), school, mobilityId, command.mobilityReference(), command.tripId(),
                command.category(), command.supplier(), command.invoiceNumber(), command.amount(), command.spentOn(),
                command.note());
    }

    private boolean isMember(long project, long school) {
        return jdbc.sql("select exists (select 1 from project_school where project_id = :p and school_id = :s)")
                .param("p", project).param("s", school).query(Boolean.class).single();
    }

    private Long mobility(String reference, long school, long project) {
        return jdbc.sql("select id from mobility_view where upper(reference) = upper(:ref) and sending_school_id = :s"
                        + " and project_id = :p order by id limit 1")
                .param("ref", reference).param("s", school).param("p", project).query(Long.class).optional().orElse(null);
    }

    private boolean isTripOf(long trip, long school, long project) {
        return jdbc.sql("""
                        select exists (select 1 from trip_view t
                                       where t.id = :t and :s = any(t.school_ids) and t.project_id = :p)""")
                .param("t", trip).param("s", school).param("p", project).query(Boolean.class).single();
    }

    private boolean isDuplicate(ExpenditureCommand command, long school, Long id) {
        if (command.supplier() == null || command.invoiceNumber() == null) {
            return false;
        }
        return jdbc.sql("""
                        select exists (select 1 from expenditure where school_id = :s and supplier = :supplier
                                       and invoice_number = :invoice and id <> :id)""")
                .param("s", school).param("supplier", command.supplier().trim())
                .param("invoice", command.invoiceNumber().trim()).param("id", id == null ? -1L : id)
                .query(Boolean.class).single();
    }
}
