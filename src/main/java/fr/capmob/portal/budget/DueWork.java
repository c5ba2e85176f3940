package fr.capmob.portal.budget;

import fr.capmob.portal.mobility.MobilityStage;
import fr.capmob.portal.mobility.MobilityStatus;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * What waits for an accountant, each defined once in SQL (counted by {@link BudgetWorkItems}, listed by
 * {@link DueService}): advances due (a mobility at the status its project pays from, not reported, owed something,
 * nothing paid yet), balances due (reported, paid less than owed), and invoices to enter (a group trip that has
 * started, with a committed mobility and no expenditure recorded against it yet). Amounts to recover are the open
 * recovery orders ({@link RecoveryService}).
 */
public enum DueWork {
    ADVANCES,
    BALANCES,
    INVOICES;

    /** Mobilities (alias {@code m} of mobility_view, {@code mm} of budget_mobility_money, {@code ps} the setting). */
    static final String MOBILITY_FROM = """
             from mobility_view m
             join budget_mobility_money mm on mm.mobility_id = m.id
             left join project_payment_setting ps on ps.project_id = m.project_id""";

    /** The statuses in lifecycle order (cancellation aside), to compare a status with the project's payable-from. */
    private static final String RANK = "array_position(array[" + Arrays.stream(MobilityStatus.values())
            .filter(s -> s != MobilityStatus.CANCELLED).map(s -> "'" + s.name() + "'").collect(Collectors.joining(","))
            + "]::text[], %s)";

    static final String ADVANCE_DUE = "m.status <> '%s' and m.status <> '%s' and ".formatted(MobilityStatus.CANCELLED,
            MobilityStatus.REPORTED) + RANK.formatted("m.status::text") + " >= "
            + RANK.formatted("coalesce(ps.payable_from, :payableFrom)::text") + " and mm.owed > 0 and mm.paid <= 0";

    static final String BALANCE_DUE = "m.status = '%s' and mm.paid < mm.owed".formatted(MobilityStatus.REPORTED);

    /** Trips (alias {@code t} of trip_view). */
    static final String INVOICE_DUE = """
            t.start_date <= current_date
            and exists (select 1 from mobility_view tm where tm.trip_id = t.id and tm.stage = '%s')
            and not exists (select 1 from expenditure e where e.trip_id = t.id)""".formatted(MobilityStage.COMMITTED);

    /** The school scope of a trip for a school's accountant. */
    static final String TRIP_SCHOOL = ":userSchool = any(t.school_ids)";
}
