package fr.capmob.portal.exports;

import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads a reporting layout from its tables: the layout whose call years hold the project's call year, its columns
 * in order and the dictionaries they name. A layout naming a source key the portal does not know is refused (so a
 * typing error in a row shows at once rather than as an empty column).
 */
@Component
class ReportingLayouts {

    private final JdbcClient jdbc;

    ReportingLayouts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    ReportingLayout forProject(long projectId) {
        int callYear = jdbc.sql("select call_year from project where id = :id").param("id", projectId)
                .query(Integer.class).single();
        return forCallYear(callYear);
    }

    ReportingLayout forCallYear(int callYear) {
        String code = jdbc.sql("""
                        select code from report_layout
                        where first_call_year <= :year and (last_call_year is null or last_call_year >= :year)
                        order by first_call_year desc limit 1""")
                .param("year", callYear).query(String.class).optional()
                .orElseThrow(() -> new IllegalStateException("no reporting layout for call year " + callYear));
        return layout(code);
    }

    ReportingLayout layout(String code) {
        Map<String, Object> layout = jdbc.sql("select tool, date_pattern from report_layout where code = :code")
                .param("code", code).query().singleRow();
        List<ReportingLayout.LayoutColumn> columns = jdbc.sql("""
                        select c.position, c.header_text, c.mandatory_for, c.source_key, c.dictionary, c.format, f.pattern
                        from report_layout_column c left join report_format f on f.code = c.format
                        where c.layout = :code order by c.position""")
                .param("code", code).query((rs, n) -> {
                    SourceKey key = SourceKey.named(rs.getString("source_key"));
                    if (key == null) {
                        throw new IllegalStateException("reporting layout " + code + " names an unknown value "
                                + rs.getString("source_key"));
                    }
                    String pattern = rs.getString("pattern");
                    return new ReportingLayout.LayoutColumn(rs.getInt("position"), rs.getString("header_text"),
                            ReportingLayout.Mandatory.valueOf(rs.getString("mandatory_for")), key,
                            rs.getString("dictionary"), pattern == null ? null : Pattern.compile(pattern),
                            rs.getString("format"));
                }).list();
        Set<String> used = new HashSet<>();
        columns.stream().map(ReportingLayout.LayoutColumn::dictionary).filter(d -> d != null).forEach(used::add);
        return new ReportingLayout(code, (String) layout.get("tool"),
                DateTimeFormatter.ofPattern((String) layout.get("date_pattern"), Locale.ROOT), columns, dictionaries(used));
    }

    private Map<String, ReportingLayout.Dictionary> dictionaries(Set<String> codes) {
        Map<String, ReportingLayout.Dictionary> dictionaries = new HashMap<>();
        for (String code : codes) {
            boolean iso = "ISO_COUNTRY".equals(jdbc.sql("select unlisted from report_dictionary where code = :c")
                    .param("c", code).query(String.class).single());
            Map<String, String> values = new HashMap<>();
            jdbc.sql("select portal_value, export_value from report_dictionary_value where dictionary = :c")
                    .param("c", code).query(rs -> {
                        values.put(rs.getString(1), rs.getString(2));
                    });
            dictionaries.put(code, new ReportingLayout.Dictionary(code, Map.copyOf(values), iso));
        }
        return dictionaries;
    }
}
