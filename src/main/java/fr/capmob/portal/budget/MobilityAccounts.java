package fr.capmob.portal.budget;

import fr.capmob.portal.shared.AuditedRows;
import fr.capmob.portal.account.CurrentUser;
import fr.capmob.portal.mobility.MobilityStage;
import fr.capmob.portal.mobility.MobilityStatus;
import fr.capmob.portal.shared.NotFoundException;
import java.math.BigDecimal;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** One mobility's account (what it owes, from {@link BudgetSql#MOBILITY_MONEY}, and what was paid) and its payments. */
@Component
class MobilityAccounts {

    private static final String ACCOUNT = """
            select m.id, m.reference,
                   coalesce(st.last_name || ' ' || st.first_name, sf.last_name || ' ' || sf.first_name) as participant,
                   m.sending_school_id, s.name as school_name, m.project_id, p.number as project_number, m.status,
                   m.stage as mobility_stage, m.has_grant, coalesce(mm.stage = '%s', false) as committed, mm.owed,
                   mm.paid, mm.written_off, coalesce(ps.advance_share, :defaultShare) as share,
                   coalesce(ps.payable_from, :defaultPayableFrom) as payable_from
            from mobility_view m
            join (%s) mm on mm.mobility_id = m.id
            join project p on p.id = m.project_id
            join school s on s.id = m.sending_school_id
            left join student st on st.id = m.student_id
            left join staff_member sf on sf.id = m.staff_id
            left join project_payment_setting ps on ps.project_id = m.project_id
            where m.id = :id""".formatted(MobilityStage.COMMITTED, BudgetSql.MOBILITY_MONEY);

    private final JdbcClient jdbc;
    private final AuditedRows audit;
    private final PaymentProperties properties;

    MobilityAccounts(JdbcClient jdbc, AuditedRows audit, PaymentProperties properties) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.properties = properties;
    }

    /** @see PaymentService#account */
    MobilityAccount account(long mobilityId, CurrentUser user) {
        MobilityAccount account = jdbc.sql(ACCOUNT)
                .param("id", mobilityId).param("defaultShare", BudgetService.DEFAULT_ADVANCE_SHARE)
                .param("defaultPayableFrom", properties.payableFrom().name())
                .query((rs, n) -> new MobilityAccount(rs.getLong("id"), rs.getString("reference"), rs.getString("participant"),
                        rs.getLong("sending_school_id"), rs.getString("school_name"), rs.getLong("project_id"),
                        rs.getString("project_number"), MobilityStatus.valueOf(rs.getString("status")),
                        MobilityStage.valueOf(rs.getString("mobility_stage")), rs.getBoolean("has_grant"),
                        rs.getBoolean("committed"), rs.getBigDecimal("owed"), rs.getBigDecimal("paid"),
                        rs.getBigDecimal("written_off"), rs.getBigDecimal("share"),
                        MobilityStatus.valueOf(rs.getString("payable_from"))))
                .optional().orElseThrow(() -> new NotFoundException("mobility", mobilityId));
        if (!user.canRead(account.schoolId())) {
            throw new NotFoundException("mobility", mobilityId);
        }
        return account;
    }

    /** Serialises payments of one mobility, so two accountants cannot both pay the last euro owed. */
    void lock(long mobilityId) {
        jdbc.sql("select pg_advisory_xact_lock(hashtext('payment-mobility'), hashtext(cast(:id as text)))")
                .param("id", mobilityId).query().listOfRows();
    }

    /**
     * Inserts one ledger entry. A key already used (only possible for a key forged onto another mobility, as the
     * caller looked for it under the mobility's lock) is refused as a rule, not a 500.
     */
    long insert(long mobilityId, PaymentEntry entry, boolean overOwed, CurrentUser user) {
        try {
            long id = jdbc.sql("""
                            insert into payment (mobility_id, kind, paid_on, amount, method, reference, note,
                                                 corrects_payment_id, over_owed_confirmed, created_by, idempotency_key,
                                                 recovery_order_id)
                            values (:mobility, :kind, :paidOn, :amount, :method, :reference, :note, :corrects, :overOwed,
                                    :by, :key, :recoveryOrder)
                            returning id""")
                    .param("mobility", mobilityId).param("kind", entry.kind().name()).param("paidOn", entry.paidOn())
                    .param("amount", entry.amount()).param("method", entry.method().name())
                    .param("reference", blankToNull(entry.reference())).param("note", blankToNull(entry.note()))
                    .param("corrects", entry.corrects()).param("overOwed", overOwed).param("by", user.email())
                    .param("key", entry.idempotencyKey()).param("recoveryOrder", entry.recoveryOrder())
                    .query(Long.class).single();
            audit.created("payment", "id", id);
            return id;
        } catch (DuplicateKeyException reused) {
            throw new BudgetRuleException(null, "budget.payment.keyReused");
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
