package fr.capmob.portal.exports;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A reporting layout read from the tables report_layout*: its tool (MTPLUS, BM), how it writes dates, its columns in
 * order and the dictionaries its columns use.
 */
record ReportingLayout(String code, String tool, DateTimeFormatter dates, List<LayoutColumn> columns,
                       Map<String, Dictionary> dictionaries) {

    /** Who a column's value is mandatory for. */
    enum Mandatory { ALL, LEARNER, STAFF, NONE;

        boolean on(boolean learnerRow) {
            return this == ALL || (this == LEARNER && learnerRow) || (this == STAFF && !learnerRow);
        }
    }

    /** One column: header text, mandatory mark, value source, dictionary code (or null), format (or null). */
    record LayoutColumn(int position, String header, Mandatory mandatory, SourceKey key, String dictionary,
                        Pattern format, String formatCode) {
    }

    /**
     * A dictionary: the tool's value for each portal value; {@code isoCountries} lets an unlisted ISO 3166 code
     * through unchanged (countries), else an unlisted value is invalid.
     */
    record Dictionary(String code, Map<String, String> values, boolean isoCountries) {
    }

    Dictionary dictionary(String code) {
        return dictionaries.get(code);
    }

    /** The file name's start: {@code mobility-tool} or {@code beneficiary-module}. */
    String fileSlug() {
        return "MTPLUS".equals(tool) ? "mobility-tool" : "beneficiary-module";
    }
}
