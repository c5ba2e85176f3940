package fr.capmob.portal.budget;

import fr.capmob.portal.account.CurrentUser;
import fr.capmob.portal.account.Role;
import fr.capmob.portal.account.WorkItem;
import fr.capmob.portal.account.WorkItemSource;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The accountants' waiting work on their home page (a school's accountant: their school; a consortium accountant:
 * all): advances due, balances due, amounts to recover (open orders) and invoices to enter ({@link DueWork}), each a
 * count and a link to the filtered list. One SQL statement whatever the data; nothing for other roles.
 */
@Component
class BudgetWorkItems implements WorkItemSource {

    private static final String COUNTS = """
            select (select count(*) %1$s where %3$s and %5$s) as advances,
                   (select count(*) %1$s where %4$s and %5$s) as balances,
                   (select count(*) from recovery_order ro join mobility_view m on m.id = ro.mobility_id
                    where ro.state = 'OPEN' and %5$s) as recoveries,
                   (select count(*) from trip_view t where %2$s and (:all or %6$s)) as invoices"""
            .formatted(DueWork.MOBILITY_FROM, DueWork.INVOICE_DUE, DueWork.ADVANCE_DUE, DueWork.BALANCE_DUE,
                    "(:all or m.sending_school_id = :userSchool)", DueWork.TRIP_SCHOOL);

    private final JdbcClient jdbc;
    private final PaymentProperties properties;

    BudgetWorkItems(JdbcClient jdbc, PaymentProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    @Override
    public List<WorkItem> itemsFor(CurrentUser user) {
        if (user.role() != Role.ACCOUNTANT) {
            return List.of();
        }
        return jdbc.sql(COUNTS).param("all", user.seesWholeConsortium())
                .param("userSchool", user.schoolId() == null ? -1L : user.schoolId())
                .param("payableFrom", properties.payableFrom().name())
                .query((rs, n) -> List.of(
                        new WorkItem(210, "budget.work.advances", rs.getLong("advances"), "/payments/due?what=ADVANCES"),
                        new WorkItem(220, "budget.work.balances", rs.getLong("balances"), "/payments/due?what=BALANCES"),
                        new WorkItem(230, "budget.work.recoveries", rs.getLong("recoveries"),
                                "/payments/recoveries?state=OPEN"),
                        new WorkItem(240, "budget.work.invoices", rs.getLong("invoices"), "/payments/due?what=INVOICES")))
                .single();
    }
}
