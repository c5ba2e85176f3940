package fr.capmob.portal.budget;

import fr.capmob.portal.mobility.MobilityMoved;
import fr.capmob.portal.mobility.MobilityStatus;
import fr.capmob.portal.shared.AuditActor;
import fr.capmob.portal.shared.AuditedRows;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Opens a recovery order when a mobility that received money is cancelled, synchronously inside the cancellation's
 * transaction (kept or rolled back with it): the amount is what was paid beyond what the mobility still owes (0 for
 * an ordinary cancellation, the costs for a force-majeure one), less what was written off and what open orders
 * already claim; due {@code portal.payments.recovery-days} after the cancellation. Nothing is opened when nothing
 * was overpaid.
 */
@Component
class RecoveryOpening {

    private static final String EXCESS = """
            select round(mm.paid - mm.owed - mm.written_off - coalesce((
                       select sum(ro.amount - coalesce((select -sum(pa.amount) from payment pa
                                                         where pa.recovery_order_id = ro.id), 0))
                       from recovery_order ro where ro.mobility_id = mm.mobility_id and ro.state = 'OPEN'), 0), 2)
            from (%s) mm where mm.mobility_id = :id""".formatted(BudgetSql.MOBILITY_MONEY);

    private final JdbcClient jdbc;
    private final MobilityAccounts accounts;
    private final AuditedRows audit;
    private final PaymentProperties properties;
    private final Clock clock;

    RecoveryOpening(JdbcClient jdbc, MobilityAccounts accounts, AuditedRows audit, PaymentProperties properties,
                    Clock clock) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.audit = audit;
        this.properties = properties;
        this.clock = clock;
    }

    @EventListener
    void on(MobilityMoved moved) {
        if (moved.to() == MobilityStatus.CANCELLED) {
            open(moved.mobilityId());
        }
    }

    /** @return the order opened, or null when nothing is to recover */
    Long open(long mobilityId) {
        accounts.lock(mobilityId);
        BigDecimal excess = jdbc.sql(EXCESS).param("id", mobilityId).query(BigDecimal.class).optional()
                .orElse(BigDecimal.ZERO);
        if (excess.signum() <= 0) {
            return null;
        }
        long id = jdbc.sql("""
                        insert into recovery_order (mobility_id, amount, due_on, created_by)
                        values (:mobility, :amount, :due, :by) returning id""")
                .param("mobility", mobilityId).param("amount", excess)
                .param("due", LocalDate.now(clock).plusDays(properties.recoveryDays()))
                .param("by", AuditActor.signedInOrSystem())
                .query(Long.class).single();
        audit.created("recovery_order", "id", id);
        return id;
    }
}
