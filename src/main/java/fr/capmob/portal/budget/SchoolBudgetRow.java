package fr.capmob.portal.budget;

import java.math.BigDecimal;

/** One school within a project's budget (or one project within a school's budget): per item and paid in total. */
public record SchoolBudgetRow(long id, String label, ItemAmounts allocated, ItemAmounts planned, ItemAmounts committed,
                              BigDecimal paid) {

    public java.util.List<ItemLine> lines() {
        return java.util.Arrays.stream(BudgetItem.values()).map(item -> new ItemLine(item, allocated.get(item),
                new BudgetFigures(allocated.get(item), planned.get(item), committed.get(item), null))).toList();
    }

    /** Allocated as the "granted" amount of the school. */
    public BudgetFigures total() {
        return new BudgetFigures(allocated.total(), planned.total(), committed.total(), paid);
    }
}
