package fr.capmob.portal.budget;

import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * The budget settings of one project: the advance share, and the version under which the coordinator's
 * allocation of the grant to schools is saved (one optimistic lock for the whole allocation form).
 */
@Entity
@Audited
@Table(name = "project_payment_setting")
class ProjectPaymentSetting {

    @Id
    @Column(name = "project_id")
    private Long projectId;

    @NotAudited
    @Version
    @Column(nullable = false)
    private Long version;

    @Column(name = "advance_share", nullable = false, precision = 5, scale = 4)
    private BigDecimal advanceShare;

    @NotAudited
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @NotAudited
    @Column(name = "updated_by")
    private String updatedBy;

    protected ProjectPaymentSetting() {
    }

    void update(BigDecimal share, String by) {
        advanceShare = share;
        updatedAt = Instant.now();
        updatedBy = by;
    }

    long version() {
        return version;
    }

    Instant updatedAt() {
        return updatedAt;
    }

    String updatedBy() {
        return updatedBy;
    }
}
