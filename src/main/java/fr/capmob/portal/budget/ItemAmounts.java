package fr.capmob.portal.budget;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.Map;

/** An amount per budget item, and their total (which may differ from the sum of the items by rounding). */
public record ItemAmounts(Map<BudgetItem, BigDecimal> items, BigDecimal total) {

    public static final ItemAmounts ZERO = of(BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2),
            BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2));

    public BigDecimal get(BudgetItem item) {
        return items.getOrDefault(item, BigDecimal.ZERO.setScale(2));
    }

    static ItemAmounts of(BigDecimal travel, BigDecimal individual, BigDecimal organisational, BigDecimal inclusion,
                          BigDecimal exceptional, BigDecimal total) {
        Map<BudgetItem, BigDecimal> items = new EnumMap<>(BudgetItem.class);
        items.put(BudgetItem.TRAVEL, travel);
        items.put(BudgetItem.INDIVIDUAL_SUPPORT, individual);
        items.put(BudgetItem.ORGANISATIONAL_SUPPORT, organisational);
        items.put(BudgetItem.INCLUSION_SUPPORT, inclusion);
        items.put(BudgetItem.EXCEPTIONAL_COSTS, exceptional);
        return new ItemAmounts(Map.copyOf(items), total);
    }

    /** Reads the columns of {@link BudgetSql#ITEM_SUMS}. */
    static ItemAmounts read(ResultSet rs) throws SQLException {
        return of(rs.getBigDecimal("travel"), rs.getBigDecimal("individual"), rs.getBigDecimal("organisational"),
                rs.getBigDecimal("inclusion"), rs.getBigDecimal("exceptional"), rs.getBigDecimal("total"));
    }

    /** Items summed (e.g. allocations), total = their sum. */
    static ItemAmounts ofItems(Map<BudgetItem, BigDecimal> items) {
        Map<BudgetItem, BigDecimal> copy = new EnumMap<>(BudgetItem.class);
        BigDecimal total = BigDecimal.ZERO.setScale(2);
        for (BudgetItem item : BudgetItem.values()) {
            BigDecimal value = items.getOrDefault(item, BigDecimal.ZERO.setScale(2));
            copy.put(item, value);
            total = total.add(value);
        }
        return new ItemAmounts(Map.copyOf(copy), total);
    }
}
