package fr.capmob.portal.mobility.web;

import fr.capmob.portal.shared.PlausibleDate;
import fr.capmob.portal.mobility.ActivityType;
import fr.capmob.portal.mobility.GrantInputs;
import fr.capmob.portal.mobility.LearningAgreement;
import fr.capmob.portal.mobility.MobilityCommand;
import fr.capmob.portal.mobility.MobilityParticipant;
import fr.capmob.portal.mobility.Placement;
import fr.capmob.portal.mobility.StayPeriod;
import fr.capmob.portal.mobility.Transport;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.BindingResult;

/** The create/edit form of a mobility. */
public class MobilityForm {

    // checked by the service (the edit form takes it from the stored mobility)
    private Long projectId;
    @NotNull(message = "{mobility.activityType.required}")
    private ActivityType activityType;
    private Long studentId;
    private Long staffId;
    private Long hostId;
    private Integer destinationCityId;
    @NotNull(message = "{mobility.startDate.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    @PlausibleDate
    private LocalDate startDate;
    @NotNull(message = "{mobility.endDate.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    @PlausibleDate
    private LocalDate endDate;
    @Min(value = 0, message = "{mobility.days.negative}")
    @Max(value = 10, message = "{mobility.days.tooMany}")
    private int travelDaysBefore;
    @Min(value = 0, message = "{mobility.days.negative}")
    @Max(value = 10, message = "{mobility.days.tooMany}")
    private int travelDaysAfter;
    @Min(value = 0, message = "{mobility.days.negative}")
    @Max(value = 365, message = "{mobility.days.tooMany}")
    private int interruptionDays;
    private Transport transport;
    @Size(max = 4000, message = "{mobility.text.tooLong}")
    private String learningOutcomes;
    @Size(max = 4000, message = "{mobility.text.tooLong}")
    private String tasks;
    @Size(max = 200, message = "{mobility.mentor.tooLong}")
    private String mentor;
    @Size(max = 4000, message = "{mobility.text.tooLong}")
    private String notes;
    private long version;
    /** A new mobility's trip (chosen among those that fit, or from the trip's page); edits change it on the mobility's page. */
    private Long tripId;

    // the grant's own inputs
    private Integer departureCityId;
    @Size(max = 500, message = "{grants.locationComment.tooLong}")
    private String locationComment;
    /** Euros as typed: "1 234,50" or "1234.50". */
    @Size(max = 20, message = "{grants.amount.invalid}")
    private String exceptionalTravelCost;
    @Size(max = 20, message = "{grants.amount.invalid}")
    private String inclusionRealCosts;
    @Size(max = 2000, message = "{grants.text.tooLong}")
    private String inclusionJustification;
    private boolean zeroGrant;

    public static MobilityForm from(MobilityCommand command, long version) {
        MobilityForm form = new MobilityForm();
        form.projectId = command.projectId();
        form.activityType = command.activityType();
        form.studentId = command.participant().studentId();
        form.staffId = command.participant().staffId();
        form.hostId = command.placement().hostId();
        form.destinationCityId = command.placement().destinationCityId();
        form.transport = command.placement().transport();
        form.fillPeriod(command.period());
        form.fillLearningAgreement(command.learningAgreement());
        form.notes = command.notes();
        form.version = version;
        form.fillGrant(command.grant());
        return form;
    }

    private void fillPeriod(StayPeriod period) {
        startDate = period.startDate();
        endDate = period.endDate();
        travelDaysBefore = period.travelDaysBefore();
        travelDaysAfter = period.travelDaysAfter();
        interruptionDays = period.interruptionDays();
    }

    private void fillLearningAgreement(LearningAgreement agreement) {
        learningOutcomes = agreement.learningOutcomes();
        tasks = agreement.tasks();
        mentor = agreement.mentor();
    }

    private void fillGrant(GrantInputs grant) {
        departureCityId = grant.departureCityId();
        locationComment = grant.locationComment();
        exceptionalTravelCost = Amounts.format(grant.exceptionalTravelCost());
        inclusionRealCosts = Amounts.format(grant.inclusionRealCosts());
        inclusionJustification = grant.inclusionJustification();
        zeroGrant = grant.zeroGrant();
    }

    /** Only the participant that fits the activity type is kept (the other select may hold a stale choice). */
    public MobilityCommand toCommand() {
        boolean learner = activityType != null && activityType.isLearner();
        return new MobilityCommand(projectId, activityType,
                learner ? MobilityParticipant.student(studentId) : MobilityParticipant.staff(staffId),
                new Placement(hostId, destinationCityId, transport),
                new StayPeriod(startDate, endDate, travelDaysBefore, travelDaysAfter, interruptionDays),
                new LearningAgreement(learningOutcomes, tasks, mentor), notes,
                new GrantInputs(departureCityId, locationComment, Amounts.parse(exceptionalTravelCost).orElse(null),
                        Amounts.parse(inclusionRealCosts).orElse(null), inclusionJustification, zeroGrant));
    }

    /** Rejects the amounts that are not euros (a French decimal comma is fine); call before {@link #toCommand()}. */
    public void checkAmounts(BindingResult binding) {
        if (!binding.hasFieldErrors("exceptionalTravelCost") && !Amounts.valid(exceptionalTravelCost)) {
            binding.rejectValue("exceptionalTravelCost", "grants.amount.invalid");
        }
        if (!binding.hasFieldErrors("inclusionRealCosts") && !Amounts.valid(inclusionRealCosts)) {
            binding.rejectValue("inclusionRealCosts", "grants.amount.invalid");
        }
    }

    public Integer getDepartureCityId() { return departureCityId; }
    public void setDepartureCityId(Integer departureCityId) { this.departureCityId = departureCityId; }
    public String getLocationComment() { return locationComment; }
    public void setLocationComment(String locationComment) { this.locationComment = locationComment; }
    public String getExceptionalTravelCost() { return exceptionalTravelCost; }
    public void setExceptionalTravelCost(String exceptionalTravelCost) { this.exceptionalTravelCost = exceptionalTravelCost; }
    public String getInclusionRealCosts() { return inclusionRealCosts; }
    public void setInclusionRealCosts(String inclusionRealCosts) { this.inclusionRealCosts = inclusionRealCosts; }
    public String getInclusionJustification() { return inclusionJustification; }
    public void setInclusionJustification(String inclusionJustification) { this.inclusionJustification = inclusionJustification; }
    public boolean isZeroGrant() { return zeroGrant; }
    public void setZeroGrant(boolean zeroGrant) { this.zeroGrant = zeroGrant; }

    public Long getProjectId() { return projectId; }
    public void setProjectId(Long projectId) { this.projectId = projectId; }
    public ActivityType getActivityType() { return activityType; }
    public void setActivityType(ActivityType activityType) { this.activityType = activityType; }
    public Long getStudentId() { return studentId; }
    public void setStudentId(Long studentId) { this.studentId = studentId; }
    public Long getStaffId() { return staffId; }
    public void setStaffId(Long staffId) { this.staffId = staffId; }
    public Long getHostId() { return hostId; }
    public void setHostId(Long hostId) { this.hostId = hostId; }
    public Integer getDestinationCityId() { return destinationCityId; }
    public void setDestinationCityId(Integer destinationCityId) { this.destinationCityId = destinationCityId; }
    public LocalDate getStartDate() { return startDate; }
    public void setStartDate(LocalDate startDate) { this.startDate = startDate; }
    public LocalDate getEndDate() { return endDate; }
    public void setEndDate(LocalDate endDate) { this.endDate = endDate; }
    public int getTravelDaysBefore() { return travelDaysBefore; }
    public void setTravelDaysBefore(int travelDaysBefore) { this.travelDaysBefore = travelDaysBefore; }
    public int getTravelDaysAfter() { return travelDaysAfter; }
    public void setTravelDaysAfter(int travelDaysAfter) { this.travelDaysAfter = travelDaysAfter; }
    public int getInterruptionDays() { return interruptionDays; }
    public void setInterruptionDays(int interruptionDays) { this.interruptionDays = interruptionDays; }
    public Transport getTransport() { return transport; }
    public void setTransport(Transport transport) { this.transport = transport; }
    public String getLearningOutcomes() { return learningOutcomes; }
    public void setLearningOutcomes(String learningOutcomes) { this.learningOutcomes = learningOutcomes; }
    public String getTasks() { return tasks; }
    public void setTasks(String tasks) { this.tasks = tasks; }
    public String getMentor() { return mentor; }
    public void setMentor(String mentor) { this.mentor = mentor; }
    public String getNotes() { return notes; }
    public void setNotes(String notes) { this.notes = notes; }
    public Long getTripId() { return tripId; }
    public void setTripId(Long tripId) { this.tripId = tripId; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
}
