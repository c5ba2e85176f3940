package fr.capmob.portal.funding;

import fr.capmob.portal.account.CurrentUser;
import fr.capmob.portal.consortium.ProgrammeGeneration;
import fr.capmob.portal.consortium.ProjectService;
import fr.capmob.portal.shared.NotFoundException;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rate tables: read them, compare a version with the previous one, and save a coordinator's edit as a new
 * version (never an update of a stored version).
 */
@Service
@Transactional(readOnly = true)
public class RateTableService {

    private static final Pattern GROUP = Pattern.compile("G[1-9]");
    private static final BigDecimal MAX_AMOUNT = new BigDecimal("99999999");

    private static final String SUMMARY = """
            select t.id, t.generation, t.call_year, t.national_agency, t.version, t.previous_id, t.created_at,
                   t.created_by, t.change_comment,
                   (select count(*) from project_rate_table p where p.rate_table_id = t.id) as projects,
                   not exists (select 1 from rate_table n where n.generation = t.generation and n.call_year = t.call_year
                               and n.national_agency = t.national_agency and n.version > t.version) as latest,
                   (select count(*) from rate_item i where i.rate_table_id = t.id and i.verify) as to_verify
            from rate_table t
            """;

    private final JdbcClient jdbc;
    private final ProjectService projects;

    RateTableService(JdbcClient jdbc, ProjectService projects) {
        this.jdbc = jdbc;
        this.projects = projects;
    }

    /** Every version, newest call first; optionally of one programme generation. */
    public List<RateTableSummary> list(ProgrammeGeneration generation) {
        return jdbc.sql(SUMMARY + " where (:any or t.generation = :generation)"
                        + " order by t.call_year desc, t.national_agency, t.generation, t.version desc")
                .param("any", generation == null).param("generation", generation == null ? "" : generation.name())
                .query(RateTableService::summary).list();
    }

    public RateTableSummary summary(long id) {
        return jdbc.sql(SUMMARY + " where t.id = ?").param(id).query(RateTableService::summary).optional()
                .orElseThrow(() -> new NotFoundException("rate table", id));
    }

    public RateTableDetails details(long id) {
        RateTableSummary table = summary(id);
        List<RateItem> items = items(id);
        if (table.previousId() == null) {
            return new RateTableDetails(table,
                    items.stream().map(i -> new RateTableDetails.Row(i, RateTableDetails.Change.SAME, null)).toList(),
                    List.of());
        }
        Map<String, RateItem> previous = byKey(items(table.previousId()));
        List<RateTableDetails.Row> rows = new ArrayList<>();
        for (RateItem item : items) {
            RateItem before = previous.remove(item.key());
            RateTableDetails.Change change = before == null ? RateTableDetails.Change.ADDED
                    : before.value().equals(item.value()) && before.verify() == item.verify()
                    && before.source().equals(item.source()) ? RateTableDetails.Change.SAME : RateTableDetails.Change.CHANGED;
            rows.add(new RateTableDetails.Row(item, change, before == null ? null : before.value()));
        }
        return new RateTableDetails(table, rows, List.copyOf(previous.values()));
    }

    public RateSheet sheet(long id) {
        return new RateSheet(summary(id).generation(), items(id));
    }

    /**
     * Saves the figures of {@code baseId} with the given changes as the next version of its family, with who and
     * why. Figures absent from {@code changes} are copied unchanged.
     */
    @Transactional
    public long createVersion(CurrentUser user, long baseId, Collection<RateItemChange> changes, String comment) {
        if (comment == null || comment.isBlank()) {
            throw new IllegalArgumentException("a comment is required");
        }
        RateTableSummary base = summary(baseId);
        Map<String, RateItem> items = byKey(items(baseId));
        List<String> invalid = new ArrayList<>();
        for (RateItemChange change : changes) {
            RateItem old = items.get(change.key());
            if (old == null) {
                invalid.add(change.key());
                continue;
            }
            Optional<RateItem> updated = parse(old, change);
            updated.ifPresentOrElse(item -> items.put(item.key(), item), () -> invalid.add(change.key()));
        }
        if (!invalid.isEmpty()) {
            throw new InvalidRateValueException(invalid);
        }
        // serialises concurrent edits of one family: the second waits, then takes the next number
        jdbc.sql("select pg_advisory_xact_lock(hashtext(:family))")
                .param("family", base.generation() + "/" + base.callYear() + "/" + base.nationalAgency()).query().listOfRows();
        int version = jdbc.sql("select max(version) + 1 from rate_table where generation = ? and call_year = ? and national_agency = ?")
                .params(base.generation().name(), base.callYear(), base.nationalAgency()).query(Integer.class).single();
        long id = jdbc.sql("""
                        insert into rate_table (generation, call_year, national_agency, version, previous_id, change_comment, created_by)
                        values (?, ?, ?, ?, ?, ?, ?) returning id
                        """)
                .params(base.generation().name(), base.callYear(), base.nationalAgency(), version, baseId, comment.strip(),
                        user.email())
                .query(Long.class).single();
        for (RateItem item : items.values()) {
            jdbc.sql("insert into rate_item (rate_table_id, kind, code, amount, text_value, source, verify) values (?, ?, ?, ?, ?, ?, ?)")
                    .params(id, item.kind().name(), item.code(), item.amount(), item.textValue(), item.source(), item.verify())
                    .update();
        }
        return id;
    }

    /** Makes a project compute its grants with this version (replacing the table it used until now). */
    @Transactional
    public void assign(CurrentUser user, long projectId, long tableId) {
        ProgrammeGeneration projectGeneration = projects.get(projectId, user).generation();
        if (summary(tableId).generation() != projectGeneration) {
            throw new WrongGenerationException();
        }
        jdbc.sql("""
                        insert into project_rate_table (project_id, rate_table_id) values (?, ?)
                        on conflict (project_id) do update set rate_table_id = excluded.rate_table_id
                        """).params(projectId, tableId).update();
    }

    /** The projects that use this version, by id. */
    public List<Long> projectsUsing(long tableId) {
        return jdbc.sql("select project_id from project_rate_table where rate_table_id = ? order by project_id")
                .param(tableId).query(Long.class).list();
    }

    /** The table a project's grants use: the one assigned to it, else the newest version that fits it best. */
    public Optional<RateTableSummary> tableOfProject(long projectId, ProgrammeGeneration generation, int callYear,
                                                     String nationalAgency) {
        Optional<Long> assigned = jdbc.sql("select rate_table_id from project_rate_table where project_id = ?")
                .param(projectId).query(Long.class).optional();
        if (assigned.isPresent()) {
            return Optional.of(summary(assigned.get()));
        }
        return jdbc.sql(SUMMARY + """
                         where t.generation = :generation and t.call_year <= :year
                         order by t.national_agency = :agency desc, t.call_year desc, t.version desc limit 1
                        """)
                .param("generation", generation.name()).param("year", callYear).param("agency", nationalAgency)
                .query(RateTableService::summary).optional();
    }

    private static Optional<RateItem> parse(RateItem old, RateItemChange change) {
        String value = change.value() == null ? "" : change.value().strip();
        String source = change.source() == null || change.source().isBlank() ? old.source() : change.source().strip();
        if (source.length() > 2000) {
            return Optional.empty();
        }
        if (old.amount() == null) {
            String group = value.toUpperCase(java.util.Locale.ROOT);
            return GROUP.matcher(group).matches()
                    ? Optional.of(new RateItem(old.kind(), old.code(), null, group, source, change.verify()))
                    : Optional.empty();
        }
        try {
            BigDecimal amount = new BigDecimal(value.replace(',', '.').replace(" ", "").replace("\u00a0", "").replace("\u202f", ""));
            if (amount.signum() < 0 || amount.compareTo(MAX_AMOUNT) > 0 || amount.scale() > 4) {
                return Optional.empty();
            }
            return Optional.of(new RateItem(old.kind(), old.code(), amount, null, source, change.verify()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private List<RateItem> items(long tableId) {
        return jdbc.sql("select kind, code, amount, text_value, source, verify from rate_item where rate_table_id = ? order by id")
                .param(tableId)
                .query((rs, row) -> new RateItem(RateKind.valueOf(rs.getString("kind")), rs.getString("code"),
                        rs.getBigDecimal("amount"), rs.getString("text_value"), rs.getString("source"), rs.getBoolean("verify")))
                .list();
    }

    private static Map<String, RateItem> byKey(List<RateItem> items) {
        return items.stream().collect(Collectors.toMap(RateItem::key, i -> i, (a, b) -> a, LinkedHashMap::new));
    }

    private static RateTableSummary summary(ResultSet rs, int row) throws SQLException {
        long previous = rs.getLong("previous_id");
        Long previousId = rs.wasNull() ? null : previous;
        return new RateTableSummary(rs.getLong("id"), ProgrammeGeneration.valueOf(rs.getString("generation")),
                rs.getInt("call_year"), rs.getString("national_agency"), rs.getInt("version"),
                previousId, rs.getTimestamp("created_at").toInstant(), rs.getString("created_by"),
                rs.getString("change_comment"), rs.getLong("projects"), rs.getBoolean("latest"), rs.getLong("to_verify"));
    }
}
