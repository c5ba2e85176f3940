package fr.capmob.portal.exports;

/** How a column's values are written: text (neutralised), money (2 decimals), whole number, date. */
public enum ColumnType {
    TEXT(18),
    MONEY(14),
    INTEGER(10),
    DATE(12);

    private final int width;

    ColumnType(int width) {
        this.width = width;
    }

    /** The default column width in characters (XLSX). */
    int width() {
        return width;
    }
}
