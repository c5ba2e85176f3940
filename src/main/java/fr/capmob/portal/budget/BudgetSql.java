package fr.capmob.portal.budget;

import fr.capmob.portal.mobility.MobilityStage;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The SQL every money figure is computed from, so that the pages, the payment form, the M9.6 report and the
 * exports can never disagree. It reads mobilities only through the mobility module's published view
 * {@code mobility_view}, whose {@code budget_stage} and {@code budget_*} columns define what a mobility weighs in a
 * budget (PLANNED: the live grant; COMMITTED: the frozen grant, or exactly the costs of a force-majeure cancellation,
 * under exceptional costs; null: nothing).
 *
 * <p>{@link #MOBILITY_MONEY} gives one line per mobility (every mobility, counted or not, since a cancelled one may
 * have been paid): its budget stage, its amount per item, and
 * <ul>
 *   <li>{@code owed}: what the mobility owes its participant now ({@code budget_total}; 0 when it counts nowhere);</li>
 *   <li>{@code paid}: its payments, corrections deducted;</li>
 *   <li>{@code settled}: what was paid of what it owes, {@code least(paid, owed)}; the rest of the payments,
 *       {@code paid − settled}, is money to recover, less</li>
 *   <li>{@code written_off}: what of it the accountant gave up recovering (recovery orders written off).</li>
 * </ul>
 * {@link BudgetFigures} derives available, still to pay and to recover from these sums.
 */
public final class BudgetSql {

    private BudgetSql() {
    }

    /**
     * One line per mobility (alias it, e.g. {@code (MOBILITY_MONEY) mm}, and filter on {@code mm.project_id},
     * {@code mm.school_id}, {@code mm.mobility_id}): columns {@code mobility_id, project_id, school_id, stage, travel,
     * individual, organisational, inclusion, exceptional, owed, paid, written_off, settled}. Item amounts are exact (unrounded).
     */
    public static final String MOBILITY_MONEY = """
            select x.*, least(x.paid, x.owed) as settled
            from (select m.id as mobility_id, m.project_id, m.sending_school_id as school_id, m.budget_stage as stage,
                         m.budget_travel as travel, m.budget_individual as individual,
                         m.budget_organisational as organisational, m.budget_inclusion as inclusion,
                         m.budget_exceptional as exceptional, m.budget_total as owed,
                         (select coalesce(sum(pa.amount), 0) from payment pa where pa.mobility_id = m.id) as paid,
                         (select coalesce(sum(ro.written_off_amount), 0) from recovery_order ro
                          where ro.mobility_id = m.id and ro.state = 'WRITTEN_OFF') as written_off
                  from mobility_view m) x""";

    /** The column of each item in {@link #MOBILITY_MONEY}. */
    static String column(BudgetItem item) {
        return switch (item) {
            case TRAVEL -> "travel";
            case INDIVIDUAL_SUPPORT -> "individual";
            case ORGANISATIONAL_SUPPORT -> "organisational";
            case INCLUSION_SUPPORT -> "inclusion";
            case EXCEPTIONAL_COSTS -> "exceptional";
        };
    }

    /**
     * The sums of a selection of {@link #MOBILITY_MONEY} (alias {@code mm}), read by {@link MoneySums#read}: per stage
     * ({@code planned_*}, {@code committed_*}) each item rounded to the cent once, after the sum, and the total;
     * {@code paid}, {@code written_off}, {@code paid_committed}, {@code paid_planned} (settled amounts of each stage).
     */
    static final String SUMS = stageSums(MobilityStage.PLANNED) + ",\n" + stageSums(MobilityStage.COMMITTED) + """
            ,
            coalesce(sum(mm.paid), 0) as paid,
            coalesce(sum(mm.written_off), 0) as written_off,
            coalesce(sum(mm.settled) filter (where mm.stage = '%s'), 0) as paid_committed,
            coalesce(sum(mm.settled) filter (where mm.stage = '%s'), 0) as paid_planned""".formatted(
            MobilityStage.COMMITTED, MobilityStage.PLANNED);

    /** Per item {@code <stage>_<item>} (the sum rounded once) and {@code <stage>_total} of one budget stage. */
    private static String stageSums(MobilityStage stage) {
        String prefix = stage.name().toLowerCase(java.util.Locale.ROOT);
        return Arrays.stream(BudgetItem.values())
                .map(item -> "round(coalesce(sum(mm.%1$s) filter (where mm.stage = '%2$s'), 0), 2) as %3$s_%1$s"
                        .formatted(column(item), stage, prefix))
                .collect(Collectors.joining(",\n"))
                + ",\ncoalesce(sum(mm.owed) filter (where mm.stage = '%s'), 0) as %s_total".formatted(stage, prefix);
    }

    /**
     * {@link #SUMS} of the mobilities matching {@code condition} (on {@code mm}, naming only {@code mm.project_id} and
     * {@code mm.school_id}), grouped by {@code keys} (or none). They are read from {@link #SUMMARY}, which holds the
     * exact sums of {@link #MOBILITY_MONEY} per project, school and stage: the same figures, without reading every
     * mobility and payment.
     */
    static String sums(String keys, String condition) {
        return sumsFrom(SUMMARY, keys, condition);
    }

    private static String sumsFrom(String table, String keys, String condition) {
        String select = keys.isEmpty() ? "" : keys + ", ";
        String groupBy = keys.isEmpty() ? "" : " group by " + keys;
        return "select " + select + SUMS + "\nfrom " + table + " mm where " + condition + groupBy;
    }

    /**
     * The sums of {@link #MOBILITY_MONEY} per project, school and stage ({@code ''} when the mobility counts nowhere),
     * unrounded, with the same columns; kept by triggers in the transaction of every change of a mobility, its grant
     * or its payments (migration V25_1).
     */
    static final String SUMMARY = "budget_money_sum";

    /** {@link #SUMMARY}'s columns summed per project and stage, kept by a trigger on it (migration V45_1). */
    static final String PROJECT_SUMMARY = "budget_project_money_sum";

    /**
     * {@link #SUMS} per project read from {@link #PROJECT_SUMMARY} (on {@code mm}, naming only {@code mm.project_id}),
     * grouped by {@code keys} (or none): the same figures as {@link #sums}, without reading a row per school.
     */
    static String projectSums(String keys, String condition) {
        return sumsFrom(PROJECT_SUMMARY, keys, condition);
    }

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
