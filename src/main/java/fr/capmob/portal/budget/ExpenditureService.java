package fr.capmob.portal.budget;

import fr.capmob.portal.account.CurrentUser;
import fr.capmob.portal.shared.ListQuery;
import fr.capmob.portal.shared.NotFoundException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
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
             join school s on s.id = e.school_id
             left join mobility m on m.id = e.mobility_id
             left join trip t on t.id = e.trip_id
             left join app_user u on u.email = e.created_by""";

    private static final String COLUMNS = """
            select e.id, p.number as project_number, e.school_id, s.name as school_name, e.category, e.supplier,
                   e.invoice_number, e.amount, e.spent_on, e.mobility_id, m.reference as mobility_reference, e.trip_id,
                   t.name as trip_name, coalesce(u.display_name, e.created_by) as created_by, e.updated_at, e.updated_by""";

    private final JdbcClient jdbc;
    private final ExpenditureRepository repository;

    ExpenditureService(JdbcClient jdbc, ExpenditureRepository repository) {
        this.jdbc = jdbc;
        this.repository = repository;
    }

    public Page<ExpenditureRow> search(ExpenditureFilter filter, Pageable pageable, CurrentUser user) {
        StringBuilder where = new StringBuilder(" where true");
        Map<String, Object> params = new HashMap<>();
        if (!user.seesWholeConsortium()) {
            where.append(" and e.school_id = :userSchool");
            params.put("userSchool", user.schoolId() == null ? -1L : user.schoolId());
        }
        if (filter.projectId() != null) {
            where.append(" and e.project_id = :project");
            params.put("project", filter.projectId());
        }
        if (filter.schoolId() != null) {
            where.append(" and e.school_id = :school");
            params.put("school", filter.schoolId());
        }
        if (filter.category() != null) {
            where.append(" and e.category = :category");
            params.put("category", filter.category().name());
        }
        if (filter.from() != null) {
            where.append(" and e.spent_on >= :from");
            params.put("from", filter.from());
        }
        if (filter.to() != null) {
            where.append(" and e.spent_on <= :to");
            params.put("to", filter.to());
        }
        String pattern = ListQuery.searchPattern(filter.search());
        if (pattern != null) {
            where.append(" and (lower(e.supplier) like :q or lower(e.invoice_number) like :q)");
            params.put("q", pattern);
        }
        long total = jdbc.sql("select count(*)\n" + FROM + where).params(params).query(Long.class).single();
        if (total == 0) {
            return Page.empty(pageable);
        }
        params.put("limit", pageable.getPageSize());
        params.put("offset", pageable.getOffset());
        String order = pageable.getSort().stream()
                .map(o -> (o.getProperty().equals("id") ? "e.id" : o.getProperty()) + (o.isAscending() ? " asc" : " desc"))
                .collect(Collectors.joining(", "));
        List<ExpenditureRow> rows = jdbc.sql(COLUMNS + "\n" + FROM + where + " order by " + order + " limit :limit offset :offset")
                .params(params).query(ExpenditureService::row).list();
        return new PageImpl<>(rows, pageable, total);
    }

    /** 404 when it does not exist or belongs to another school than the user's. */
    public ExpenditureDetails get(long id, CurrentUser user) {
        Expenditure expenditure = load(id, user);
        String reference = expenditure.toCommand(null).mobilityId() == null ? null
                : jdbc.sql("select reference from mobility where id = :id").param("id", expenditure.toCommand(null).mobilityId())
                        .query(String.class).single();
        return new ExpenditureDetails(id, expenditure.toCommand(reference), expenditure.getVersion(),
                expenditure.getCreatedBy(), expenditure.getCreatedAt(), expenditure.getUpdatedBy(), expenditure.getUpdatedAt());
    }

    @Transactional
    public long create(ExpenditureCommand command, CurrentUser user) {
        ExpenditureCommand checked = check(command, null, user);
        Expenditure expenditure = new Expenditure(user.email());
        expenditure.apply(checked);
        return save(expenditure).getId();
    }

    /** @throws fr.capmob.portal.shared.ConcurrentEditException when it was changed since {@code version} was read */
    @Transactional
    public void update(long id, long version, ExpenditureCommand command, CurrentUser user) {
        Expenditure expenditure = load(id, user);
        expenditure.checkVersion(version);
        expenditure.apply(check(command, id, user));
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

    /** Checks the references of a command against the data and the user's scope; returns it with the mobility id. */
    private ExpenditureCommand check(ExpenditureCommand command, Long id, CurrentUser user) {
        List<BudgetRuleException.Violation> violations = new ArrayList<>();
        Long school = command.schoolId();
        if (school == null || !user.canRead(school)) {
            violations.add(new BudgetRuleException.Violation("schoolId", "budget.expenditure.school.required"));
            throw new BudgetRuleException(violations);
        }
        boolean member = command.projectId() != null && jdbc.sql(
                        "select exists (select 1 from project_school where project_id = :p and school_id = :s)")
                .param("p", command.projectId()).param("s", school).query(Boolean.class).single();
        if (!member) {
            violations.add(new BudgetRuleException.Violation("projectId", "budget.expenditure.project.notOfSchool"));
        }
        Long mobilityId = null;
        String reference = command.mobilityReference() == null ? "" : command.mobilityReference().trim();
        if (!reference.isEmpty()) {
            mobilityId = jdbc.sql("select id from mobility where upper(reference) = upper(:ref) and sending_school_id = :s"
                            + " and project_id = :p order by id limit 1")
                    .param("ref", reference).param("s", school).param("p", command.projectId() == null ? -1L : command.projectId())
                    .query(Long.class).optional().orElse(null);
            if (mobilityId == null) {
                violations.add(new BudgetRuleException.Violation("mobilityReference", "budget.expenditure.mobility.unknown"));
            }
        }
        if (command.tripId() != null) {
            boolean tripOk = jdbc.sql("""
                            select exists (select 1 from trip t join trip_school ts on ts.trip_id = t.id
                                           where t.id = :t and ts.school_id = :s and t.project_id = :p)""")
                    .param("t", command.tripId()).param("s", school).param("p", command.projectId() == null ? -1L : command.projectId())
                    .query(Boolean.class).single();
            if (!tripOk) {
                violations.add(new BudgetRuleException.Violation("tripId", "budget.expenditure.trip.unknown"));
            }
            if (!reference.isEmpty()) {
                violations.add(new BudgetRuleException.Violation("tripId", "budget.expenditure.oneTarget"));
            }
        }
        if (command.supplier() != null && command.invoiceNumber() != null) {
            boolean duplicate = jdbc.sql("""
                            select exists (select 1 from expenditure where school_id = :s and supplier = :supplier
                                           and invoice_number = :invoice and id <> :id)""")
                    .param("s", school).param("supplier", command.supplier().trim())
                    .param("invoice", command.invoiceNumber().trim()).param("id", id == null ? -1L : id)
                    .query(Boolean.class).single();
            if (duplicate) {
                violations.add(new BudgetRuleException.Violation("invoiceNumber", "budget.expenditure.invoice.duplicate"));
            }
        }
        if (!violations.isEmpty()) {
            throw new BudgetRuleException(violations);
        }
        return new ExpenditureCommand(command.projectId(), school, mobilityId, command.mobilityReference(), command.tripId(),
                command.category(), command.supplier(), command.invoiceNumber(), command.amount(), command.spentOn(),
                command.note());
    }

    /** The trips of the user's scope (of the school, when one is given), for the form's trip select. */
    public List<BudgetOption> tripChoices(CurrentUser user) {
        String where = user.seesWholeConsortium() ? "" : " where ts.school_id = :school";
        return jdbc.sql("""
                        select distinct t.id, t.name || ' — ' || s.name || ' (' || to_char(t.start_date, 'DD/MM/YYYY') || ')' as label,
                               t.start_date
                        from trip t join trip_school ts on ts.trip_id = t.id join school s on s.id = ts.school_id"""
                        + where + " order by t.start_date desc, label")
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
