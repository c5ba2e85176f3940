package fr.capmob.portal.imports;

import java.util.List;

/**
 * The cells of a file as text: the header line and the other non-blank lines, each with its line number in the
 * file (the header is line 1 of a CSV without leading blank lines; for XLSX the spreadsheet's row number).
 */
record Sheet(int headerLine, List<String> header, List<Line> lines) {

    record Line(int number, List<String> cells) {

        String cell(int index) {
            return index < cells.size() ? cells.get(index) : null;
        }
    }
}
