package fr.capmob.portal.audit.web;

import fr.capmob.portal.audit.AuditFilter;
import fr.capmob.portal.audit.AuditedRecord;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Size;
import fr.capmob.portal.shared.PlausibleDate;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** The filters of the audit search page (GET parameters); a wrong date is shown beside its field. */
public class AuditSearchForm {

    @Size(max = 200, message = "{audit.search.who.tooLong}")
    private String who;

    private AuditedRecord record;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    @PlausibleDate
    private LocalDate from;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    @PlausibleDate
    private LocalDate to;

    @AssertTrue(message = "{audit.search.period.reversed}")
    public boolean isPeriodInOrder() {
        return from == null || to == null || !to.isBefore(from);
    }

    AuditFilter toFilter() {
        return new AuditFilter(who, record, from, to);
    }

    public String getWho() { return who; }
    public void setWho(String who) { this.who = who; }
    public AuditedRecord getRecord() { return record; }
    public void setRecord(AuditedRecord record) { this.record = record; }
    public LocalDate getFrom() { return from; }
    public void setFrom(LocalDate from) { this.from = from; }
    public LocalDate getTo() { return to; }
    public void setTo(LocalDate to) { this.to = to; }
}
