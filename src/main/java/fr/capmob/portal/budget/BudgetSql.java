package fr.capmob.portal.budget;

/**
 * The SQL that every budget figure is computed from, so that the pages, the payment form and the M9.6 report
 * can never disagree.
 *
 * <p>{@link #GRANTS} gives one line per mobility that counts in a budget, with its stage and its amount per budget
 * item:
 * <ul>
 *   <li>PLANNED: DRAFT, SUBMITTED, APPROVED (the grant is still computed live);</li>
 *   <li>COMMITTED: CONFIRMED, IN_PROGRESS, COMPLETED, REPORTED (the grant is frozen), and a CANCELLED mobility
 *       cancelled for force majeure with costs incurred: it commits exactly those costs (rounded to the cent),
 *       booked under EXCEPTIONAL_COSTS, and nothing else;</li>
 *   <li>any other cancelled mobility, or a mobility without a grant row, counts nowhere.</li>
 * </ul>
 * Item amounts are the exact (unrounded) breakdown; totals are {@code mobility_grant.total} (rounded once, by
 * the grant computation). Sums of items are rounded to the cent when shown.
 */
final class BudgetSql {

    private BudgetSql() {
    }

    static final String PLANNED_STATUSES = "('DRAFT', 'SUBMITTED', 'APPROVED')";

    /** A sub-select; add conditions on {@code m} with {@code and ...} after it inside the parentheses. */
    static final String GRANTS = """
            select m.id as mobility_id, m.project_id, m.sending_school_id as school_id,
                   case when m.status in ('DRAFT', 'SUBMITTED', 'APPROVED') then 'PLANNED' else 'COMMITTED' end as stage,
                   case when m.status = 'CANCELLED' then 0 else g.travel_support end as travel,
                   case when m.status = 'CANCELLED' then 0 else g.individual_support end as individual,
                   case when m.status = 'CANCELLED' then 0 else g.organisational_support end as organisational,
                   case when m.status = 'CANCELLED' then 0 else g.inclusion_organisation + g.inclusion_participant end as inclusion,
                   case when m.status = 'CANCELLED' then g.force_majeure_costs
                        else g.exceptional_travel + g.force_majeure_costs end as exceptional,
                   case when m.status = 'CANCELLED' then round(g.force_majeure_costs, 2) else g.total end as total
            from mobility m join mobility_grant g on g.mobility_id = m.id
            where (m.status <> 'CANCELLED' or (m.force_majeure and g.force_majeure_costs > 0))""";

    /** The five item sums and the total of a grouped {@link #GRANTS} selection (aliased {@code gr}). */
    static final String ITEM_SUMS = """
            round(coalesce(sum(gr.travel), 0), 2) as travel, round(coalesce(sum(gr.individual), 0), 2) as individual,
            round(coalesce(sum(gr.organisational), 0), 2) as organisational, round(coalesce(sum(gr.inclusion), 0), 2) as inclusion,
            round(coalesce(sum(gr.exceptional), 0), 2) as exceptional, coalesce(sum(gr.total), 0) as total""";

    /** The granted amount of each item on the project table (alias {@code p}). */
    static String grantedColumn(BudgetItem item) {
        return switch (item) {
            case TRAVEL -> "p.granted_travel";
            case INDIVIDUAL_SUPPORT -> "p.granted_individual_support";
            case ORGANISATIONAL_SUPPORT -> "p.granted_organisational_support";
            case INCLUSION_SUPPORT -> "p.granted_inclusion_support";
            case EXCEPTIONAL_COSTS -> "p.granted_exceptional_costs";
        };
    }

    static final String GRANTED_TOTAL = "(p.granted_travel + p.granted_individual_support + p.granted_organisational_support"
            + " + p.granted_inclusion_support + p.granted_exceptional_costs)";
}
