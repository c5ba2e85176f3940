package fr.capmob.portal.budget;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.Map;

/** An amount per budget item, and their total (which may differ from the sum of the items by rounding). */
public record ItemAmounts(Map<BudgetItem, BigDecimal> items, BigDecimal total) {

    private static final BigDecimal NONE = BigDecimal.ZERO.setScale(2);

    public static final ItemAmounts ZERO = ofItems(Map.of());

    public BigDecimal get(BudgetItem item) {
        return items.getOrDefault(item, NONE);
    }

    /** Reads the columns {@code <prefix><item column>} and {@code <prefix>total} (see {@link BudgetSql#SUMS}). */
    static ItemAmounts read(ResultSet rs, String prefix) throws SQLException {
        Map<BudgetItem, BigDecimal> items = new EnumMap<>(BudgetItem.class);
        for (BudgetItem item : BudgetItem.values()) {
            items.put(item, rs.getBigDecimal(prefix + BudgetSql.column(item)));
        }
        return new ItemAmounts(Map.copyOf(items), rs.getBigDecimal(prefix + "total"));
    }

    /** Items summed (e.g. allocations), total = their sum. */
    static ItemAmounts ofItems(Map<BudgetItem, BigDecimal> items) {
        Map<BudgetItem, BigDecimal> copy = new EnumMap<>(BudgetItem.class);
        BigDecimal total = NONE;
        for (BudgetItem item : BudgetItem.values()) {
            BigDecimal value = items.getOrDefault(item, NONE);
            copy.put(item, value);
            total = total.add(value);
        }
        return new ItemAmounts(Map.copyOf(copy), total);
    }
}
