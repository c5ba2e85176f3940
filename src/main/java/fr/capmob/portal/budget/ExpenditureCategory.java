package fr.capmob.portal.budget;

/** What a school paid a supplier for (real expenditure, M9.6). */
public enum ExpenditureCategory {
    TRAVEL_BOOKING,
    INSURANCE,
    PREPARATION,
    ACCOMMODATION,
    LOCAL_TRANSPORT,
    OTHER
}
