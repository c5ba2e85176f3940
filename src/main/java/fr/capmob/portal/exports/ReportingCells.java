package fr.capmob.portal.exports;

import fr.capmob.portal.exports.ReportingLayout.Dictionary;
import fr.capmob.portal.exports.ReportingLayout.LayoutColumn;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Turns one mobility's values into the cells of a layout's row, by the layout's own rules: each column's value
 * through its dictionary (an unlisted value is kept as it is and flagged invalid), checked against its format, dates
 * written with the layout's pattern, amounts to the cent; an empty mandatory value is flagged missing. The same
 * rules serve the file and the completeness check, so what the check lists is exactly what the file lacks.
 */
final class ReportingCells {

    static final Set<SourceKey> MONEY = EnumSet.of(SourceKey.TRAVEL_GRANT, SourceKey.INDIVIDUAL_SUPPORT,
            SourceKey.ORGANISATIONAL_SUPPORT, SourceKey.SPECIAL_NEEDS_SUPPORT, SourceKey.INCLUSION_ORGANISATION,
            SourceKey.EXCEPTIONAL_COSTS, SourceKey.TOTAL_GRANT, SourceKey.LINGUISTIC_GRANT, SourceKey.COURSE_FEES);
    static final Set<SourceKey> WHOLE = EnumSet.of(SourceKey.DURATION_CALCULATED, SourceKey.INTERRUPTION_DAYS,
            SourceKey.DURATION_MOBILITY, SourceKey.TRAVEL_DAYS, SourceKey.NON_FUNDED_DAYS, SourceKey.FUNDED_DAYS,
            SourceKey.DISTANCE_KM);
    /** Personal values left out of a pseudonymised file (the participant code stays). */
    static final Set<SourceKey> PERSONAL = EnumSet.of(SourceKey.FIRST_NAME, SourceKey.LAST_NAME, SourceKey.BIRTH_DATE,
            SourceKey.EMAIL);
    private static final Set<String> ISO_COUNTRIES = Set.of(Locale.getISOCountries());

    /** A row's cells and what is wrong with them. */
    record Row(List<Object> cells, List<ReportingProblem> problems) {
    }

    private ReportingCells() {
    }

    static List<Column> header(ReportingLayout layout) {
        return layout.columns().stream().map(c -> new Column(c.header(), type(c))).toList();
    }

    static ColumnType type(LayoutColumn column) {
        if (MONEY.contains(column.key())) {
            return ColumnType.MONEY;
        }
        return WHOLE.contains(column.key()) && column.dictionary() == null ? ColumnType.INTEGER : ColumnType.TEXT;
    }

    static Row row(ReportingLayout layout, ReportingValues values, boolean pseudonymised) {
        List<Object> cells = new ArrayList<>(layout.columns().size());
        List<ReportingProblem> problems = new ArrayList<>();
        for (LayoutColumn column : layout.columns()) {
            Object raw = pseudonymised && PERSONAL.contains(column.key()) ? null : values.get(column.key());
            Object cell = cell(layout, column, raw, problems);
            if (cell == null && column.mandatory().on(values.learner())
                    && !(pseudonymised && PERSONAL.contains(column.key()))) {
                problems.add(new ReportingProblem(column.header(), column.key().name(), ReportingProblem.Kind.MISSING, null));
            }
            cells.add(cell);
        }
        return new Row(cells, problems);
    }

    private static Object cell(ReportingLayout layout, LayoutColumn column, Object raw, List<ReportingProblem> problems) {
        if (raw == null || (raw instanceof String text && text.isBlank())) {
            return null;
        }
        if (raw instanceof BigDecimal amount && column.dictionary() == null) {
            return amount.setScale(2, RoundingMode.HALF_UP);
        }
        if (raw instanceof Long && column.dictionary() == null && column.format() == null) {
            return raw;
        }
        String text = raw instanceof LocalDate date ? layout.dates().format(date) : raw.toString();
        if (column.dictionary() != null) {
            String translated = translate(layout.dictionary(column.dictionary()), text);
            if (translated == null) {
                problems.add(new ReportingProblem(column.header(), column.key().name(), ReportingProblem.Kind.INVALID, text));
                return text;
            }
            text = translated;
        }
        if (column.format() != null && !column.format().matcher(text).matches()) {
            problems.add(new ReportingProblem(column.header(), column.key().name(), ReportingProblem.Kind.INVALID, text));
        }
        return text;
    }

    /** The dictionary's value, an ISO country code as it is where the dictionary allows it, else null. */
    static String translate(Dictionary dictionary, String portalValue) {
        if (dictionary == null) {
            return portalValue;
        }
        String value = dictionary.values().get(portalValue);
        if (value == null && dictionary.isoCountries() && ISO_COUNTRIES.contains(portalValue)) {
            return portalValue;
        }
        return value;
    }
}
