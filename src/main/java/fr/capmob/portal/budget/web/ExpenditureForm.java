package fr.capmob.portal.budget.web;

import fr.capmob.portal.shared.PlausibleDate;
import fr.capmob.portal.budget.ExpenditureCategory;
import fr.capmob.portal.budget.ExpenditureCommand;
import fr.capmob.portal.shared.MoneyText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** The create/edit form of an expenditure (the amount typed with a decimal comma). */
public class ExpenditureForm {

    @NotNull(message = "{budget.expenditure.project.required}")
    private Long projectId;
    private Long schoolId;
    @NotNull(message = "{budget.expenditure.category.required}")
    private ExpenditureCategory category;
    @NotBlank(message = "{budget.expenditure.supplier.required}")
    @Size(max = 200, message = "{budget.text.tooLong200}")
    private String supplier;
    @NotBlank(message = "{budget.expenditure.invoice.required}")
    @Size(max = 100, message = "{budget.text.tooLong100}")
    private String invoiceNumber;
    @NotBlank(message = "{budget.amount.required}")
    private String amount;
    @NotNull(message = "{budget.expenditure.date.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    @PlausibleDate
    private LocalDate spentOn;
    @Size(max = 20, message = "{budget.text.tooLong20}")
    private String mobilityReference;
    private Long tripId;
    @Size(max = 1000, message = "{budget.text.tooLong1000}")
    private String note;
    private long version;

    static ExpenditureForm from(ExpenditureCommand command, long version) {
        ExpenditureForm form = new ExpenditureForm();
        form.projectId = command.projectId();
        form.schoolId = command.schoolId();
        form.category = command.category();
        form.supplier = command.supplier();
        form.invoiceNumber = command.invoiceNumber();
        form.amount = MoneyText.format(command.amount());
        form.spentOn = command.spentOn();
        form.mobilityReference = command.mobilityReference();
        form.tripId = command.tripId();
        form.note = command.note();
        form.version = version;
        return form;
    }

    ExpenditureCommand toCommand(BigDecimal parsedAmount) {
        return new ExpenditureCommand(projectId, schoolId, null, mobilityReference, tripId, category, supplier, invoiceNumber,
                parsedAmount, spentOn, note);
    }

    public Long getProjectId() { return projectId; }
    public void setProjectId(Long projectId) { this.projectId = projectId; }
    public Long getSchoolId() { return schoolId; }
    public void setSchoolId(Long schoolId) { this.schoolId = schoolId; }
    public ExpenditureCategory getCategory() { return category; }
    public void setCategory(ExpenditureCategory category) { this.category = category; }
    public String getSupplier() { return supplier; }
    public void setSupplier(String supplier) { this.supplier = supplier; }
    public String getInvoiceNumber() { return invoiceNumber; }
    public void setInvoiceNumber(String invoiceNumber) { this.invoiceNumber = invoiceNumber; }
    public String getAmount() { return amount; }
    public void setAmount(String amount) { this.amount = amount; }
    public LocalDate getSpentOn() { return spentOn; }
    public void setSpentOn(LocalDate spentOn) { this.spentOn = spentOn; }
    public String getMobilityReference() { return mobilityReference; }
    public void setMobilityReference(String mobilityReference) { this.mobilityReference = mobilityReference; }
    public Long getTripId() { return tripId; }
    public void setTripId(Long tripId) { this.tripId = tripId; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
}
