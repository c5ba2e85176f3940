package fr.capmob.portal.mobility;

/** The id of a group trip, typed so that it is never mistaken for a mobility's. */
public record TripId(long value) {

    public static TripId of(long value) {
        return new TripId(value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
