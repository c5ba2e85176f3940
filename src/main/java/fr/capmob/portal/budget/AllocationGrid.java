package fr.capmob.portal.budget;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The rows of the allocation form: every member school of the project when they fit ({@link #LIMIT}), else those
 * whose name or UAI contains the filter, at most {@link #LIMIT}. The form saves the rows it shows; the totals count
 * every school, those not shown at their stored amounts ({@link #others}), so the form stays one page of bounded size
 * for a consortium of any size and nothing typed is lost to a page change.
 *
 * @param matching how many member schools match the filter (all of them without one)
 */
public record AllocationGrid(List<SchoolBudgetRow> rows, long matching) {

    /** The most rows of one form: 100 schools × 6 items ≈ 300 kB of HTML. */
    public static final int LIMIT = 100;

    /** Some matching schools are not shown: the filter must be narrowed to reach them. */
    public boolean truncated() {
        return matching > rows.size();
    }

    /** Per item, what the schools not shown keep: the project's allocation less the stored amounts of the rows shown. */
    public Map<BudgetItem, BigDecimal> others(ItemAmounts allocatedToAll) {
        Map<BudgetItem, BigDecimal> others = new EnumMap<>(BudgetItem.class);
        for (BudgetItem item : BudgetItem.values()) {
            BigDecimal shown = rows.stream().map(row -> row.allocated().get(item)).reduce(BigDecimal.ZERO, BigDecimal::add);
            others.put(item, allocatedToAll.get(item).subtract(shown));
        }
        return others;
    }
}
