package fr.capmob.portal.shared;

/** The signed-in user as the audit trail records them (the account module's principal implements it). */
public interface AuditAuthor {

    long id();

    String displayName();
}
