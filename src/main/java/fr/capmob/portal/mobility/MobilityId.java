package fr.capmob.portal.mobility;

/** The id of a mobility, typed so that it is never mistaken for a trip's, a student's or a school's. */
public record MobilityId(long value) {

    public static MobilityId of(long value) {
        return new MobilityId(value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
