package fr.capmob.portal.budget;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * The budget of one project: per item granted, allocated to schools, planned, committed; paid in total (payments
 * go to participants, not to an item); the advance share and the version of the project's budget settings
 * (allocations and share are saved together, under this one version).
 */
public record ProjectBudget(long id, String number, String title, ItemAmounts granted, ItemAmounts allocated,
                            ItemAmounts planned, ItemAmounts committed, BigDecimal paid, BigDecimal advanceShare,
                            long version, String updatedBy, Instant updatedAt) {

    public List<ItemLine> lines() {
        return java.util.Arrays.stream(BudgetItem.values()).map(item -> new ItemLine(item, allocated.get(item),
                new BudgetFigures(granted.get(item), planned.get(item), committed.get(item), null))).toList();
    }

    public BudgetFigures total() {
        return new BudgetFigures(granted.total(), planned.total(), committed.total(), paid);
    }
}
