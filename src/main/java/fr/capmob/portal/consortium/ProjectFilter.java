package fr.capmob.portal.consortium;

/** The search and filters of the projects list; null means "any". */
public record ProjectFilter(String search, ProgrammeGeneration generation, KeyAction action, ProjectStatus status,
                            Integer callYear, Long schoolId) {
}
