package fr.capmob.portal.consortium;

import fr.capmob.portal.shared.ListQuery;
import fr.capmob.portal.shared.SearchSql;
import java.text.Normalizer;
import java.util.Map;
import java.util.StringJoiner;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The schools list query: search, filters, sort and pagination all in SQL, one select of the page's rows
 * (a projection, no entity) plus one count when the page does not tell the total, however many schools there are.
 */
@Repository
class SchoolSearch {

    /** Sort keys of the page (the only ones accepted), mapped to SQL expressions below. */
    static final Map<String, String> SORT_KEYS = Map.of("name", "name", "uai", "uai", "city", "city");
    private static final Map<String, String> ORDER_EXPRESSIONS = Map.of(
            "name", "lower(s.name)", "uai", "s.uai", "city", "lower(s.city)", "id", "s.id");

    private final JdbcClient jdbc;

    SchoolSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * @param onlySchoolId the one school the user may see, or null for the whole consortium
     */
    Page<SchoolSummary> find(Long onlySchoolId, SchoolFilter filter, Pageable pageable) {
        return ListQuery.clamped(pageable, p -> findPage(onlySchoolId, filter, p));
    }

    private Page<SchoolSummary> findPage(Long onlySchoolId, SchoolFilter filter, Pageable pageable) {
        SearchSql query = SearchSql.from("from school s")
                .whereIfPresent(onlySchoolId, "s.id = :onlySchoolId", "onlySchoolId")
                .whereIfPresent(ListQuery.searchPattern(withoutAccents(filter.search())),
                        "portal_unaccent(lower(s.name)) like :pattern or lower(s.uai) like :pattern"
                                + " or portal_unaccent(lower(s.city)) like :pattern", "pattern")
                .whereIfPresent(filter.experience() == null ? null : filter.experience().name(),
                        "s.experience = :experience", "experience")
                .whereIfPresent(filter.level() == null ? null : filter.level().name(),
                        "exists (select 1 from school_level l where l.school_id = s.id and l.level = :level)", "level")
                .whereIfPresent(filter.field() == null ? null : filter.field().name(),
                        "exists (select 1 from school_field f where f.school_id = s.id and f.field = :field)", "field");
        var rows = query.rows(jdbc, "select s.id, s.name, s.uai, s.city, s.experience", orderBy(pageable.getSort()),
                pageable, (rs, n) -> new SchoolSummary(rs.getLong("id"), rs.getString("name"), rs.getString("uai"),
                        rs.getString("city"), Experience.valueOf(rs.getString("experience"))));
        // the total is counted only when the page does not tell it (a full page, or a page after the first)
        return PageableExecutionUtils.getPage(rows, pageable, () -> query.count(jdbc));
    }

    private static String orderBy(Sort sort) {
        StringJoiner order = new StringJoiner(", ");
        for (Sort.Order item : sort) {
            String expression = ORDER_EXPRESSIONS.get(item.getProperty());
            if (expression == null) {
                throw new IllegalArgumentException("not a sort key of the schools list: " + item.getProperty());
            }
            order.add(expression + (item.isAscending() ? " asc" : " desc"));
        }
        return order.length() == 0 ? "s.id" : order.toString();
    }

    /** "Lycée Émile" → "Lycee Emile": the database compares with portal_unaccent() on its side. */
    static String withoutAccents(String text) {
        if (text == null) {
            return null;
        }
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }
}
