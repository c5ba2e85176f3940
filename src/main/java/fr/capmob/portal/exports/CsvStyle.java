package fr.capmob.portal.exports;

import java.time.format.DateTimeFormatter;

/**
 * The two CSV dialects: the French Excel one (default: {@code ;}, decimal comma, dates dd/MM/yyyy) and the
 * international one ({@code ,}, decimal point, ISO dates). Both are UTF-8 with a byte-order mark, so that Excel
 * reads the accents right.
 */
public enum CsvStyle {
    SEMICOLON(';', ',', DateTimeFormatter.ofPattern("dd/MM/yyyy")),
    COMMA(',', '.', DateTimeFormatter.ISO_LOCAL_DATE);

    private final char delimiter;
    private final char decimalSeparator;
    private final DateTimeFormatter dates;

    CsvStyle(char delimiter, char decimalSeparator, DateTimeFormatter dates) {
        this.delimiter = delimiter;
        this.decimalSeparator = decimalSeparator;
        this.dates = dates;
    }

    public char delimiter() {
        return delimiter;
    }

    public char decimalSeparator() {
        return decimalSeparator;
    }

    public DateTimeFormatter dates() {
        return dates;
    }
}
