package fr.capmob.portal.mobility.web;

import fr.capmob.portal.shared.PlausibleDate;
import fr.capmob.portal.consortium.QualificationLevel;
import fr.capmob.portal.mobility.ExamCommand;
import fr.capmob.portal.mobility.ExamOutcome;
import fr.capmob.portal.mobility.ExamResult;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** One exam result being recorded or edited. */
public class ExamForm {

    @NotNull(message = "{exam.qualificationLevel.required}")
    private QualificationLevel qualificationLevel;
    @NotBlank(message = "{exam.sessionLabel.required}")
    @Size(max = 100, message = "{exam.sessionLabel.tooLong}")
    private String sessionLabel;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    @PlausibleDate
    private LocalDate sessionDate;
    @NotNull(message = "{exam.result.required}")
    private ExamOutcome result;
    private long version;

    static ExamForm from(ExamResult exam) {
        ExamForm form = new ExamForm();
        form.qualificationLevel = exam.qualificationLevel();
        form.sessionLabel = exam.sessionLabel();
        form.sessionDate = exam.sessionDate();
        form.result = exam.result();
        form.version = exam.version();
        return form;
    }

    ExamCommand toCommand() {
        return new ExamCommand(qualificationLevel, sessionLabel, sessionDate, result);
    }

    public QualificationLevel getQualificationLevel() { return qualificationLevel; }
    public void setQualificationLevel(QualificationLevel qualificationLevel) { this.qualificationLevel = qualificationLevel; }
    public String getSessionLabel() { return sessionLabel; }
    public void setSessionLabel(String sessionLabel) { this.sessionLabel = sessionLabel; }
    public LocalDate getSessionDate() { return sessionDate; }
    public void setSessionDate(LocalDate sessionDate) { this.sessionDate = sessionDate; }
    public ExamOutcome getResult() { return result; }
    public void setResult(ExamOutcome result) { this.result = result; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
}
