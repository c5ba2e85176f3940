package fr.capmob.portal.dashboard;

/** The breakdowns of the dashboard: mobilities that went abroad per activity type, level, field, year, month, school, country. */
public enum Dimension {
    ACTIVITY_TYPE,
    QUALIFICATION_LEVEL,
    FIELD,
    YEAR,
    MONTH,
    SCHOOL,
    COUNTRY
}
