package fr.capmob.portal.funding;

/** What a school paid a supplier for (real expenditure, M9.6). */
public enum ExpenditureCategory {
    TRAVEL_BOOKING,
    INSURANCE,
    PREPARATION,
    ACCOMMODATION,
    LOCAL_TRANSPORT,
    OTHER
}
