package fr.capmob.portal.imports;

import fr.capmob.portal.shared.PlausibleDate;
import fr.capmob.portal.shared.PlausibleDateValidator;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/** Reads the cells of one line by column key, collecting each problem with its line and column. */
final class RowReader {

    private static final List<DateTimeFormatter> DATES = List.of(
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT));
    /** The pattern of the portal's forms. */
    static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final Set<String> YES = Set.of("oui", "o", "yes", "y", "x", "1", "true", "vrai");
    private static final Set<String> NO = Set.of("non", "n", "no", "0", "false", "faux");

    private final Sheet.Line line;
    private final Map<String, MappedColumn> columns;
    private final List<RowProblem> problems = new ArrayList<>();

    RowReader(Sheet.Line line, Map<String, MappedColumn> columns) {
        this.line = line;
        this.columns = columns;
    }

    record MappedColumn(ImportColumn column, String header, int index) {
    }

    int line() {
        return line.number();
    }

    List<RowProblem> problems() {
        return problems;
    }

    void problem(String key, String messageKey, Object... args) {
        MappedColumn column = key == null ? null : columns.get(key);
        problems.add(new RowProblem(line.number(), column == null ? null : column.header(), messageKey, List.of(args)));
    }

    /** The trimmed text of a cell, null when empty or absent; a missing required value and a too long one are problems. */
    String text(String key) {
        MappedColumn column = columns.get(key);
        String value = column == null ? null : line.cell(column.index());
        value = value == null || value.isBlank() ? null : value.strip();
        if (value == null && column != null && column.column().required()) {
            problem(key, "imports.cell.missing");
        }
        if (value != null && column.column().maxLength() > 0 && value.length() > column.column().maxLength()) {
            problem(key, "imports.cell.tooLong", column.column().maxLength(), value.length());
        }
        return value;
    }

    /** A date in one of the accepted formats, with a plausible year ({@link PlausibleDate}). */
    LocalDate date(String key) {
        return plausible(key, parsed(key));
    }

    /** A date that is not after today (a birth date, a consent), with a plausible year. */
    LocalDate pastDate(String key, LocalDate today) {
        LocalDate date = parsed(key);
        if (date != null && date.isAfter(today)) {
            problem(key, "imports.cell.futureDate", value(key));
            return null;
        }
        return plausible(key, date);
    }

    private LocalDate plausible(String key, LocalDate date) {
        if (date != null && !PlausibleDateValidator.isPlausible(date)) {
            problem(key, "imports.cell.implausibleDate", value(key), PlausibleDate.MIN_YEAR, PlausibleDate.MAX_YEAR);
            return null;
        }
        return date;
    }

    private LocalDate parsed(String key) {
        String value = text(key);
        if (value == null) {
            return null;
        }
        for (DateTimeFormatter format : DATES) {
            try {
                return LocalDate.parse(value, format);
            } catch (DateTimeParseException notThisFormat) {
                // try the next accepted format
            }
        }
        problem(key, "imports.cell.badDate", value);
        return null;
    }

    boolean yesNo(String key) {
        String value = text(key);
        if (value == null) {
            return false;
        }
        String normalised = value.toLowerCase(Locale.ROOT);
        if (YES.contains(normalised)) {
            return true;
        }
        if (!NO.contains(normalised)) {
            problem(key, "imports.cell.badYesNo", value);
        }
        return false;
    }

    String email(String key) {
        String value = text(key);
        if (value != null && !EMAIL.matcher(value).matches()) {
            problem(key, "imports.cell.badEmail", value);
        }
        return value;
    }

    /**
     * A cell naming one value of a vocabulary (a level, a role, a country…): {@code whenEmpty} when the cell is empty,
     * the value found by {@code lookup}, else null and the problem {@code unknownMessage}.
     */
    <T> T coded(String key, Function<String, Optional<T>> lookup, String unknownMessage, T whenEmpty) {
        String text = text(key);
        if (text == null) {
            return whenEmpty;
        }
        T value = lookup.apply(text).orElse(null);
        if (value == null) {
            problem(key, unknownMessage, text);
        }
        return value;
    }

    /** The raw text, for messages. */
    String value(String key) {
        MappedColumn column = columns.get(key);
        String value = column == null ? null : line.cell(column.index());
        return value == null ? "" : value.strip();
    }
}
