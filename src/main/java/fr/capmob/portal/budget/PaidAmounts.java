package fr.capmob.portal.budget;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * What was paid to the participants of a mobility, school, project or consortium (payments, corrections and money
 * received back deducted), how much of it settles what committed and planned mobilities owe (each mobility's
 * payments up to what it owes, {@code settled} in {@link BudgetSql#MOBILITY_MONEY}), and what of the rest, money to
 * recover, was written off (recovery orders given up, with a reason). Payments are not booked per budget item.
 */
public record PaidAmounts(BigDecimal total, BigDecimal ofCommitted, BigDecimal ofPlanned, BigDecimal writtenOff) {

    public static final PaidAmounts ZERO = new PaidAmounts(BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2),
            BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2));

    public PaidAmounts plus(PaidAmounts other) {
        return new PaidAmounts(total.add(other.total), ofCommitted.add(other.ofCommitted), ofPlanned.add(other.ofPlanned),
                writtenOff.add(other.writtenOff));
    }

    /** Reads {@code paid}, {@code paid_committed}, {@code paid_planned}, {@code written_off} of {@link BudgetSql#SUMS}. */
    static PaidAmounts read(ResultSet rs) throws SQLException {
        return new PaidAmounts(rs.getBigDecimal("paid"), rs.getBigDecimal("paid_committed"), rs.getBigDecimal("paid_planned"),
                rs.getBigDecimal("written_off"));
    }
}
