package fr.capmob.portal.budget;

import fr.capmob.portal.account.CurrentUser;
import fr.capmob.portal.participant.PersonNames;
import fr.capmob.portal.shared.NotFoundException;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Payments to participants: the ledger (filtered, sorted and paged in SQL), what a mobility is owed, recording an
 * advance or a balance, and corrections. A payment is never changed or deleted (the table refuses it): a mistake
 * is corrected by a new, negative CORRECTION entry that points at the payment and says why. Scope: a school's
 * accountant sees and pays only the mobilities of their school; others get 404.
 */
@Service
@Transactional(readOnly = true)
public class PaymentService {

    /** Sort keys of the ledger (no comma inside an expression: ListQuery splits on it). */
    public static final Map<String, String> SORT_KEYS = Map.of(
            "date", "pa.paid_on",
            "amount", "pa.amount",
            "reference", "m.reference",
            "participant", "participant_sort",
            "school", "s.name",
            "recorded", "pa.created_at");

    private static final String FROM = """
             from payment pa
             join mobility m on m.id = pa.mobility_id
             join project p on p.id = m.project_id
             join school s on s.id = m.sending_school_id
             left join student st on st.id = m.student_id
             left join staff_member sf on sf.id = m.staff_id
             left join app_user u on u.email = pa.created_by""";

    private static final String COLUMNS = """
            select pa.id, pa.mobility_id, m.reference as mobility_reference,
                   coalesce(st.last_name || ' ' || st.first_name, sf.last_name || ' ' || sf.first_name) as participant,
                   coalesce(st.normalised_last_name || ' ' || st.normalised_first_name,
                            sf.normalised_last_name || ' ' || sf.normalised_first_name) as participant_sort,
                   m.sending_school_id, s.name as school_name, p.number as project_number, pa.kind, pa.paid_on, pa.amount,
                   pa.method, pa.reference, pa.note, pa.corrects_payment_id, pa.over_owed_confirmed, pa.created_at,
                   coalesce(u.display_name, pa.created_by) as created_by""";

    private final JdbcClient jdbc;

    PaymentService(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Page<PaymentRow> search(PaymentFilter filter, Pageable pageable, CurrentUser user) {
        StringBuilder where = new StringBuilder(" where true");
        Map<String, Object> params = new HashMap<>();
        scope(user, where, params);
        if (filter.projectId() != null) {
            where.append(" and m.project_id = :project");
            params.put("project", filter.projectId());
        }
        if (filter.schoolId() != null) {
            where.append(" and m.sending_school_id = :school");
            params.put("school", filter.schoolId());
        }
        if (filter.mobilityId() != null) {
            where.append(" and pa.mobility_id = :mobility");
            params.put("mobility", filter.mobilityId());
        }
        if (filter.kind() != null) {
            where.append(" and pa.kind = :kind");
            params.put("kind", filter.kind().name());
        }
        if (filter.from() != null) {
            where.append(" and pa.paid_on >= :from");
            params.put("from", filter.from());
        }
        if (filter.to() != null) {
            where.append(" and pa.paid_on <= :to");
            params.put("to", filter.to());
        }
        String pattern = fr.capmob.portal.shared.ListQuery.searchPattern(filter.search());
        if (pattern != null) {
            where.append(" " + """
                    and (lower(m.reference) like :q
                          or coalesce(st.normalised_last_name || ' ' || st.normalised_first_name,
                                      sf.normalised_last_name || ' ' || sf.normalised_first_name) like portal_unaccent(:q)
                          or coalesce(st.normalised_first_name || ' ' || st.normalised_last_name,
                                      sf.normalised_first_name || ' ' || sf.normalised_last_name) like portal_unaccent(:q))""");
            params.put("q", pattern);
        }
        long total = jdbc.sql("select count(*)\n" + FROM + where).params(params).query(Long.class).single();
        if (total == 0) {
            return Page.empty(pageable);
        }
        params.put("limit", pageable.getPageSize());
        params.put("offset", pageable.getOffset());
        List<PaymentRow> rows = jdbc.sql(COLUMNS + "\n" + FROM + where + " order by " + orderBy(pageable)
                        + " limit :limit offset :offset")
                .params(params).query(PaymentService::row).list();
        return new PageImpl<>(rows, pageable, total);
    }

    /** Every payment of one mobility, oldest first (a handful: advance, balance, corrections). */
    public List<PaymentRow> ofMobility(long mobilityId, CurrentUser user) {
        account(mobilityId, user);
        return jdbc.sql(COLUMNS + "\n" + FROM + " where pa.mobility_id = :id order by pa.paid_on, pa.id")
                .param("id", mobilityId).query(PaymentService::row).list();
    }

    public PaymentRow payment(long id, CurrentUser user) {
        StringBuilder where = new StringBuilder(" where pa.id = :id");
        Map<String, Object> params = new HashMap<>(Map.of("id", id));
        scope(user, where, params);
        return jdbc.sql(COLUMNS + "\n" + FROM + where).params(params).query(PaymentService::row).optional()
                .orElseThrow(() -> new NotFoundException("payment", id));
    }

    /** What the mobility is owed and was paid; 404 when it does not exist or is outside the user's scope. */
    public MobilityAccount account(long mobilityId, CurrentUser user) {
        MobilityAccount account = jdbc.sql("""
                        select m.id, m.reference,
                               coalesce(st.last_name || ' ' || st.first_name, sf.last_name || ' ' || sf.first_name) as participant,
                               m.sending_school_id, s.name as school_name, m.project_id, p.number as project_number, m.status,
                               g.mobility_id is not null as has_grant, coalesce(gr.stage = 'COMMITTED', false) as committed,
                               coalesce(gr.total, 0) as owed,
                               (select coalesce(sum(pa.amount), 0) from payment pa where pa.mobility_id = m.id) as paid,
                               coalesce(ps.advance_share, :defaultShare) as share
                        from mobility m
                        join project p on p.id = m.project_id
                        join school s on s.id = m.sending_school_id
                        left join student st on st.id = m.student_id
                        left join staff_member sf on sf.id = m.staff_id
                        left join mobility_grant g on g.mobility_id = m.id
                        left join (%s and m.id = :id) gr on gr.mobility_id = m.id
                        left join project_payment_setting ps on ps.project_id = m.project_id
                        where m.id = :id""".formatted(BudgetSql.GRANTS))
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

    /**
     * Records an advance or a balance. Refused (nothing saved) when the amount is not positive, or when the paid
     * total would exceed what is owed and the user has not confirmed it.
     */
    @Transactional
    public long record(PaymentCommand command, CurrentUser user) {
        if (command.kind() == PaymentKind.CORRECTION) {
            throw new BudgetRuleException("kind", "budget.payment.kind.required");
        }
        if (command.amount() == null || command.amount().signum() <= 0) {
            throw new BudgetRuleException("amount", "budget.payment.amount.positive");
        }
        lock(command.mobilityId());
        MobilityAccount account = account(command.mobilityId(), user);
        if (account.wouldExceed(command.amount()) && !command.overOwedConfirmed()) {
            throw new PaymentExceedsOwedException(account.owed(), account.paid().add(command.amount()));
        }
        return insert(command.mobilityId(), command.kind(), command.paidOn(), command.amount(), command.method(),
                command.reference(), command.note(), null, account.wouldExceed(command.amount()), user);
    }

    /**
     * Corrects a payment with a new negative entry: {@code amount} is what to take back (positive, at most what
     * is left of the payment after its earlier corrections); a note is required.
     */
    @Transactional
    public long correct(long paymentId, BigDecimal amount, LocalDate paidOn, PaymentMethod method, String reference,
                        String note, CurrentUser user) {
        PaymentRow original = payment(paymentId, user);
        if (original.kind() == PaymentKind.CORRECTION) {
            throw new BudgetRuleException(null, "budget.correction.ofCorrection");
        }
        lock(original.mobilityId());
        BigDecimal left = jdbc.sql("select :amount + coalesce(sum(amount), 0) from payment where corrects_payment_id = :id")
                .param("amount", original.amount()).param("id", paymentId).query(BigDecimal.class).single();
        if (amount == null || amount.signum() <= 0) {
            throw new BudgetRuleException("amount", "budget.payment.amount.positive");
        }
        if (amount.compareTo(left) > 0) {
            throw new BudgetRuleException("amount", "budget.correction.tooMuch", left);
        }
        if (note == null || note.isBlank()) {
            throw new BudgetRuleException("note", "budget.correction.note.required");
        }
        return insert(original.mobilityId(), PaymentKind.CORRECTION, paidOn, amount.negate(), method, reference, note,
                paymentId, false, user);
    }

    private long insert(long mobilityId, PaymentKind kind, LocalDate paidOn, BigDecimal amount, PaymentMethod method,
                        String reference, String note, Long corrects, boolean overOwed, CurrentUser user) {
        return jdbc.sql("""
                        insert into payment (mobility_id, kind, paid_on, amount, method, reference, note, corrects_payment_id,
                                             over_owed_confirmed, created_by)
                        values (:mobility, :kind, :paidOn, :amount, :method, :reference, :note, :corrects, :overOwed, :by)
                        returning id""")
                .param("mobility", mobilityId).param("kind", kind.name()).param("paidOn", paidOn).param("amount", amount)
                .param("method", method.name()).param("reference", blankToNull(reference)).param("note", blankToNull(note))
                .param("corrects", corrects).param("overOwed", overOwed).param("by", user.email())
                .query(Long.class).single();
    }

    /** Serialises payments of one mobility, so two accountants cannot both pay the last euro owed. */
    private void lock(long mobilityId) {
        jdbc.sql("select pg_advisory_xact_lock(hashtext('payment-mobility'), hashtext(cast(:id as text)))")
                .param("id", mobilityId).query().listOfRows();
    }

    // ---- choices

    /**
     * The mobilities a payment may be recorded for (in the user's scope, counting in a budget) whose reference or
     * participant's name (either order, accents and case ignored) contains {@code text}: at most {@code limit}, in
     * SQL. References that start with the text come first, then by participant's name, then by reference. A blank
     * text finds nothing: the form never lists every mobility of the consortium.
     */
    public List<MobilityChoice> findMobilities(String text, int limit, CurrentUser user) {
        String pattern = fr.capmob.portal.shared.ListQuery.searchPattern(text);
        if (pattern == null || limit <= 0) {
            return List.of();
        }
        StringBuilder where = new StringBuilder(" where (m.status <> 'CANCELLED' or m.force_majeure)");
        Map<String, Object> params = new HashMap<>();
        scope(user, where, params);
        // names are compared as stored: lower case, without accents, anything but letters and digits as one space;
        // each branch of the union can use its trigram index (V19_1), an OR across the joined tables could not
        String name = PersonNames.normalise(text);
        String found = name.isEmpty() ? "select id from mobility where lower(reference) like :q" : """
                select id from mobility where lower(reference) like :q
                union
                select m.id from mobility m join student st on st.id = m.student_id
                where st.normalised_last_name || ' ' || st.normalised_first_name like :name
                   or st.normalised_first_name || ' ' || st.normalised_last_name like :name
                union
                select m.id from mobility m join staff_member sf on sf.id = m.staff_id
                where sf.normalised_last_name || ' ' || sf.normalised_first_name like :name
                   or sf.normalised_first_name || ' ' || sf.normalised_last_name like :name""";
        params.put("q", pattern);
        params.put("name", "%" + name + "%");
        params.put("prefix", pattern.substring(1));
        params.put("limit", limit);
        return jdbc.sql("with found as (" + found + ")\n" + """
                        select m.id, m.reference,
                               coalesce(st.last_name || ' ' || st.first_name, sf.last_name || ' ' || sf.first_name) as participant,
                               s.name as school_name, p.number as project_number, m.status, m.start_date, m.end_date
                        from found f
                        join mobility m on m.id = f.id
                        join school s on s.id = m.sending_school_id
                        join project p on p.id = m.project_id
                        left join student st on st.id = m.student_id
                        left join staff_member sf on sf.id = m.staff_id"""
                        + where + """

                        order by lower(m.reference) like :prefix desc,
                                 coalesce(st.normalised_last_name || ' ' || st.normalised_first_name,
                                          sf.normalised_last_name || ' ' || sf.normalised_first_name),
                                 m.reference, m.id
                        limit :limit""")
                .params(params)
                .query((rs, n) -> new MobilityChoice(rs.getLong("id"), rs.getString("reference"), rs.getString("participant"),
                        rs.getString("school_name"), rs.getString("project_number"), rs.getString("status"),
                        rs.getObject("start_date", LocalDate.class), rs.getObject("end_date", LocalDate.class)))
                .list();
    }

    /** Projects for the filters: every project, or the projects of the user's school. */
    public List<BudgetOption> projectChoices(CurrentUser user) {
        String where = user.seesWholeConsortium() ? "" :
                " where p.id in (select project_id from project_school where school_id = :school)";
        return jdbc.sql("select p.id, p.number || ' — ' || p.title from project p" + where + " order by p.start_date desc, p.id")
                .param("school", user.schoolId() == null ? -1L : user.schoolId())
                .query((rs, n) -> new BudgetOption(rs.getLong(1), rs.getString(2))).list();
    }

    private static void scope(CurrentUser user, StringBuilder where, Map<String, Object> params) {
        if (!user.seesWholeConsortium()) {
            where.append(" and m.sending_school_id = :userSchool");
            params.put("userSchool", user.schoolId() == null ? -1L : user.schoolId());
        }
    }

    static String orderBy(Pageable pageable) {
        return pageable.getSort().stream()
                .map(o -> (o.getProperty().equals("id") ? "pa.id" : o.getProperty()) + (o.isAscending() ? " asc" : " desc"))
                .collect(Collectors.joining(", "));
    }

    private static PaymentRow row(ResultSet rs, int n) throws SQLException {
        return new PaymentRow(rs.getLong("id"), rs.getLong("mobility_id"), rs.getString("mobility_reference"),
                rs.getString("participant"), rs.getLong("sending_school_id"), rs.getString("school_name"),
                rs.getString("project_number"), PaymentKind.valueOf(rs.getString("kind")),
                rs.getObject("paid_on", LocalDate.class), rs.getBigDecimal("amount"),
                PaymentMethod.valueOf(rs.getString("method")), rs.getString("reference"), rs.getString("note"),
                rs.getObject("corrects_payment_id", Long.class), rs.getBoolean("over_owed_confirmed"),
                rs.getTimestamp("created_at").toInstant(), rs.getString("created_by"));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
