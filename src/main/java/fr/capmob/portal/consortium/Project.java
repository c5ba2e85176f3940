package fr.capmob.portal.consortium;

import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import fr.capmob.portal.shared.AuditedEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

/** An Erasmus+ grant agreement run by the consortium, with its member schools and granted budget per item. */
@Entity
@Audited
@Table(name = "project")
class Project extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String number;

    @Column(nullable = false)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ProgrammeGeneration generation;

    @Column(name = "call_year", nullable = false)
    private int callYear;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private KeyAction action;

    @Column(name = "national_agency", nullable = false)
    private String nationalAgency;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "end_date", nullable = false)
    private LocalDate endDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ProjectStatus status;

    /** When the final report was submitted: personal data is kept a number of years from it (privacy module). */
    @Column(name = "final_report_date")
    private LocalDate finalReportDate;

    @Column(name = "granted_travel", nullable = false)
    private BigDecimal grantedTravel = BigDecimal.ZERO;

    @Column(name = "granted_individual_support", nullable = false)
    private BigDecimal grantedIndividualSupport = BigDecimal.ZERO;

    @Column(name = "granted_organisational_support", nullable = false)
    private BigDecimal grantedOrganisationalSupport = BigDecimal.ZERO;

    @Column(name = "granted_inclusion_support", nullable = false)
    private BigDecimal grantedInclusionSupport = BigDecimal.ZERO;

    @Column(name = "granted_exceptional_costs", nullable = false)
    private BigDecimal grantedExceptionalCosts = BigDecimal.ZERO;

    /** Member schools, by id. */
    @NotAudited
    @ElementCollection
    @CollectionTable(name = "project_school", joinColumns = @JoinColumn(name = "project_id"))
    @Column(name = "school_id")
    private Set<Long> schoolIds = new HashSet<>();

    protected Project() {
    }

    Project(String number, String title, ProgrammeGeneration generation, int callYear, KeyAction action,
            String nationalAgency, LocalDate startDate, LocalDate endDate, ProjectStatus status) {
        this.number = number;
        this.title = title;
        this.generation = generation;
        this.callYear = callYear;
        this.action = action;
        this.nationalAgency = nationalAgency;
        this.startDate = startDate;
        this.endDate = endDate;
        this.status = status;
    }

    /** Total granted budget, all items together. */
    BigDecimal grantedTotal() {
        return grantedTravel.add(grantedIndividualSupport).add(grantedOrganisationalSupport)
                .add(grantedInclusionSupport).add(grantedExceptionalCosts);
    }

    Long getId() { return id; }
    String getNumber() { return number; }
    String getTitle() { return title; }
    ProgrammeGeneration getGeneration() { return generation; }
    int getCallYear() { return callYear; }
    KeyAction getAction() { return action; }
    String getNationalAgency() { return nationalAgency; }
    LocalDate getStartDate() { return startDate; }
    LocalDate getEndDate() { return endDate; }
    ProjectStatus getStatus() { return status; }
    LocalDate getFinalReportDate() { return finalReportDate; }
    BigDecimal getGrantedTravel() { return grantedTravel; }
    BigDecimal getGrantedIndividualSupport() { return grantedIndividualSupport; }
    BigDecimal getGrantedOrganisationalSupport() { return grantedOrganisationalSupport; }
    BigDecimal getGrantedInclusionSupport() { return grantedInclusionSupport; }
    BigDecimal getGrantedExceptionalCosts() { return grantedExceptionalCosts; }
    Set<Long> getSchoolIds() { return schoolIds; }

    void setNumber(String number) { this.number = number; }
    void setTitle(String title) { this.title = title; }
    void setGeneration(ProgrammeGeneration generation) { this.generation = generation; }
    void setCallYear(int callYear) { this.callYear = callYear; }
    void setAction(KeyAction action) { this.action = action; }
    void setNationalAgency(String nationalAgency) { this.nationalAgency = nationalAgency; }
    void setStartDate(LocalDate startDate) { this.startDate = startDate; }
    void setEndDate(LocalDate endDate) { this.endDate = endDate; }
    void setStatus(ProjectStatus status) { this.status = status; }
    void setFinalReportDate(LocalDate date) { this.finalReportDate = date; }
    void setGrantedTravel(BigDecimal amount) { this.grantedTravel = amount; }
    void setGrantedIndividualSupport(BigDecimal amount) { this.grantedIndividualSupport = amount; }
    void setGrantedOrganisationalSupport(BigDecimal amount) { this.grantedOrganisationalSupport = amount; }
    void setGrantedInclusionSupport(BigDecimal amount) { this.grantedInclusionSupport = amount; }
    void setGrantedExceptionalCosts(BigDecimal amount) { this.grantedExceptionalCosts = amount; }
}
