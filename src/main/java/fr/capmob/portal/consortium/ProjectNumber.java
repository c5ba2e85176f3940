package fr.capmob.portal.consortium;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An Erasmus+ grant agreement number: call year, round, national agency, action and serial, e.g.
 * {@code 2018-1-FR01-KA102-047193} (2014–2020) or {@code 2022-1-FR01-KA122-VET-000071234} (2021–2027).
 * The same shape as the database check {@code project_number_format}.
 */
public record ProjectNumber(int callYear, int round, String nationalAgency, String actionCode, String serial) {

    private static final Pattern SHAPE =
            Pattern.compile("([0-9]{4})-([0-9])-([A-Z]{2}[0-9]{2})-(KA[0-9]{3}(?:-VET)?)-([0-9]{6,9})");

    /** Trims and upper-cases what a user typed. */
    public static String normalise(String number) {
        return number == null ? null : number.trim().toUpperCase(Locale.ROOT);
    }

    /** The parts of a well-formed number; empty when the shape is wrong. */
    public static Optional<ProjectNumber> parse(String number) {
        if (number == null) {
            return Optional.empty();
        }
        Matcher matcher = SHAPE.matcher(number);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        return Optional.of(new ProjectNumber(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)),
                matcher.group(3), matcher.group(4), matcher.group(5)));
    }

    /** The key action written in the number, when it is one the portal knows. */
    public Optional<KeyAction> action() {
        for (KeyAction action : KeyAction.values()) {
            if (action.code().equals(actionCode)) {
                return Optional.of(action);
            }
        }
        return Optional.empty();
    }
}
