package fr.capmob.portal.consortium.web;

import fr.capmob.portal.shared.PlausibleDate;
import fr.capmob.portal.consortium.KeyAction;
import fr.capmob.portal.consortium.ProgrammeGeneration;
import fr.capmob.portal.consortium.ProjectCommand;
import fr.capmob.portal.consortium.ProjectDetails;
import fr.capmob.portal.consortium.ProjectStatus;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** The create/edit form of a project. The rules beyond "required" are {@code ProjectRules}, run by the service. */
public class ProjectForm {

    @NotBlank(message = "{project.number.required}")
    private String number;
    @NotBlank(message = "{project.title.required}")
    private String title;
    @NotNull(message = "{project.generation.required}")
    private ProgrammeGeneration generation;
    @NotNull(message = "{project.callYear.required}")
    private Integer callYear;
    @NotNull(message = "{project.action.required}")
    private KeyAction action;
    @NotBlank(message = "{project.nationalAgency.required}")
    private String nationalAgency;
    @NotNull(message = "{project.startDate.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    @PlausibleDate
    private LocalDate startDate;
    @NotNull(message = "{project.endDate.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    @PlausibleDate
    private LocalDate endDate;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    @PlausibleDate
    private LocalDate finalReportDate;
    @NotNull(message = "{project.status.required}")
    private ProjectStatus status;
    private BigDecimal grantedTravel;
    private BigDecimal grantedIndividualSupport;
    private BigDecimal grantedOrganisationalSupport;
    private BigDecimal grantedInclusionSupport;
    private BigDecimal grantedExceptionalCosts;
    private Long version;

    /** A new project: French national agency, in preparation. */
    static ProjectForm blank() {
        ProjectForm form = new ProjectForm();
        form.nationalAgency = "FR01";
        form.status = ProjectStatus.PREPARATION;
        return form;
    }

    static ProjectForm from(ProjectDetails project) {
        ProjectForm form = new ProjectForm();
        form.number = project.number();
        form.title = project.title();
        form.generation = project.generation();
        form.callYear = project.callYear();
        form.action = project.action();
        form.nationalAgency = project.nationalAgency();
        form.startDate = project.startDate();
        form.endDate = project.endDate();
        form.status = project.status();
        form.finalReportDate = project.finalReportDate();
        form.grantedTravel = project.grantedTravel();
        form.grantedIndividualSupport = project.grantedIndividualSupport();
        form.grantedOrganisationalSupport = project.grantedOrganisationalSupport();
        form.grantedInclusionSupport = project.grantedInclusionSupport();
        form.grantedExceptionalCosts = project.grantedExceptionalCosts();
        form.version = project.version();
        return form;
    }

    ProjectCommand toCommand() {
        return new ProjectCommand(number, title, generation, callYear, action, nationalAgency, startDate, endDate,
                status, grantedTravel, grantedIndividualSupport, grantedOrganisationalSupport, grantedInclusionSupport,
                grantedExceptionalCosts, finalReportDate);
    }

    public String getNumber() { return number; }
    public void setNumber(String number) { this.number = number; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public ProgrammeGeneration getGeneration() { return generation; }
    public void setGeneration(ProgrammeGeneration generation) { this.generation = generation; }
    public Integer getCallYear() { return callYear; }
    public void setCallYear(Integer callYear) { this.callYear = callYear; }
    public KeyAction getAction() { return action; }
    public void setAction(KeyAction action) { this.action = action; }
    public String getNationalAgency() { return nationalAgency; }
    public void setNationalAgency(String nationalAgency) { this.nationalAgency = nationalAgency; }
    public LocalDate getStartDate() { return startDate; }
    public void setStartDate(LocalDate startDate) { this.startDate = startDate; }
    public LocalDate getEndDate() { return endDate; }
    public void setEndDate(LocalDate endDate) { this.endDate = endDate; }
    public LocalDate getFinalReportDate() { return finalReportDate; }
    public void setFinalReportDate(LocalDate finalReportDate) { this.finalReportDate = finalReportDate; }
    public ProjectStatus getStatus() { return status; }
    public void setStatus(ProjectStatus status) { this.status = status; }
    public BigDecimal getGrantedTravel() { return grantedTravel; }
    public void setGrantedTravel(BigDecimal grantedTravel) { this.grantedTravel = grantedTravel; }
    public BigDecimal getGrantedIndividualSupport() { return grantedIndividualSupport; }
    public void setGrantedIndividualSupport(BigDecimal amount) { this.grantedIndividualSupport = amount; }
    public BigDecimal getGrantedOrganisationalSupport() { return grantedOrganisationalSupport; }
    public void setGrantedOrganisationalSupport(BigDecimal amount) { this.grantedOrganisationalSupport = amount; }
    public BigDecimal getGrantedInclusionSupport() { return grantedInclusionSupport; }
    public void setGrantedInclusionSupport(BigDecimal amount) { this.grantedInclusionSupport = amount; }
    public BigDecimal getGrantedExceptionalCosts() { return grantedExceptionalCosts; }
    public void setGrantedExceptionalCosts(BigDecimal amount) { this.grantedExceptionalCosts = amount; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
