package fr.capmob.portal.audit;

import java.time.Instant;
import java.util.List;

/**
 * One audited write of one row: which row (its table, key and the record whose history it belongs to), what was
 * done, who did it (user id, or null for background work and anonymous forms) and when, and the fields changed.
 * {@code earlierUnrecorded}: a change of a row written before the audit trail existed (or by the demo's SQL), whose
 * previous values were never recorded: every field shows as new.
 */
public record AuditEntry(long revision, Instant at, Long userId, String userName, AuditedTable table, long key,
                         long ownerId, String label, AuditAction action, List<FieldChange> changes,
                         boolean earlierUnrecorded) {

    AuditEntry withChanges(List<FieldChange> fieldChanges, boolean unrecorded) {
        return new AuditEntry(revision, at, userId, userName, table, key, ownerId, label, action, fieldChanges,
                unrecorded && action == AuditAction.CHANGED);
    }
}
