package fr.capmob.portal.funding;

/** The kinds of figures of a rate table (see the migration V11_1 for the meaning of each code). */
public enum RateKind {
    TRAVEL,
    GREEN_TRAVEL,
    COUNTRY_GROUP,
    DAILY_RATE,
    DAILY_RATE_REDUCED,
    ORGANISATIONAL_TIER,
    ORGANISATIONAL_ACTIVITY,
    INCLUSION_ORGANISATION,
    PARAMETER
}
