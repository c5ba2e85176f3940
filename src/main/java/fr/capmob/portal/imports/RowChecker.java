package fr.capmob.portal.imports;

import java.util.List;
import java.util.function.Supplier;

/** Checks every line of a file of one kind with the rules of the module it goes to. */
interface RowChecker {

    ImportKind kind();

    /** {@code schoolId}: where students and staff go (null for hosts). */
    List<ParsedRow<Object>> check(Sheet sheet, Headers.Mapping mapping, Long schoolId);

    /** The checked line: its cells, its problems, and the command built from it when it has none. */
    static ParsedRow<Object> parsed(RowReader row, Sheet.Line line, Headers.Mapping mapping, Supplier<Object> command) {
        return new ParsedRow<>(row.line(), cells(line, mapping), List.copyOf(row.problems()),
                row.problems().isEmpty() ? command.get() : null);
    }

    static List<String> cells(Sheet.Line line, Headers.Mapping mapping) {
        return mapping.columns().values().stream().map(c -> {
            String value = line.cell(c.index());
            return value == null ? "" : value;
        }).toList();
    }
}
