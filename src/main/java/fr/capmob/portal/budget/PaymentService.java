package fr.capmob.portal.budget;

import fr.capmob.portal.account.CurrentUser;
import fr.capmob.portal.mobility.MobilityStatus;
import fr.capmob.portal.shared.ListQuery;
import fr.capmob.portal.shared.NotFoundException;
import fr.capmob.portal.shared.SearchSql;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
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

    private final JdbcClient jdbc;
    private final MobilityAccounts accounts;
    private final MobilityChooser chooser;
    private final PaymentDates dates;

    PaymentService(JdbcClient jdbc, MobilityAccounts accounts, MobilityChooser chooser, PaymentDates dates) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.chooser = chooser;
        this.dates = dates;
    }

    /**
     * The ledger's page and the sum over every matching payment. The count and the sum are one statement: from the
     * money summary ({@code budget_money_sum}: payments and paid per project, school and stage) when the filter is at
     * most a project and a school, else from the payments joined only to what the filter reads
     * ({@link PaymentRows#countFrom}); then the page's rows (the default date order read from an index). No statement
     * joins every payment to its mobility on an unfiltered view.
     */
    public PaymentLedger ledger(PaymentFilter filter, Pageable pageable, CurrentUser user) {
        boolean search = ListQuery.searchPattern(filter.search()) != null;
        boolean summed = !search && filter.kind() == null && filter.from() == null && filter.to() == null
                && filter.mobilityId() == null;
        SearchSql counted = summed ? summed(filter, user) : filtered(SearchSql.from(PaymentRows.countFrom(
                search || !user.seesWholeConsortium() || filter.projectId() != null || filter.schoolId() != null,
                search)), filter, user);
        long[] count = {0};
        BigDecimal total = jdbc.sql((summed ? PaymentRows.SUMMED : PaymentRows.COUNTED) + counted.fromWhere())
                .params(counted.params())
                .query((rs, n) -> {
                    count[0] = rs.getLong(1);
                    return rs.getBigDecimal(2);
                }).single();
        if (count[0] == 0) {
            return new PaymentLedger(Page.empty(ListQuery.within(pageable, 0)), total);
        }
        Pageable within = ListQuery.within(pageable, count[0]);
        List<PaymentRow> rows = filtered(SearchSql.from(PaymentRows.FROM), filter, user)
                .rows(jdbc, PaymentRows.COLUMNS, SearchSql.orderBy(within, "pa.id"), within, PaymentRows::row);
        return new PaymentLedger(new PageImpl<>(rows, within, count[0]), total);
    }

    /** The summary rows of the user's scope, the project and the school of the filter. */
    private static SearchSql summed(PaymentFilter filter, CurrentUser user) {
        SearchSql sql = SearchSql.from(" from budget_money_sum bs");
        if (!user.seesWholeConsortium()) {
            sql.where("bs.school_id = :userSchool", "userSchool", user.schoolId() == null ? -1L : user.schoolId());
        }
        return sql.whereIfPresent(filter.projectId(), "bs.project_id = :project", "project")
                .whereIfPresent(filter.schoolId(), "bs.school_id = :school", "school");
    }

    private static SearchSql filtered(SearchSql from, PaymentFilter filter, CurrentUser user) {
        return scoped(from, user)
                .whereIfPresent(filter.projectId(), "m.project_id = :project", "project")
                .whereIfPresent(filter.schoolId(), "m.sending_school_id = :school", "school")
                .whereIfPresent(filter.mobilityId(), "pa.mobility_id = :mobility", "mobility")
                .whereIfPresent(filter.kind() == null ? null : filter.kind().name(), "pa.kind = :kind", "kind")
                .whereIfPresent(filter.from(), "pa.paid_on >= :from", "from")
                .whereIfPresent(filter.to(), "pa.paid_on <= :to", "to")
                .whereIfPresent(ListQuery.searchPattern(filter.search()), PaymentRows.SEARCH, "q");
    }

    /** Every payment of one mobility, oldest first (a handful: advance, balance, corrections). */
    public List<PaymentRow> ofMobility(long mobilityId, CurrentUser user) {
        account(mobilityId, user);
        return jdbc.sql(PaymentRows.COLUMNS + PaymentRows.FROM + " where pa.mobility_id = :id order by pa.paid_on, pa.id")
                .param("id", mobilityId).query(PaymentRows::row).list();
    }

    public PaymentRow payment(long id, CurrentUser user) {
        SearchSql sql = scoped(SearchSql.from(PaymentRows.FROM), user).where("pa.id = :id", "id", id);
        return jdbc.sql(PaymentRows.COLUMNS + sql.fromWhere()).params(sql.params()).query(PaymentRows::row).optional()
                .orElseThrow(() -> new NotFoundException("payment", id));
    }

    private static SearchSql scoped(SearchSql sql, CurrentUser user) {
        return user.seesWholeConsortium() ? sql
                : sql.where("m.sending_school_id = :userSchool", "userSchool", user.schoolId() == null ? -1L : user.schoolId());
    }

    /** What the mobility is owed and was paid; 404 when it does not exist or is outside the user's scope. */
    public MobilityAccount account(long mobilityId, CurrentUser user) {
        return accounts.account(mobilityId, user);
    }

    /**
     * Records an advance or a balance, once per idempotency key: a form submitted again (a double click, 50 identical
     * requests at once) answers the payment its first submission recorded, and saves nothing. Refused (nothing
     * saved) when the amount is not positive, the date implausible ({@link PaymentDates}), or when the paid total
     * would exceed what is owed and the user has not confirmed it.
     */
    @Transactional
    public RecordedPayment record(PaymentCommand command, CurrentUser user) {
        if (command.kind() != PaymentKind.ADVANCE && command.kind() != PaymentKind.BALANCE) {
            throw new BudgetRuleException("kind", "budget.payment.kind.required");
        }
        // submissions of one mobility wait for each other here, so a second one sees the first one's key
        accounts.lock(command.mobilityId());
        MobilityAccount account = account(command.mobilityId(), user);
        Optional<RecordedPayment> earlier = recordedWith(command.idempotencyKey(), user);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        checkPayable(account);
        if (command.amount() == null || command.amount().signum() <= 0) {
            throw new BudgetRuleException("amount", "budget.payment.amount.positive");
        }
        dates.check(command.paidOn());
        if (account.wouldExceed(command.amount()) && !command.overOwedConfirmed()) {
            throw new PaymentExceedsOwedException(account.owed(), account.paid().add(command.amount()));
        }
        long id = accounts.insert(command.mobilityId(), new PaymentEntry(command.kind(), command.paidOn(), command.amount(),
                command.method(), command.reference(), command.note(), null, command.idempotencyKey()),
                account.wouldExceed(command.amount()), user);
        return new RecordedPayment(id, command.mobilityId(), false);
    }

    /**
     * Refuses a payment before the mobility reached the status its project pays from (CONFIRMED unless the project
     * chose otherwise), and after an ordinary cancellation (what was paid is then to be recovered).
     */
    static void checkPayable(MobilityAccount account) {
        if (account.payable()) {
            return;
        }
        if (account.status() == MobilityStatus.CANCELLED) {
            throw new BudgetRuleException(null, "budget.payment.cancelled");
        }
        throw new BudgetRuleException(null, "budget.payment.notYetPayable", account.status(), account.payableFrom());
    }

    /** The payment (in the user's scope) that the form with this key recorded, if any. */
    public Optional<RecordedPayment> recordedWith(UUID idempotencyKey, CurrentUser user) {
        if (idempotencyKey == null) {
            return Optional.empty();
        }
        SearchSql sql = scoped(SearchSql.from(PaymentRows.FROM), user).where("pa.idempotency_key = :key", "key", idempotencyKey);
        return jdbc.sql("select pa.id, pa.mobility_id" + sql.fromWhere()).params(sql.params())
                .query((rs, n) -> new RecordedPayment(rs.getLong(1), rs.getLong(2), true)).optional();
    }

    /**
     * Corrects a payment with a new negative entry: {@code amount} is what to take back (positive, at most what
     * is left of the payment after its earlier corrections); a note is required.
     */
    @Transactional
    public RecordedPayment correct(long paymentId, BigDecimal amount, LocalDate paidOn, PaymentMethod method,
                                   String reference, String note, UUID idempotencyKey, CurrentUser user) {
        PaymentRow original = payment(paymentId, user);
        if (original.kind() == PaymentKind.CORRECTION) {
            throw new BudgetRuleException(null, "budget.correction.ofCorrection");
        }
        if (original.kind() == PaymentKind.RECOVERY) {
            throw new BudgetRuleException(null, "budget.correction.ofRecovery");
        }
        accounts.lock(original.mobilityId());
        Optional<RecordedPayment> earlier = recordedWith(idempotencyKey, user);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        dates.check(paidOn);
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
        long id = accounts.insert(original.mobilityId(), new PaymentEntry(PaymentKind.CORRECTION, paidOn, amount.negate(),
                method, reference, note, paymentId, idempotencyKey), false, user);
        return new RecordedPayment(id, original.mobilityId(), false);
    }

    // ---- choices

    /**
     * The mobilities a payment may be recorded for (in the user's scope, counting in a budget) whose reference or
     * participant's name (either order, accents and case ignored) contains {@code text}: at most {@code limit}, in
     * SQL. References that start with the text come first, then by participant's name, then by reference. A blank
     * text finds nothing: the form never lists every mobility of the consortium.
     */
    public List<MobilityChoice> findMobilities(String text, int limit, CurrentUser user) {
        return chooser.find(text, limit, user);
    }

    /** Projects for the filters: every project, or the projects of the user's school. */
    public List<BudgetOption> projectChoices(CurrentUser user) {
        String where = user.seesWholeConsortium() ? "" :
                " where p.id in (select project_id from project_school where school_id = :school)";
        return jdbc.sql("select p.id, p.number || ' — ' || p.title from project p" + where + " order by p.start_date desc, p.id")
                .param("school", user.schoolId() == null ? -1L : user.schoolId())
                .query((rs, n) -> new BudgetOption(rs.getLong(1), rs.getString(2))).list();
    }
}
