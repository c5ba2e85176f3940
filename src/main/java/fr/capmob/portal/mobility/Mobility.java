package fr.capmob.portal.mobility;

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

/** One participant's stay abroad within a project. */
@Entity
@Audited
@Table(name = "mobility")
class Mobility extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "project_id", nullable = false, updatable = false)
    private Long projectId;

    @Column(nullable = false, updatable = false)
    private String reference;

    @Enumerated(EnumType.STRING)
    @Column(name = "activity_type", nullable = false)
    private ActivityType activityType;

    @Column(name = "student_id")
    private Long studentId;

    @Column(name = "staff_id")
    private Long staffId;

    @Column(name = "sending_school_id", nullable = false)
    private Long sendingSchoolId;

    @Column(name = "host_id")
    private Long hostId;

    @Column(name = "destination_city_id", nullable = false)
    private Integer destinationCityId;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "end_date", nullable = false)
    private LocalDate endDate;

    @Column(name = "travel_days_before", nullable = false)
    private int travelDaysBefore;

    @Column(name = "travel_days_after", nullable = false)
    private int travelDaysAfter;

    @Column(name = "interruption_days", nullable = false)
    private int interruptionDays;

    @Enumerated(EnumType.STRING)
    private Transport transport;

    @Column(name = "learning_outcomes")
    private String learningOutcomes;

    private String tasks;
    private String mentor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MobilityStatus status;

    @Column(name = "cancellation_reason")
    private String cancellationReason;

    @Column(name = "force_majeure", nullable = false)
    private boolean forceMajeure;

    private String notes;

    @Column(name = "trip_id")
    private Long tripId;

    @Column(name = "departure_city_id")
    private Integer departureCityId;

    @Column(name = "location_comment")
    private String locationComment;

    @Column(name = "exceptional_travel_cost")
    private BigDecimal exceptionalTravelCost;

    @Column(name = "inclusion_real_costs")
    private BigDecimal inclusionRealCosts;

    @Column(name = "inclusion_justification")
    private String inclusionJustification;

    @Column(name = "zero_grant", nullable = false)
    private boolean zeroGrant;

    @Column(name = "force_majeure_costs")
    private BigDecimal forceMajeureCosts;

    @Column(name = "force_majeure_note")
    private String forceMajeureNote;

    protected Mobility() {
    }

    Mobility(long projectId, String reference, Long tripId) {
        this.projectId = projectId;
        this.reference = reference;
        this.tripId = tripId;
        this.status = MobilityStatus.DRAFT;
    }

    Long getTripId() {
        return tripId;
    }

    /** Joins a trip, moves to another (its id) or leaves its trip (null); everything else is kept. */
    void belongTo(Long tripId) {
        this.tripId = tripId;
    }

    LocalDate getEndDate() {
        return endDate;
    }

    Integer getDestinationCityId() {
        return destinationCityId;
    }

    Long getHostId() {
        return hostId;
    }

    ActivityType getActivityType() {
        return activityType;
    }

    void apply(MobilityCommand command, long sendingSchoolId, int destinationCityId) {
        this.activityType = command.activityType();
        this.studentId = command.participant().studentId();
        this.staffId = command.participant().staffId();
        this.sendingSchoolId = sendingSchoolId;
        this.hostId = command.placement().hostId();
        this.destinationCityId = destinationCityId;
        this.transport = command.placement().transport();
        applyPeriod(command.period());
        applyLearningAgreement(command.learningAgreement());
        this.notes = command.notes();
        applyGrantInputs(command.grant());
    }

    private void applyPeriod(StayPeriod period) {
        this.startDate = period.startDate();
        this.endDate = period.endDate();
        this.travelDaysBefore = period.travelDaysBefore();
        this.travelDaysAfter = period.travelDaysAfter();
        this.interruptionDays = period.interruptionDays();
    }

    private void applyLearningAgreement(LearningAgreement agreement) {
        this.learningOutcomes = agreement.learningOutcomes();
        this.tasks = agreement.tasks();
        this.mentor = agreement.mentor();
    }

    private void applyGrantInputs(GrantInputs grant) {
        this.departureCityId = grant.departureCityId();
        this.locationComment = grant.departureCityId() == null ? null : grant.locationComment();
        this.exceptionalTravelCost = grant.exceptionalTravelCost();
        this.inclusionRealCosts = grant.inclusionRealCosts();
        this.inclusionJustification = grant.inclusionJustification();
        this.zeroGrant = grant.zeroGrant();
    }

    /** The costs incurred by a force-majeure cancellation, entered by hand: they become the grant. */
    void forceMajeureCosts(BigDecimal costs, String note) {
        this.forceMajeureCosts = costs;
        this.forceMajeureNote = note;
    }

    boolean isForceMajeure() {
        return forceMajeure;
    }

    BigDecimal getForceMajeureCosts() {
        return forceMajeureCosts;
    }

    void moveTo(MobilityStatus target, String reason, boolean forceMajeure) {
        if (target == MobilityStatus.CANCELLED) {
            this.cancellationReason = reason;
            this.forceMajeure = forceMajeure;
        }
        this.status = target;
    }

    MobilityCommand toCommand() {
        return new MobilityCommand(projectId, activityType, new MobilityParticipant(studentId, staffId),
                new Placement(hostId, destinationCityId, transport),
                new StayPeriod(startDate, endDate, travelDaysBefore, travelDaysAfter, interruptionDays),
                new LearningAgreement(learningOutcomes, tasks, mentor), notes,
                new GrantInputs(departureCityId, locationComment, exceptionalTravelCost, inclusionRealCosts,
                        inclusionJustification, zeroGrant));
    }

    Long getId() {
        return id;
    }

    Long getProjectId() {
        return projectId;
    }

    String getReference() {
        return reference;
    }

    Long getSendingSchoolId() {
        return sendingSchoolId;
    }

    Integer getDepartureCityId() {
        return departureCityId;
    }

    Long getStudentId() {
        return studentId;
    }

    LocalDate getStartDate() {
        return startDate;
    }

    MobilityStatus getStatus() {
        return status;
    }
}
