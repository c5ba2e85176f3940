package fr.capmob.portal.shared;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * Base of every editable aggregate: optimistic-lock version and who changed it last, and when
 * (shown to a user whose save came too late).
 */
@MappedSuperclass
public abstract class AuditedEntity {

    @Version
    @Column(nullable = false)
    private long version;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by")
    private String updatedBy;

    @PrePersist
    void beforeInsert() {
        createdAt = Instant.now();
        stampUpdate();
    }

    @PreUpdate
    void beforeUpdate() {
        stampUpdate();
    }

    private void stampUpdate() {
        updatedAt = Instant.now();
        updatedBy = AuditActor.signedInOrSystem();
    }

    /** Throws {@link ConcurrentEditException} when the form was opened on another version than the stored one. */
    public void checkVersion(long versionSeenByUser) {
        if (versionSeenByUser != version) {
            throw new ConcurrentEditException(updatedBy, updatedAt, version);
        }
    }

    public long getVersion() {
        return version;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }
}
