package fr.capmob.portal.consortium;

/** One line of the schools list. */
public record SchoolSummary(long id, String name, String uai, String city, Experience experience) {
}
