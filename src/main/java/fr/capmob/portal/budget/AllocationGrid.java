package fr.capmob.portal.budget;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Page;

/**
 * The rows of the allocation form: one page of {@link #PAGE_SIZE} member schools of the project (those whose name or
 * UAI contains the filter, when there is one). The form saves the rows it shows; the totals count every school, those
 * not shown at their stored amounts ({@link #others}), so the form stays of bounded size for a consortium of any size.
 *
 * @param page the schools shown, with the number of matching schools (all members without a filter)
 */
public record AllocationGrid(Page<SchoolBudgetRow> page) {

    /** The schools of one page: 20 schools × 6 items. */
    public static final int PAGE_SIZE = 20;

    public List<SchoolBudgetRow> rows() {
        return page.getContent();
    }

    /** How many member schools match the filter (all of them without one), on every page. */
    public long matching() {
        return page.getTotalElements();
    }

    /** Some matching schools are on other pages. */
    public boolean paged() {
        return page.getTotalPages() > 1;
    }

    /** Per item, what the schools not shown keep: the project's allocation less the stored amounts of the rows shown. */
    public Map<BudgetItem, BigDecimal> others(ItemAmounts allocatedToAll) {
        Map<BudgetItem, BigDecimal> others = new EnumMap<>(BudgetItem.class);
        for (BudgetItem item : BudgetItem.values()) {
            BigDecimal shown = rows().stream().map(row -> row.allocated().get(item)).reduce(BigDecimal.ZERO, BigDecimal::add);
            others.put(item, allocatedToAll.get(item).subtract(shown));
        }
        return others;
    }
}
