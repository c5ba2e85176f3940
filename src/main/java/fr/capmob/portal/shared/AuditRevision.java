package fr.capmob.portal.shared;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;

/**
 * One Envers revision: the transaction that changed audited rows, who made it and when. In the shared kernel rather
 * than in the audit module so that every module's own tests (which scan only their module and its dependencies for
 * entities) find it: Envers would otherwise fall back to its default {@code revinfo} table.
 */
@Entity
@Table(name = "audit_revision")
@RevisionEntity(AuditRevisionListener.class)
class AuditRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @RevisionNumber
    private Long id;

    @RevisionTimestamp
    @Column(name = "revision_at", nullable = false)
    private Instant revisionAt;

    @Column(name = "user_id")
    private Long userId;

    @Column(name = "user_name", nullable = false)
    private String userName;

    protected AuditRevision() {
    }

    void author(Long userId, String userName) {
        this.userId = userId;
        this.userName = userName.length() > 200 ? userName.substring(0, 200) : userName;
    }

    Long id() {
        return id;
    }
}
