package fr.capmob.portal.budget;

import fr.capmob.portal.mobility.MobilityStage;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.Map;

/**
 * The money of one mobility, read from a row of {@link BudgetSql#MOBILITY_MONEY}: its amount per item (rounded to the
 * cent) and in total (what it owes), its budget stage (PLANNED or COMMITTED; null: counts nowhere), what was paid, and what of that settles
 * what it owes.
 */
public record MobilityMoney(MobilityStage stage, ItemAmounts amounts, BigDecimal paid, BigDecimal settled,
                            BigDecimal writtenOff) {

    /** Reads the columns of {@link BudgetSql#MOBILITY_MONEY} (item columns without prefix, {@code owed} as total). */
    public static MobilityMoney read(ResultSet rs) throws SQLException {
        Map<BudgetItem, BigDecimal> items = new EnumMap<>(BudgetItem.class);
        for (BudgetItem item : BudgetItem.values()) {
            items.put(item, rs.getBigDecimal(BudgetSql.column(item)).setScale(2, RoundingMode.HALF_UP));
        }
        String stage = rs.getString("stage");
        return new MobilityMoney(stage == null ? null : MobilityStage.valueOf(stage), new ItemAmounts(Map.copyOf(items), rs.getBigDecimal("owed")),
                rs.getBigDecimal("paid"), rs.getBigDecimal("settled"), rs.getBigDecimal("written_off"));
    }

    public BigDecimal owed() {
        return amounts.total();
    }

    /** The mobility's figures, as a project's are: what it owes stands for granted, planned or committed by stage. */
    public BudgetFigures figures() {
        boolean planned = stage == MobilityStage.PLANNED;
        boolean committed = stage == MobilityStage.COMMITTED;
        BigDecimal none = BigDecimal.ZERO.setScale(2);
        return new BudgetFigures(owed(), planned ? owed() : none, committed ? owed() : none,
                new PaidAmounts(paid, committed ? settled : none, planned ? settled : none, writtenOff));
    }
}
