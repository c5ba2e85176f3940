package fr.capmob.portal.budget;

import fr.capmob.portal.account.CurrentUser;
import fr.capmob.portal.shared.AuditedRows;
import fr.capmob.portal.shared.ConcurrentEditException;
import fr.capmob.portal.shared.ListQuery;
import fr.capmob.portal.shared.NotFoundException;
import fr.capmob.portal.shared.SearchSql;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Amounts to recover from participants (recovery orders, opened by {@link RecoveryOpening} when a paid mobility is
 * cancelled): the list (filtered, sorted and paged in SQL), a mobility's orders, money received back (in parts: a
 * RECOVERY entry of the payment ledger each, the order RECOVERED once paid back in full) and writing off the rest
 * with a reason. Scope as payments: a school's accountant sees only their school's; others get 404.
 */
@Service
@Transactional(readOnly = true)
public class RecoveryService {

    /** Sort keys of the list. */
    public static final Map<String, String> SORT_KEYS = Map.of(
            "due", "ro.due_on",
            "amount", "ro.amount",
            "reference", "m.reference",
            "school", "s.name",
            "created", "ro.created_at");

    private final JdbcClient jdbc;
    private final MobilityAccounts accounts;
    private final PaymentDates dates;
    private final AuditedRows audit;
    private final Clock clock;

    RecoveryService(JdbcClient jdbc, MobilityAccounts accounts, PaymentDates dates, AuditedRows audit, Clock clock) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.dates = dates;
        this.audit = audit;
        this.clock = clock;
    }

    public Page<RecoveryOrder> search(RecoveryFilter filter, Pageable pageable, CurrentUser user) {
        return scoped(user)
                .whereIfPresent(filter.projectId(), "m.project_id = :project", "project")
                .whereIfPresent(filter.schoolId(), "m.sending_school_id = :school", "school")
                .whereIfPresent(filter.state() == null ? null : filter.state().name(), "ro.state = :state", "state")
                .whereIf(filter.overdue(), "ro.state = 'OPEN' and ro.due_on < current_date")
                .whereIfPresent(ListQuery.searchPattern(filter.search()), PaymentRows.SEARCH, "q")
                .page(jdbc, RecoveryRows.COLUMNS, SearchSql.orderBy(pageable, "ro.id"), pageable, RecoveryRows::row);
    }

    /** The orders of one mobility, oldest first (one in practice: a cancellation happens once). */
    public List<RecoveryOrder> ofMobility(long mobilityId, CurrentUser user) {
        accounts.account(mobilityId, user);
        return jdbc.sql(RecoveryRows.COLUMNS + RecoveryRows.FROM + " where ro.mobility_id = :id order by ro.id")
                .param("id", mobilityId).query(RecoveryRows::row).list();
    }

    public RecoveryOrder order(long id, CurrentUser user) {
        SearchSql sql = scoped(user).where("ro.id = :id", "id", id);
        return jdbc.sql(RecoveryRows.COLUMNS + sql.fromWhere()).params(sql.params()).query(RecoveryRows::row).optional()
                .orElseThrow(() -> new NotFoundException("recovery", id));
    }

    private static SearchSql scoped(CurrentUser user) {
        SearchSql sql = SearchSql.from(RecoveryRows.FROM);
        return user.seesWholeConsortium() ? sql
                : sql.where("m.sending_school_id = :userSchool", "userSchool", user.schoolId() == null ? -1L : user.schoolId());
    }

    /**
     * Records money received back on an open order, once per idempotency key (a form submitted again answers the
     * first entry). Refused, nothing saved, when the order is not open, the amount not positive or above what is
     * outstanding, or the date implausible. The order is RECOVERED once nothing is outstanding.
     */
    @Transactional
    public RecordedPayment receive(RecoveryReceipt receipt, CurrentUser user) {
        RecoveryOrder found = order(receipt.orderId(), user);
        accounts.lock(found.mobilityId());
        if (receipt.idempotencyKey() != null) {
            var earlier = jdbc.sql("select id from payment where idempotency_key = :key and mobility_id = :m")
                    .param("key", receipt.idempotencyKey()).param("m", found.mobilityId()).query(Long.class).optional();
            if (earlier.isPresent()) {
                return new RecordedPayment(earlier.get(), found.mobilityId(), true);
            }
        }
        RecoveryOrder order = order(receipt.orderId(), user); // read again under the lock
        if (order.state() != RecoveryState.OPEN) {
            throw new BudgetRuleException(null, "budget.recovery.notOpen");
        }
        if (receipt.amount() == null || receipt.amount().signum() <= 0) {
            throw new BudgetRuleException("amount", "budget.payment.amount.positive");
        }
        if (receipt.amount().compareTo(order.outstanding()) > 0) {
            throw new BudgetRuleException("amount", "budget.recovery.tooMuch", order.outstanding());
        }
        dates.check(receipt.receivedOn());
        long id = accounts.insert(order.mobilityId(), new PaymentEntry(PaymentKind.RECOVERY, receipt.receivedOn(),
                receipt.amount().negate(), receipt.method(), receipt.reference(), receipt.note(), null,
                receipt.idempotencyKey(), order.id()), false, user);
        if (receipt.amount().compareTo(order.outstanding()) == 0) {
            close(order, RecoveryState.RECOVERED, null, null, user);
        }
        return new RecordedPayment(id, order.mobilityId(), false);
    }

    /**
     * Gives up what is still outstanding on an open order, with a reason (required): it no longer counts as money
     * to recover. Refused when the order changed since {@code version} was read ({@link ConcurrentEditException}).
     */
    @Transactional
    public void writeOff(long orderId, long version, String reason, CurrentUser user) {
        RecoveryOrder order = order(orderId, user);
        accounts.lock(order.mobilityId());
        order = order(orderId, user);
        if (order.version() != version) {
            throw new ConcurrentEditException(order.closedBy() == null ? order.createdBy() : order.closedBy(),
                    order.closedAt() == null ? order.createdAt() : order.closedAt(), order.version());
        }
        if (order.state() != RecoveryState.OPEN) {
            throw new BudgetRuleException(null, "budget.recovery.notOpen");
        }
        if (reason == null || reason.isBlank()) {
            throw new BudgetRuleException("reason", "budget.recovery.reason.required");
        }
        close(order, RecoveryState.WRITTEN_OFF, order.outstanding(), reason.trim(), user);
    }

    private void close(RecoveryOrder order, RecoveryState state, BigDecimal writtenOff, String reason, CurrentUser user) {
        jdbc.sql("""
                        update recovery_order set state = :state, written_off_amount = :writtenOff, reason = :reason,
                               closed_at = now(), closed_by = :by, version = version + 1
                        where id = :id""")
                .param("state", state.name()).param("writtenOff", writtenOff).param("reason", reason)
                .param("by", user.email()).param("id", order.id()).update();
        audit.changed("recovery_order", "id", order.id());
    }

    /** Today, for the overdue marks. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
