package fr.capmob.portal.budget;

import fr.capmob.portal.shared.AuditedRows;
import fr.capmob.portal.account.CurrentUser;
import fr.capmob.portal.shared.ConcurrentEditException;
import fr.capmob.portal.shared.NotFoundException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The coordinator's allocation of a project's grant to its schools and the advance share: the rules (amounts
 * positive with cents, per item all schools together within the granted amount, a share between 0 and 100%) and
 * the save under the project's one budget version.
 */
@Component
class Allocations {

    private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

    private final JdbcClient jdbc;
    private final EntityManager entityManager;
    private final AuditedRows audit;

    Allocations(JdbcClient jdbc, EntityManager entityManager, AuditedRows audit) {
        this.audit = audit;
        this.jdbc = jdbc;
        this.entityManager = entityManager;
    }

    /** @see BudgetService#saveAllocations */
    void save(long projectId, long version, Map<Long, Map<BudgetItem, BigDecimal>> amounts, BigDecimal advanceShare,
              ItemAmounts granted, CurrentUser user) {
        List<BudgetRuleException.Violation> violations = new ArrayList<>();
        if (advanceShare == null || advanceShare.signum() < 0 || advanceShare.compareTo(BigDecimal.ONE) > 0
                || advanceShare.scale() > 4) {
            violations.add(new BudgetRuleException.Violation("advanceSharePercent", "budget.allocation.share.invalid"));
        }
        checkMembers(projectId, amounts.keySet());
        Map<BudgetItem, BigDecimal> totals = otherSchools(projectId, amounts.keySet());
        amounts.forEach((school, items) -> items.forEach((item, amount) -> {
            if (amount.signum() < 0 || amount.scale() > 2) {
                violations.add(new BudgetRuleException.Violation("amounts[" + school + "-" + item.name() + "]",
                        "budget.allocation.amount.invalid"));
            } else {
                totals.merge(item, amount, BigDecimal::add);
            }
        }));
        for (BudgetItem item : BudgetItem.values()) {
            BigDecimal total = totals.getOrDefault(item, ZERO);
            if (total.compareTo(granted.get(item)) > 0) {
                violations.add(new BudgetRuleException.Violation(null, "budget.allocation.overGranted",
                        item.name(), total, granted.get(item)));
            }
        }
        if (!violations.isEmpty()) {
            throw new BudgetRuleException(violations);
        }
        lockVersion(projectId, version).update(advanceShare.setScale(4, RoundingMode.UNNECESSARY), user.email());
        write(projectId, amounts, user);
        entityManager.flush();
    }

    private void checkMembers(long projectId, Set<Long> schools) {
        Set<Long> members = Set.copyOf(jdbc.sql("select school_id from project_school where project_id = :p")
                .param("p", projectId).query(Long.class).list());
        schools.stream().filter(school -> !members.contains(school)).findFirst().ifPresent(school -> {
            throw new NotFoundException("school of project", school);
        });
    }

    /** Per item, what the schools not on the form keep. */
    private Map<BudgetItem, BigDecimal> otherSchools(long projectId, Set<Long> onForm) {
        Map<BudgetItem, BigDecimal> others = new EnumMap<>(BudgetItem.class);
        jdbc.sql("select school_id, item, amount from budget_allocation where project_id = :p").param("p", projectId)
                .query((rs, n) -> onForm.contains(rs.getLong(1)) ? null
                        : others.merge(BudgetItem.valueOf(rs.getString(2)), rs.getBigDecimal(3), BigDecimal::add))
                .list();
        return others;
    }

    /**
     * The project's settings row, created at version 0 when new and locked: a concurrent save waits, then sees the
     * new version.
     *
     * @throws ConcurrentEditException when it was saved by someone else since {@code version} was read
     */
    private ProjectPaymentSetting lockVersion(long projectId, long version) {
        jdbc.sql("insert into project_payment_setting (project_id) values (:p) on conflict do nothing").param("p", projectId)
                .update();
        ProjectPaymentSetting setting = entityManager.find(ProjectPaymentSetting.class, projectId,
                LockModeType.PESSIMISTIC_WRITE);
        if (setting.version() != version) {
            throw new ConcurrentEditException(setting.updatedBy(), setting.updatedAt(), setting.version());
        }
        return setting;
    }

    private void write(long projectId, Map<Long, Map<BudgetItem, BigDecimal>> amounts, CurrentUser user) {
        amounts.forEach((school, items) -> items.forEach((item, amount) -> jdbc.sql("""
                        insert into budget_allocation (project_id, school_id, item, amount, updated_by)
                        values (:p, :s, :item, :amount, :by)
                        on conflict (project_id, school_id, item) do update set amount = excluded.amount,
                            version = budget_allocation.version + 1, updated_at = now(), updated_by = excluded.updated_by
                        where budget_allocation.amount <> excluded.amount
                        returning id, xmax = 0 as inserted""")
                .param("p", projectId).param("s", school).param("item", item.name()).param("amount", amount)
                .param("by", user.email())
                .query((rs, n) -> written(rs.getLong("id"), rs.getBoolean("inserted"))).list()));
    }

    /** The audit entry of an allocation row just inserted or changed (an unchanged amount writes nothing). */
    private boolean written(long id, boolean inserted) {
        if (inserted) {
            audit.created("budget_allocation", "id", id);
        } else {
            audit.changed("budget_allocation", "id", id);
        }
        return inserted;
    }
}
