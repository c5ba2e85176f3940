package fr.capmob.portal.consortium;

import java.util.Map;

/** The search and filters of the projects list; null means "any". */
public record ProjectFilter(String search, ProgrammeGeneration generation, KeyAction action, ProjectStatus status,
                            Integer callYear, Long schoolId) {

    /** The list's sort keys (in its links) and the columns of {@code project} they sort by ({@link ProjectPages}). */
    public static final Map<String, String> SORT_KEYS = Map.of(
            "number", "number", "title", "title", "start", "start_date", "year", "call_year");
}
