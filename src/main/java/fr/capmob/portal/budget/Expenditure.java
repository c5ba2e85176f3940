package fr.capmob.portal.budget;

import org.hibernate.envers.Audited;
import fr.capmob.portal.shared.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A supplier invoice paid by a school for a project (and a mobility or a trip, or neither). */
@Entity
@Audited
@Table(name = "expenditure")
class Expenditure extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "project_id", nullable = false)
    private long projectId;

    @Column(name = "school_id", nullable = false)
    private long schoolId;

    @Column(name = "mobility_id")
    private Long mobilityId;

    @Column(name = "trip_id")
    private Long tripId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ExpenditureCategory category;

    @Column(nullable = false, length = 200)
    private String supplier;

    @Column(name = "invoice_number", nullable = false, length = 100)
    private String invoiceNumber;

    @Column(nullable = false, precision = 12, scale = 2)
    private BigDecimal amount;

    @Column(name = "spent_on", nullable = false)
    private LocalDate spentOn;

    @Column(length = 1000)
    private String note;

    @Column(name = "created_by", nullable = false, updatable = false, length = 254)
    private String createdBy;

    protected Expenditure() {
    }

    Expenditure(String createdBy) {
        this.createdBy = createdBy;
    }

    void apply(ExpenditureCommand command) {
        projectId = command.projectId();
        schoolId = command.schoolId();
        mobilityId = command.mobilityId();
        tripId = command.tripId();
        category = command.category();
        supplier = command.supplier().trim();
        invoiceNumber = command.invoiceNumber().trim();
        amount = command.amount();
        spentOn = command.spentOn();
        note = command.note() == null || command.note().isBlank() ? null : command.note().trim();
    }

    Long getId() {
        return id;
    }

    long getSchoolId() {
        return schoolId;
    }

    String getCreatedBy() {
        return createdBy;
    }

    ExpenditureCommand toCommand(String mobilityReference) {
        return new ExpenditureCommand(projectId, schoolId, mobilityId, mobilityReference, tripId, category, supplier,
                invoiceNumber, amount, spentOn, note);
    }
}
