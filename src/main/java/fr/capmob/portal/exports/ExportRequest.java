package fr.capmob.portal.exports;

import java.util.Locale;

/**
 * One export to run, already checked against the user's scope: {@code schoolId} is the school the rows are limited
 * to (the user's own school for school-scoped users, the chosen one or null for consortium-wide users), and
 * {@code projectId} the chosen project or null for every project in scope.
 */
public record ExportRequest(ExportKind kind, ExportFormat format, CsvStyle style, boolean pseudonymised,
                            Long projectId, String projectNumber, Long schoolId, Locale locale) {
}
