package fr.capmob.portal.shared;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The one builder of the hand-written search SQL behind the list pages: a FROM clause, conditions added one by one
 * with their named parameters (values are always bound, never written into the SQL; only the page's limit and offset,
 * numbers, are: {@link #limit}), then one statement for the count and one for the page, sorted by the keys the page
 * whitelisted with {@link ListQuery}.
 *
 * <pre>{@code
 * Page<Row> rows = SearchSql.from(" from student s")
 *         .where("s.school_id = :school", "school", schoolId)
 *         .whereIfPresent(filter.level(), "s.qualification_level = :level", "level")
 *         .page(jdbc, "select s.id, s.last_name", SearchSql.orderBy(pageable, "s.id"), pageable, Row::of);
 * }</pre>
 */
public final class SearchSql {

    /**
     * How many rows past the page a list counts: up to that, it says how many rows match; beyond, "more than" the
     * page's end plus this ({@link CountedPage}). Counting stops there, so a page costs the same at any size.
     */
    public static final int COUNT_WINDOW = 1000;

    private final String from;
    private final StringBuilder where = new StringBuilder(" where true");
    private final Map<String, Object> params = new HashMap<>();

    private SearchSql(String from) {
        this.from = from;
    }

    /** @param from the FROM clause with its joins, starting with {@code from} */
    public static SearchSql from(String from) {
        return new SearchSql(from.startsWith(" ") || from.startsWith("\n") ? from : " " + from);
    }

    /** Adds {@code and (condition)}: a condition without parameters, or whose parameters are bound with {@link #param}. */
    public SearchSql where(String condition) {
        where.append(" and (").append(condition).append(')');
        return this;
    }

    /** Adds {@code and (condition)} and binds its one parameter. */
    public SearchSql where(String condition, String name, Object value) {
        params.put(name, value);
        return where(condition);
    }

    /** Adds the condition only when the value is given (not null, not a blank text). */
    public SearchSql whereIfPresent(Object value, String condition, String name) {
        return isPresent(value) ? where(condition, name, value) : this;
    }

    /** Adds the condition when {@code apply} is true. */
    public SearchSql whereIf(boolean apply, String condition) {
        return apply ? where(condition) : this;
    }

    public SearchSql param(String name, Object value) {
        params.put(name, value);
        return this;
    }

    /** The FROM clause and the conditions, to build a statement of one's own (an aggregate, a total). */
    public String fromWhere() {
        return from + where;
    }

    public Map<String, Object> params() {
        return Map.copyOf(params);
    }

    public long count(JdbcClient jdbc) {
        return jdbc.sql("select count(*)" + fromWhere()).params(params).query(Long.class).single();
    }

    /**
     * The rows of the page: a count up to {@link #COUNT_WINDOW} rows past the page, then (when there is anything) the
     * page in the given order; a page beyond the last gives the last page ({@link ListQuery#within}). When more rows
     * match than were counted, a {@link CountedPage}.
     */
    public <T> Page<T> page(JdbcClient jdbc, String columns, String orderBy, Pageable pageable, RowMapper<T> mapper) {
        return page(jdbc, this, columns, orderBy, pageable, mapper);
    }

    /** As {@link #page(JdbcClient, String, String, Pageable, RowMapper)}, counted by {@code counting}: the same conditions over fewer joins. */
    public <T> Page<T> page(JdbcClient jdbc, SearchSql counting, String columns, String orderBy, Pageable pageable,
                            RowMapper<T> mapper) {
        long bound = pageable.getOffset() + pageable.getPageSize() + COUNT_WINDOW;
        long total = counting.countUpTo(jdbc, bound + 1);
        if (total == 0) {
            return Page.empty(ListQuery.within(pageable, 0));
        }
        if (total > bound) {
            return new CountedPage<>(rows(jdbc, columns, orderBy, pageable, mapper), pageable, bound);
        }
        Pageable within = ListQuery.within(pageable, total);
        return new PageImpl<>(rows(jdbc, columns, orderBy, within, mapper), within, total);
    }

    /** The number of matching rows, counted up to {@code limit} (the statement stops reading there). */
    public long countUpTo(JdbcClient jdbc, long limit) {
        return jdbc.sql("select count(*) from (select 1" + fromWhere() + limit(limit, 0) + ") counted")
                .params(params).query(Long.class).single();
    }

    /** The rows of one page in the given order, without counting. */
    public <T> List<T> rows(JdbcClient jdbc, String columns, String orderBy, Pageable pageable, RowMapper<T> mapper) {
        return jdbc.sql(columns + fromWhere() + " order by " + orderBy + limit(pageable.getPageSize(), pageable.getOffset()))
                .params(params).query(mapper).list();
    }

    /**
     * {@code " limit n offset m"} with the numbers written in. Bound as parameters, PostgreSQL plans the statement
     * again on every execution: its generic plan, made for a limit it does not know, looks far costlier than one made
     * for 25 rows, so it never settles on it. Planning the payment ledger's page took 2 ms of its 2.3 at 100× the demo.
     * Written in, a prepared statement keeps its plan (one statement per page number).
     */
    public static String limit(long limit, long offset) {
        return " limit " + Math.max(0, limit) + (offset > 0 ? " offset " + offset : "");
    }

    /**
     * The ORDER BY of a pageable whose properties come from a page's whitelisted sort keys ({@link ListQuery});
     * the tie-breaking property {@code id} becomes {@code idColumn} (for instance {@code m.id}).
     */
    public static String orderBy(Pageable pageable, String idColumn) {
        return pageable.getSort().stream()
                .map(o -> (o.getProperty().equals("id") ? idColumn : o.getProperty()) + (o.isAscending() ? " asc" : " desc"))
                .collect(Collectors.joining(", "));
    }

    private static boolean isPresent(Object value) {
        return value != null && !(value instanceof String text && text.isBlank());
    }
}
