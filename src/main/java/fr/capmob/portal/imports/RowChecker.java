package fr.capmob.portal.imports;

import java.util.List;

/** Checks every line of a file of one kind with the rules of the module it goes to. */
interface RowChecker {

    ImportKind kind();

    /** {@code schoolId}: where students and staff go (null for hosts). */
    List<ParsedRow<Object>> check(Sheet sheet, Headers.Mapping mapping, Long schoolId);

    static List<String> cells(Sheet.Line line, Headers.Mapping mapping) {
        return mapping.columns().values().stream().map(c -> {
            String value = line.cell(c.index());
            return value == null ? "" : value;
        }).toList();
    }
}
