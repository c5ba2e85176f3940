package fr.capmob.portal.mobility.web;

import fr.capmob.portal.mobility.ReportingDetails;
import fr.capmob.portal.shared.PlausibleDate;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** The reporting details of a mobility as entered (long-term flag, interruption dates, items not required). */
public class ReportingDetailsForm {

    private long version;
    private boolean longTerm;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    @PlausibleDate
    private LocalDate interruptionStart;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    @PlausibleDate
    private LocalDate interruptionEnd;
    private boolean travelNotRequired;
    private boolean individualNotRequired;
    private boolean organisationalNotRequired;
    private boolean specialNeedsNotRequired;
    private boolean exceptionalNotRequired;

    static ReportingDetailsForm from(ReportingDetails details) {
        ReportingDetailsForm form = new ReportingDetailsForm();
        form.version = details.version();
        form.longTerm = details.longTerm();
        form.interruptionStart = details.interruptionStart();
        form.interruptionEnd = details.interruptionEnd();
        form.travelNotRequired = details.travelNotRequired();
        form.individualNotRequired = details.individualNotRequired();
        form.organisationalNotRequired = details.organisationalNotRequired();
        form.specialNeedsNotRequired = details.specialNeedsNotRequired();
        form.exceptionalNotRequired = details.exceptionalNotRequired();
        return form;
    }

    ReportingDetails.Command toCommand() {
        return new ReportingDetails.Command(longTerm, interruptionStart, interruptionEnd, travelNotRequired,
                individualNotRequired, organisationalNotRequired, specialNeedsNotRequired, exceptionalNotRequired);
    }

    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
    public boolean isLongTerm() { return longTerm; }
    public void setLongTerm(boolean longTerm) { this.longTerm = longTerm; }
    public LocalDate getInterruptionStart() { return interruptionStart; }
    public void setInterruptionStart(LocalDate interruptionStart) { this.interruptionStart = interruptionStart; }
    public LocalDate getInterruptionEnd() { return interruptionEnd; }
    public void setInterruptionEnd(LocalDate interruptionEnd) { this.interruptionEnd = interruptionEnd; }
    public boolean isTravelNotRequired() { return travelNotRequired; }
    public void setTravelNotRequired(boolean travelNotRequired) { this.travelNotRequired = travelNotRequired; }
    public boolean isIndividualNotRequired() { return individualNotRequired; }
    public void setIndividualNotRequired(boolean individualNotRequired) { this.individualNotRequired = individualNotRequired; }
    public boolean isOrganisationalNotRequired() { return organisationalNotRequired; }
    public void setOrganisationalNotRequired(boolean organisationalNotRequired) { this.organisationalNotRequired = organisationalNotRequired; }
    public boolean isSpecialNeedsNotRequired() { return specialNeedsNotRequired; }
    public void setSpecialNeedsNotRequired(boolean specialNeedsNotRequired) { this.specialNeedsNotRequired = specialNeedsNotRequired; }
    public boolean isExceptionalNotRequired() { return exceptionalNotRequired; }
    public void setExceptionalNotRequired(boolean exceptionalNotRequired) { this.exceptionalNotRequired = exceptionalNotRequired; }
}
