package fr.capmob.portal.privacy;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * After an anonymisation, the audit history must not keep the old values: overwrites the same personal columns in
 * the rows of {@code <table>_aud} (Hibernate Envers' audit tables) that belong to the person, when that table exists
 * (information_schema), and only the columns it has. Returns how many history rows were overwritten.
 */
@Component
class AuditHistoryScrubber {

    static final String SUFFIX = "_aud";
    private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]*");

    private final JdbcClient jdbc;

    AuditHistoryScrubber(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    int scrub(String table, String keyColumn, Collection<Long> keys, Map<String, Object> values) {
        String history = identifier(table) + SUFFIX;
        Set<String> columns = columnsOf(history);
        if (keys.isEmpty() || !columns.contains(identifier(keyColumn))) {
            return 0;
        }
        List<String> assignments = new ArrayList<>();
        var params = new java.util.HashMap<String, Object>();
        int i = 0;
        for (Map.Entry<String, Object> value : values.entrySet()) {
            if (!columns.contains(identifier(value.getKey()))) {
                continue;
            }
            if (value.getValue() instanceof Expression expression) {
                assignments.add(value.getKey() + " = " + expression.sql());
            } else {
                assignments.add(value.getKey() + " = :v" + i);
                params.put("v" + i, value.getValue());
                i++;
            }
        }
        if (assignments.isEmpty()) {
            return 0;
        }
        String sql = "update " + history + " set " + String.join(", ", assignments) + " where " + keyColumn + " in (:keys)";
        var statement = jdbc.sql(sql).param("keys", keys);
        for (Map.Entry<String, Object> param : params.entrySet()) {
            statement = statement.param(param.getKey(), param.getValue());
        }
        return statement.update();
    }

    /** A value computed from the row itself (a constant SQL expression of this code, never user input). */
    record Expression(String sql) {
    }

    /** The columns of a table of the current schema; empty when there is no such table. */
    Set<String> columnsOf(String table) {
        return jdbc.sql("""
                        select column_name from information_schema.columns
                        where table_schema = current_schema() and table_name = :table""")
                .param("table", table).query(String.class).list().stream().collect(Collectors.toSet());
    }

    private static String identifier(String name) {
        if (!IDENTIFIER.matcher(name).matches()) {
            throw new IllegalArgumentException("not a plain SQL identifier: " + name);
        }
        return name;
    }
}
