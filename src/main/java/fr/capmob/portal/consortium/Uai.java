package fr.capmob.portal.consortium;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The UAI (Unité administrative immatriculée) of a French school: 7 characters (a 3-digit département and
 * 4 digits) followed by a check letter, the ((7-character number mod 23) + 1)-th letter of
 * {@code ABCDEFGHJKLMNPRSTUVWXYZ} (I, O and Q are left out). Example: 750001 = 23 × 32608 + 17, and the
 * 18th letter is U, so 0750001U.
 */
public final class Uai {

    static final String CHECK_LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ";
    private static final Pattern SHAPE = Pattern.compile("[0-9]{7}[A-Z]");
    private static final Pattern NUMBER = Pattern.compile("[0-9]{7}");

    private Uai() {
    }

    /** The check letter of a 7-digit UAI number. */
    public static char checkLetter(String sevenDigits) {
        if (sevenDigits == null || !NUMBER.matcher(sevenDigits).matches()) {
            throw new IllegalArgumentException("a UAI number has 7 digits: " + sevenDigits);
        }
        return CHECK_LETTERS.charAt(Integer.parseInt(sevenDigits) % 23);
    }

    /** The full UAI (number + check letter) of a 7-digit number. */
    public static String withCheckLetter(String sevenDigits) {
        return sevenDigits + checkLetter(sevenDigits);
    }

    /** Upper-cases and trims what a user typed. */
    public static String normalise(String uai) {
        return uai == null ? null : uai.trim().toUpperCase(java.util.Locale.ROOT);
    }

    public static boolean hasValidShape(String uai) {
        return uai != null && SHAPE.matcher(uai).matches();
    }

    public static boolean isValid(String uai) {
        return hasValidShape(uai) && checkLetter(uai.substring(0, 7)) == uai.charAt(7);
    }

    /**
     * The check letter this UAI should end with, when its shape is right but its letter is wrong
     * (so the user can be told which letter is expected); empty otherwise.
     */
    public static Optional<Character> expectedLetterIfWrong(String uai) {
        if (uai == null || uai.length() != 8 || !NUMBER.matcher(uai.substring(0, 7)).matches()) {
            return Optional.empty();
        }
        char expected = checkLetter(uai.substring(0, 7));
        return uai.charAt(7) == expected ? Optional.empty() : Optional.of(expected);
    }
}
