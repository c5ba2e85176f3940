package fr.capmob.portal.budget;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;

/** The sums of {@link BudgetSql#SUMS}: planned and committed per item, and the payments. */
record MoneySums(ItemAmounts planned, ItemAmounts committed, PaidAmounts paid) {

    static final MoneySums ZERO = new MoneySums(ItemAmounts.ZERO, ItemAmounts.ZERO, PaidAmounts.ZERO);

    static MoneySums read(ResultSet rs) throws SQLException {
        return new MoneySums(ItemAmounts.read(rs, "planned_"), ItemAmounts.read(rs, "committed_"), PaidAmounts.read(rs));
    }

    /** The figures of these sums against a granted (or allocated) amount. */
    BudgetFigures figures(BigDecimal granted) {
        return new BudgetFigures(granted, planned.total(), committed.total(), paid);
    }

    /** The figures of one item (no payments: they are not booked per item). */
    BudgetFigures figures(BudgetItem item, BigDecimal granted) {
        return new BudgetFigures(granted, planned.get(item), committed.get(item), null);
    }
}
