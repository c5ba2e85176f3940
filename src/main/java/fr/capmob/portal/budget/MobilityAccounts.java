package fr.capmob.portal.budget;

import fr.capmob.portal.shared.AuditedRows;
import fr.capmob.portal.account.CurrentUser;
import fr.capmob.portal.mobility.MobilityStage;
import fr.capmob.portal.shared.NotFoundException;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** One mobility's account (what it owes, from {@link BudgetSql#MOBILITY_MONEY}, and what was paid) and its payments. */
@Component
class MobilityAccounts {

    private static final String ACCOUNT = """
            select m.id, m.reference,
                   coalesce(st.last_name || ' ' || st.first_name, sf.last_name || ' ' || sf.first_name) as participant,
                   m.sending_school_id, s.name as school_name, m.project_id, p.number as project_number, m.status,
                   m.has_grant, coalesce(mm.stage = '%s', false) as committed, mm.owed, mm.paid,
                   coalesce(ps.advance_share, :defaultShare) as share
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

    MobilityAccounts(JdbcClient jdbc, AuditedRows audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** @see PaymentService#account */
    MobilityAccount account(long mobilityId, CurrentUser user) {
        MobilityAccount account = jdbc.sql(ACCOUNT)
                .param("id", mobilityId).param("defaultShare", BudgetService.DEFAULT_ADVANCE_SHARE)
                .query((rs, n) -> new MobilityAccount(rs.getLong("id"), rs.getString("reference"), rs.getString("participant"),
                        rs.getLong("sending_school_id"), rs.getString("school_name"), rs.getLong("project_id"),
                        rs.getString("project_number"), rs.getString("status"), rs.getBoolean("has_grant"),
                        rs.getBoolean("committed"), rs.getBigDecimal("owed"), rs.getBigDecimal("paid"),
                        rs.getBigDecimal("share")))
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

    long insert(long mobilityId, PaymentKind kind, LocalDate paidOn, BigDecimal amount, PaymentMethod method,
                String reference, String note, Long corrects, boolean overOwed, CurrentUser user) {
        long id = jdbc.sql("""
                        insert into payment (mobility_id, kind, paid_on, amount, method, reference, note, corrects_payment_id,
                                             over_owed_confirmed, created_by)
                        values (:mobility, :kind, :paidOn, :amount, :method, :reference, :note, :corrects, :overOwed, :by)
                        returning id""")
                .param("mobility", mobilityId).param("kind", kind.name()).param("paidOn", paidOn).param("amount", amount)
                .param("method", method.name()).param("reference", blankToNull(reference)).param("note", blankToNull(note))
                .param("corrects", corrects).param("overOwed", overOwed).param("by", user.email())
                .query(Long.class).single();
        audit.created("payment", "id", id);
        return id;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
