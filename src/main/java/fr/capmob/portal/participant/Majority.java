package fr.capmob.portal.participant;

import java.time.LocalDate;

/**
 * Whether someone is a minor on a given date. A person comes of age on their 18th birthday; someone born on
 * 29 February comes of age on 1 March when the 18th year has no 29 February (the age {@link java.time.Period}
 * counts, and the one PostgreSQL's {@code age()} counts).
 */
public final class Majority {

    public static final int AGE = 18;

    private Majority() {
    }

    public static boolean isMinorOn(LocalDate birthDate, LocalDate date) {
        return birthDate.isAfter(bornAfterIsMinor(date));
    }

    /** The latest birth date of an adult on {@code date}: anyone born after it is a minor then (used in SQL). */
    public static LocalDate bornAfterIsMinor(LocalDate date) {
        return date.minusYears(AGE);
    }
}
