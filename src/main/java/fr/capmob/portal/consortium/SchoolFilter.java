package fr.capmob.portal.consortium;

/** What the schools list is narrowed to: a search text (name, UAI or city) and optional filters. */
public record SchoolFilter(String search, Experience experience, QualificationLevel level, VocationalField field) {

    public static SchoolFilter none() {
        return new SchoolFilter(null, null, null, null);
    }
}
