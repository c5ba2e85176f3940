package fr.capmob.portal.imports;

import java.util.List;

/**
 * What is wrong in one row: {@code line} is the line of the file (the header is line 1), {@code column} the
 * header as written in the file (null when the problem concerns the whole row), {@code messageKey} and
 * {@code args} the message in the imports bundle.
 */
public record RowProblem(int line, String column, String messageKey, List<Object> args) {

    public RowProblem {
        args = List.copyOf(args);
    }
}
