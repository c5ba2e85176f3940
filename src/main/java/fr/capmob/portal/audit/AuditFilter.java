package fr.capmob.portal.audit;

import java.time.LocalDate;

/**
 * The audit search: part of the author's name (or "system", "anonymous", a job's name), one record kind, a period
 * (dates included, in the portal's time zone UTC); every part optional.
 */
public record AuditFilter(String who, AuditedRecord record, LocalDate from, LocalDate to) {
}
