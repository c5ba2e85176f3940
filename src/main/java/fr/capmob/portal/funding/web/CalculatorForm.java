package fr.capmob.portal.funding.web;

import fr.capmob.portal.shared.PlausibleDate;
import fr.capmob.portal.funding.RateActivity;
import fr.capmob.portal.funding.GrantRequest;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** The calculator's questions. */
public class CalculatorForm {

    @NotNull(message = "{funding.calc.projectId.required}")
    private Long projectId;
    @NotNull(message = "{funding.calc.activity.required}")
    private RateActivity activity = RateActivity.LEARNER;
    @NotNull(message = "{funding.calc.departureCityId.required}")
    private Integer departureCityId;
    @NotNull(message = "{funding.calc.destinationCityId.required}")
    private Integer destinationCityId;
    @NotNull(message = "{funding.calc.start.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    @PlausibleDate
    private LocalDate start;
    @NotNull(message = "{funding.calc.end.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    @PlausibleDate
    private LocalDate end;
    @NotNull(message = "{funding.calc.days.invalid}")
    @Min(value = 0, message = "{funding.calc.days.invalid}")
    @Max(value = 30, message = "{funding.calc.days.invalid}")
    private Integer travelDays = 2;
    @NotNull(message = "{funding.calc.days.invalid}")
    @Min(value = 0, message = "{funding.calc.days.invalid}")
    @Max(value = 365, message = "{funding.calc.days.invalid}")
    private Integer interruptionDays = 0;
    private boolean greenTravel;
    private boolean exceptionalTravel;
    @DecimalMin(value = "0", message = "{funding.calc.exceptionalTravelCost.invalid}")
    @DecimalMax(value = "99999999", message = "{funding.calc.exceptionalTravelCost.invalid}")
    private BigDecimal exceptionalTravelCost;
    private boolean fewerOpportunities;
    @NotNull(message = "{funding.calc.participantNumber.invalid}")
    @Min(value = 1, message = "{funding.calc.participantNumber.invalid}")
    @Max(value = 100000, message = "{funding.calc.participantNumber.invalid}")
    private Integer participantNumber = 1;

    /** True when the user has answered enough to compute (the first visit shows an empty form, no errors). */
    boolean isStarted() {
        return projectId != null || departureCityId != null || destinationCityId != null || start != null || end != null;
    }

    GrantRequest toRequest() {
        return new GrantRequest(projectId, activity, departureCityId, destinationCityId, start, end, travelDays,
                interruptionDays, greenTravel, exceptionalTravel ? exceptionalTravelCost : null, fewerOpportunities,
                participantNumber);
    }

    public Long getProjectId() { return projectId; }
    public void setProjectId(Long projectId) { this.projectId = projectId; }
    public RateActivity getActivity() { return activity; }
    public void setActivity(RateActivity activity) { this.activity = activity; }
    public Integer getDepartureCityId() { return departureCityId; }
    public void setDepartureCityId(Integer departureCityId) { this.departureCityId = departureCityId; }
    public Integer getDestinationCityId() { return destinationCityId; }
    public void setDestinationCityId(Integer destinationCityId) { this.destinationCityId = destinationCityId; }
    public LocalDate getStart() { return start; }
    public void setStart(LocalDate start) { this.start = start; }
    public LocalDate getEnd() { return end; }
    public void setEnd(LocalDate end) { this.end = end; }
    public Integer getTravelDays() { return travelDays; }
    public void setTravelDays(Integer travelDays) { this.travelDays = travelDays; }
    public Integer getInterruptionDays() { return interruptionDays; }
    public void setInterruptionDays(Integer interruptionDays) { this.interruptionDays = interruptionDays; }
    public boolean isGreenTravel() { return greenTravel; }
    public void setGreenTravel(boolean greenTravel) { this.greenTravel = greenTravel; }
    public boolean isExceptionalTravel() { return exceptionalTravel; }
    public void setExceptionalTravel(boolean exceptionalTravel) { this.exceptionalTravel = exceptionalTravel; }
    public BigDecimal getExceptionalTravelCost() { return exceptionalTravelCost; }
    public void setExceptionalTravelCost(BigDecimal exceptionalTravelCost) { this.exceptionalTravelCost = exceptionalTravelCost; }
    public boolean isFewerOpportunities() { return fewerOpportunities; }
    public void setFewerOpportunities(boolean fewerOpportunities) { this.fewerOpportunities = fewerOpportunities; }
    public Integer getParticipantNumber() { return participantNumber; }
    public void setParticipantNumber(Integer participantNumber) { this.participantNumber = participantNumber; }
}
