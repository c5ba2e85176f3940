package fr.capmob.portal.imports;

import java.util.List;
import java.util.UUID;

/**
 * What a file would import: every line with its cells (in the order of {@code headers}) and its problems.
 * Nothing is written while a single problem remains.
 */
public record ImportPreview(UUID batchId, ImportKind kind, Long schoolId, String schoolName, String fileName,
                            List<String> headers, List<String> ignoredColumns, List<Row> rows) {

    public record Row(int line, List<String> cells, List<RowProblem> problems) {

        public boolean valid() {
            return problems.isEmpty();
        }
    }

    public long invalidRows() {
        return rows.stream().filter(row -> !row.valid()).count();
    }

    public boolean importable() {
        return !rows.isEmpty() && invalidRows() == 0;
    }
}
