package fr.capmob.portal.demo;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A layout's rules read straight from its tables (not through the exporter's classes): columns with their source
 * key, mandatory mark, dictionary and format; each dictionary's allowed export values and their portal values.
 */
record LayoutRules(String code, String datePattern, List<Col> columns, Map<String, Map<String, String>> reverse,
                   Set<String> isoDictionaries) {

    record Col(String header, String mandatory, String key, String dictionary, Pattern format) {
    }

    static LayoutRules forCallYear(JdbcClient jdbc, int callYear) {
        Map<String, Object> layout = jdbc.sql("""
                select code, date_pattern from report_layout where first_call_year <= ? and (last_call_year is null or last_call_year >= ?)
                order by first_call_year desc limit 1""").params(callYear, callYear).query().singleRow();
        String code = (String) layout.get("code");
        List<Col> columns = jdbc.sql("""
                        select c.header_text, c.mandatory_for, c.source_key, c.dictionary, f.pattern
                        from report_layout_column c left join report_format f on f.code = c.format
                        where c.layout = ? order by c.position""").param(code)
                .query((rs, n) -> new Col(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5) == null ? null : Pattern.compile(rs.getString(5)))).list();
        Map<String, Map<String, String>> reverse = new HashMap<>();
        jdbc.sql("select dictionary, export_value, portal_value from report_dictionary_value").query(rs -> {
            reverse.computeIfAbsent(rs.getString(1), d -> new HashMap<>()).putIfAbsent(rs.getString(2), rs.getString(3));
        });
        Set<String> iso = Set.copyOf(jdbc.sql("select code from report_dictionary where unlisted = 'ISO_COUNTRY'")
                .query(String.class).list());
        return new LayoutRules(code, (String) layout.get("date_pattern"), columns, reverse, iso);
    }

    Col column(String key) {
        return columns.stream().filter(c -> c.key().equals(key)).findFirst().orElse(null);
    }

    /** The row's value of a source key (null when the layout has no such column or the cell is empty). */
    String value(Map<String, String> row, String key) {
        Col column = column(key);
        return column == null ? null : row.get(column.header());
    }

    /** The portal value a dictionary column's exported value stands for (the value itself for an ISO country). */
    String portal(Map<String, String> row, String key) {
        Col column = column(key);
        String value = value(row, key);
        if (value == null || column.dictionary() == null) {
            return value;
        }
        String portal = reverse.getOrDefault(column.dictionary(), Map.of()).get(value);
        return portal == null && isoDictionaries.contains(column.dictionary()) ? value : portal;
    }

    boolean allowed(Col column, String value) {
        if (reverse.getOrDefault(column.dictionary(), Map.of()).containsKey(value)) {
            return true;
        }
        return isoDictionaries.contains(column.dictionary()) && value.matches("[A-Z]{2}")
                && Set.of(java.util.Locale.getISOCountries()).contains(value) && !value.equals("GR") && !value.equals("GB");
    }
}
