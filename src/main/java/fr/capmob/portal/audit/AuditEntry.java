package fr.capmob.portal.audit;

import java.time.Instant;
import java.util.List;

/**
 * One audited write of one row: which row (its table, key and the record whose history it belongs to), what was
 * done, who did it (user id, or null for background work and anonymous forms) and when, and the fields changed.
 */
public record AuditEntry(long revision, Instant at, Long userId, String userName, AuditedTable table, long key,
                         long ownerId, String label, AuditAction action, List<FieldChange> changes) {

    AuditEntry withChanges(List<FieldChange> fieldChanges) {
        return new AuditEntry(revision, at, userId, userName, table, key, ownerId, label, action, fieldChanges);
    }
}
