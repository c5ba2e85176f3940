package fr.capmob.portal.exports;

/**
 * Formula injection (CSV / spreadsheet injection): a text cell that starts with {@code =}, {@code +}, {@code -},
 * {@code @}, a tab or a carriage return could be read by a spreadsheet as a formula. Such a text is neutralised
 * with a leading apostrophe, in CSV and in XLSX alike. Numbers and dates are written as numbers and dates, never
 * through here (so a negative amount stays a number).
 */
public final class SpreadsheetText {

    private SpreadsheetText() {
    }

    public static String neutralise(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        char first = text.charAt(0);
        return switch (first) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + text;
            default -> text;
        };
    }
}
