package fr.capmob.portal.budget;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * The budget of one project: per item granted, allocated to schools, planned, committed; the payments in total
 * (payments go to participants, not to an item); the advance share and the version of the project's budget settings
 * (allocations and share are saved together, under this one version).
 */
public record ProjectBudget(long id, String number, String title, ItemAmounts granted, ItemAmounts allocated,
                            ItemAmounts planned, ItemAmounts committed, PaidAmounts payments, BigDecimal advanceShare,
                            long version, String updatedBy, Instant updatedAt) {

    public List<ItemLine> lines() {
        MoneySums sums = new MoneySums(planned, committed, payments);
        return Arrays.stream(BudgetItem.values())
                .map(item -> new ItemLine(item, allocated.get(item), sums.figures(item, granted.get(item)))).toList();
    }

    public BudgetFigures total() {
        return new MoneySums(planned, committed, payments).figures(granted.total());
    }

    public BigDecimal paid() {
        return payments.total();
    }
}
