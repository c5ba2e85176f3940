package fr.capmob.portal.budget;

import fr.capmob.portal.account.CurrentUser;
import fr.capmob.portal.shared.ListQuery;
import fr.capmob.portal.shared.NotFoundException;
import fr.capmob.portal.shared.SearchSql;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Real expenditure (supplier invoices paid by a school), kept apart from the EU flat-rate income (M9.6). Created
 * and edited by accountants and coordinators (a school's accountant: their school only), with optimistic locking;
 * never deleted (an entry keeps who created it and who changed it last). One invoice (school, supplier, invoice
 * number) is recorded once.
 */
@Service
@Transactional(readOnly = true)
public class ExpenditureService {

    public static final Map<String, String> SORT_KEYS = Map.of(
            "date", "e.spent_on",
            "amount", "e.amount",
            "supplier", "e.supplier",
            "invoice", "e.invoice_number",
            "school", "s.name",
            "category", "e.category");

    private static final String FROM = """
             from expenditure e
             join project p on p.id = e.project_id
             join school s on s.id = e.school_id""";

    private static final String COLUMNS = """
            select e.id, p.number as project_number, e.school_id, s.name as school_name, e.category, e.supplier,
                   e.invoice_number, e.amount, e.spent_on, e.mobility_id,
                   (select m.reference from mobility_view m where m.id = e.mobility_id) as mobility_reference, e.trip_id,
                   (select t.name from trip_view t where t.id = e.trip_id) as trip_name,
                   coalesce((select u.display_name from app_user u where u.email = e.created_by), e.created_by)
                       as created_by, e.updated_at, e.updated_by""";

    private final JdbcClient jdbc;
    private final ExpenditureRepository repository;
    private final ExpenditureChecks checks;

    ExpenditureService(JdbcClient jdbc, ExpenditureRepository repository, ExpenditureChecks checks) {
        this.jdbc = jdbc;
        this.repository = repository;
        this.checks = checks;
    }

    /**
     * A page of expenditure: the count from the invoices alone (every filter reads them only; every invoice has one
     * project and one school), up to {@link SearchSql#COUNT_WINDOW} past the page, then the page's rows with their
     * labels (the default date order read from an index). The mobility, trip and author labels are read per row of the
     * page: joined to the page, their views made PostgreSQL spend more time choosing a join order than running it.
     */
    public Page<ExpenditureRow> search(ExpenditureFilter filter, Pageable pageable, CurrentUser user) {
        SearchSql counting = filtered(SearchSql.from(" from expenditure e"), filter, user);
        return filtered(SearchSql.from(FROM), filter, user)
                .page(jdbc, counting, COLUMNS, SearchSql.orderBy(pageable, "e.id"), pageable, ExpenditureService::row);
    }

    private static SearchSql filtered(SearchSql sql, ExpenditureFilter filter, CurrentUser user) {
        if (!user.seesWholeConsortium()) {
            sql.where("e.school_id = :userSchool", "userSchool", user.schoolId() == null ? -1L : user.schoolId());
        }
        return sql.whereIfPresent(filter.projectId(), "e.project_id = :project", "project")
                .whereIfPresent(filter.schoolId(), "e.school_id = :school", "school")
                .whereIfPresent(filter.category() == null ? null : filter.category().name(), "e.category = :category",
                        "category")
                .whereIfPresent(filter.from(), "e.spent_on >= :from", "from")
                .whereIfPresent(filter.to(), "e.spent_on <= :to", "to")
                .whereIfPresent(ListQuery.searchPattern(filter.search()),
                        "lower(e.supplier) like :q or lower(e.invoice_number) like :q", "q");
    }

    /** 404 when it does not exist or belongs to another school than the user's. */
    public ExpenditureDetails get(long id, CurrentUser user) {
        Expenditure expenditure = load(id, user);
        String reference = expenditure.toCommand(null).mobilityId() == null ? null
                : jdbc.sql("select reference from mobility_view where id = :id").param("id", expenditure.toCommand(null).mobilityId())
                        .query(String.class).single();
        return new ExpenditureDetails(id, expenditure.toCommand(reference), expenditure.getVersion(),
                expenditure.getCreatedBy(), expenditure.getCreatedAt(), expenditure.getUpdatedBy(), expenditure.getUpdatedAt());
    }

    @Transactional
    public long create(ExpenditureCommand command, CurrentUser user) {
        ExpenditureCommand checked = checks.check(command, null, user);
        Expenditure expenditure = new Expenditure(user.email());
        expenditure.apply(checked);
        return save(expenditure).getId();
    }

    /** @throws fr.capmob.portal.shared.ConcurrentEditException when it was changed since {@code version} was read */
    @Transactional
    public void update(long id, long version, ExpenditureCommand command, CurrentUser user) {
        Expenditure expenditure = load(id, user);
        expenditure.checkVersion(version);
        expenditure.apply(checks.check(command, id, user));
        save(expenditure);
    }

    private Expenditure save(Expenditure expenditure) {
        try {
            return repository.saveAndFlush(expenditure);
        } catch (DataIntegrityViolationException e) {
            // two saves of the same invoice at the same time: the unique constraint caught the second
            if (String.valueOf(e.getMessage()).contains("expenditure_invoice_unique")) {
                throw new BudgetRuleException("invoiceNumber", "budget.expenditure.invoice.duplicate");
            }
            throw e;
        }
    }

    private Expenditure load(long id, CurrentUser user) {
        Expenditure expenditure = repository.findById(id).orElseThrow(() -> new NotFoundException("expenditure", id));
        if (!user.canRead(expenditure.getSchoolId())) {
            throw new NotFoundException("expenditure", id);
        }
        return expenditure;
    }

    /**
     * At most {@code limit} trips the user may tie an expenditure to (a school's accountant: their school's) whose
     * name contains the text, the latest first, for the form's type-ahead (nothing for a blank text).
     */
    public List<BudgetOption> searchTrips(String text, int limit, CurrentUser user) {
        String pattern = ListQuery.searchPattern(text);
        return pattern == null ? List.of() : trips("lower(t.name) like :pattern", pattern, limit, user);
    }

    /** The label of a trip the user may see (null for null or another school's trip), shown again in the form. */
    public String tripLabel(Long tripId, CurrentUser user) {
        return tripId == null ? null
                : trips("t.id = :trip", tripId, 1, user).stream().findFirst().map(BudgetOption::label).orElse(null);
    }

    private List<BudgetOption> trips(String condition, Object value, int limit, CurrentUser user) {
        String scope = user.seesWholeConsortium() ? "" : " and ts.school_id = :school";
        return jdbc.sql("""
                        select t.id, min(t.name || ' — ' || s.name || ' (' || to_char(t.start_date, 'DD/MM/YYYY') || ')') as label,
                               t.start_date
                        from trip_view t cross join unnest(t.school_ids) as ts (school_id)
                        join school s on s.id = ts.school_id
                        where\s""" + condition + scope + " group by t.id, t.start_date order by t.start_date desc, label limit :limit")
                .param("pattern", value).param("trip", value).param("limit", limit)
                .param("school", user.schoolId() == null ? -1L : user.schoolId())
                .query((rs, n) -> new BudgetOption(rs.getLong(1), rs.getString(2))).list();
    }

    private static ExpenditureRow row(ResultSet rs, int n) throws SQLException {
        return new ExpenditureRow(rs.getLong("id"), rs.getString("project_number"), rs.getLong("school_id"),
                rs.getString("school_name"), ExpenditureCategory.valueOf(rs.getString("category")), rs.getString("supplier"),
                rs.getString("invoice_number"), rs.getBigDecimal("amount"), rs.getObject("spent_on", LocalDate.class),
                rs.getObject("mobility_id", Long.class), rs.getString("mobility_reference"), rs.getObject("trip_id", Long.class),
                rs.getString("trip_name"), rs.getString("created_by"), rs.getTimestamp("updated_at").toInstant(),
                rs.getString("updated_by"));
    }
}
