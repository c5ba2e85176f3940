package fr.capmob.portal.imports;

import java.util.List;

/** One line of the file: its cells in the order of the mapped columns, its problems, and what it would create. */
record ParsedRow<C>(int line, List<String> cells, List<RowProblem> problems, C command) {

    boolean valid() {
        return problems.isEmpty();
    }
}
