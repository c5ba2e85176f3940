package fr.capmob.portal.audit;

/** What a revision did to a row (Envers' revtype 0, 1, 2). */
public enum AuditAction {
    CREATED, CHANGED, DELETED;

    static AuditAction of(int revisionType) {
        return values()[revisionType];
    }
}
