package fr.capmob.portal.exports;

/** One column of an exported table: its header text and the type of its values. */
public record Column(String header, ColumnType type) {

    /** The XLSX width in characters: wide enough for the header, at least the type's default, at most 50. */
    int width() {
        return Math.min(50, Math.max(type.width(), header.length() + 2));
    }
}
