package fr.capmob.portal.dashboard;

/**
 * One line of a breakdown: the key (an activity type, a level, a field, a year, a month yyyy-MM, a school id, an
 * ISO country code), the school's name for schools, and the mobilities of learners and of staff that went abroad.
 */
public record Breakdown(String key, String name, long learners, long staff) {

    public long total() {
        return learners + staff;
    }
}
