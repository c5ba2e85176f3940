package fr.capmob.portal.mobility;

/** The Beneficiary Module's mobility id: the last 6 digits of the project number, "-MOB-", a 5-digit counter. */
public final class MobilityReference {

    private MobilityReference() {
    }

    public static String of(String projectNumber, int counter) {
        if (counter < 1 || counter > 99_999) {
            throw new IllegalArgumentException("counter out of range: " + counter);
        }
        String digits = projectNumber.replaceAll("^.*?([0-9]+)$", "$1");
        if (!digits.matches("[0-9]+")) {
            throw new IllegalArgumentException("project number without a trailing serial: " + projectNumber);
        }
        String lastSix = digits.length() >= 6 ? digits.substring(digits.length() - 6)
                : "0".repeat(6 - digits.length()) + digits;
        return lastSix + "-MOB-" + String.format("%05d", counter);
    }
}
