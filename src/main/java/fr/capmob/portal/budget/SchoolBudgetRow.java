package fr.capmob.portal.budget;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

/**
 * One school within a project's budget (or one project within a school's budget): per item and paid in total; what
 * was allocated to the school stands for its granted amount.
 */
public record SchoolBudgetRow(long id, String label, ItemAmounts allocated, ItemAmounts planned, ItemAmounts committed,
                              PaidAmounts payments) {

    public List<ItemLine> lines() {
        MoneySums sums = new MoneySums(planned, committed, payments);
        return Arrays.stream(BudgetItem.values())
                .map(item -> new ItemLine(item, allocated.get(item), sums.figures(item, allocated.get(item)))).toList();
    }

    public BudgetFigures total() {
        return new MoneySums(planned, committed, payments).figures(allocated.total());
    }

    public BigDecimal paid() {
        return payments.total();
    }
}
