package fr.capmob.portal.consortium;

/** A school as the project and pair pages show it: name, UAI, experience. */
public record MemberSchool(long id, String name, String uai, Experience experience) {
}
