package fr.capmob.portal.documents;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * A mobility's grant as the mobility module publishes it (the {@code grant_} columns of {@code mobility_view}: item
 * amounts exact, the total rounded once) and the project's payment schedule: the advance is {@code advanceShare} of
 * the total rounded half-up to the cent, the balance the rest, so that advance + balance = total exactly.
 */
public record GrantFigures(BigDecimal travelSupport, BigDecimal exceptionalTravel, BigDecimal individualSupport,
                           BigDecimal organisationalSupport, BigDecimal inclusionOrganisation,
                           BigDecimal inclusionParticipant, BigDecimal forceMajeureCosts, BigDecimal total,
                           boolean frozen, int distanceKm, boolean greenTravel, int fundedDays, int fundedTravelDays,
                           BigDecimal advanceShare) {

    /** The share of the total paid as an advance when the project has no setting of its own. */
    public static final BigDecimal DEFAULT_ADVANCE_SHARE = new BigDecimal("0.80");

    /** One line of the breakdown: its message key suffix and its amount, rounded to the cent for printing. */
    public record Item(String key, BigDecimal amount) {
    }

    /** The items with an amount, in the order of the Erasmus+ budget headings. */
    public List<Item> items() {
        List<Item> items = new ArrayList<>();
        add(items, "travelSupport", travelSupport);
        add(items, "exceptionalTravel", exceptionalTravel);
        add(items, "individualSupport", individualSupport);
        add(items, "organisationalSupport", organisationalSupport);
        add(items, "inclusionOrganisation", inclusionOrganisation);
        add(items, "inclusionParticipant", inclusionParticipant);
        add(items, "forceMajeureCosts", forceMajeureCosts);
        return items;
    }

    private static void add(List<Item> items, String key, BigDecimal amount) {
        if (amount != null && amount.signum() != 0) {
            items.add(new Item(key, amount.setScale(2, RoundingMode.HALF_UP)));
        }
    }

    public BigDecimal advance() {
        return total.multiply(advanceShare).setScale(2, RoundingMode.HALF_UP);
    }

    public BigDecimal balance() {
        return total.subtract(advance());
    }

    /** The advance share as a whole percentage for the text (0.8000 → 80). */
    public BigDecimal advancePercent() {
        return advanceShare.movePointRight(2).stripTrailingZeros();
    }

    public BigDecimal balancePercent() {
        return BigDecimal.ONE.subtract(advanceShare).movePointRight(2).stripTrailingZeros();
    }
}
