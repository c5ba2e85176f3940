package fr.capmob.portal.mobility.web;

import fr.capmob.portal.shared.PlausibleDate;
import fr.capmob.portal.mobility.TripCommand;
import fr.capmob.portal.mobility.TripEdit;
import fr.capmob.portal.mobility.Transport;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.format.annotation.DateTimeFormat;

/** The form creating or editing a group trip (its project is chosen at creation only). */
public class TripForm {

    private Long projectId;
    @NotBlank(message = "{trip.name.required}")
    @Size(max = 200, message = "{mobility.mentor.tooLong}")
    private String name;
    private Set<Long> schoolIds = new LinkedHashSet<>();
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
    private int travelDaysBefore = 1;
    @Min(value = 0, message = "{mobility.days.negative}")
    @Max(value = 10, message = "{mobility.days.tooMany}")
    private int travelDaysAfter = 1;
    private Transport transport;
    private Set<Long> hostIds = new LinkedHashSet<>();
    private long version;

    /** The edit form of a stored trip. */
    public static TripForm from(TripEdit edit) {
        TripCommand c = edit.command();
        TripForm form = new TripForm();
        form.projectId = c.projectId();
        form.name = c.name();
        form.schoolIds = new LinkedHashSet<>(c.schoolIds());
        form.destinationCityId = c.destinationCityId();
        form.startDate = c.startDate();
        form.endDate = c.endDate();
        form.travelDaysBefore = c.travelDaysBefore();
        form.travelDaysAfter = c.travelDaysAfter();
        form.transport = c.transport();
        form.hostIds = new LinkedHashSet<>(c.hostIds());
        form.version = edit.version();
        return form;
    }

    public TripCommand toCommand() {
        return new TripCommand(projectId, name, Set.copyOf(schoolIds == null ? Set.of() : schoolIds), destinationCityId,
                startDate, endDate, travelDaysBefore, travelDaysAfter, transport,
                Set.copyOf(hostIds == null ? Set.of() : hostIds));
    }

    public Long getProjectId() { return projectId; }
    public void setProjectId(Long projectId) { this.projectId = projectId; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public Set<Long> getSchoolIds() { return schoolIds; }
    public void setSchoolIds(Set<Long> schoolIds) { this.schoolIds = schoolIds; }
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
    public Transport getTransport() { return transport; }
    public void setTransport(Transport transport) { this.transport = transport; }
    public Set<Long> getHostIds() { return hostIds; }
    public void setHostIds(Set<Long> hostIds) { this.hostIds = hostIds; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
}
