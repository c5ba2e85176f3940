package fr.capmob.portal.budget.web;

import fr.capmob.portal.budget.PaymentMethod;
import fr.capmob.portal.shared.PlausibleDate;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;

/** Money a participant paid back on a recovery order: when, how much (positive), how, with an optional note. */
public class ReceiptForm {

    @NotNull(message = "{budget.payment.date.required}")
    @PlausibleDate
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate paidOn;
    @NotBlank(message = "{budget.amount.required}")
    private String amount;
    @NotNull(message = "{budget.payment.method.required}")
    private PaymentMethod method;
    @Size(max = 100, message = "{budget.text.tooLong100}")
    private String reference;
    @Size(max = 1000, message = "{budget.text.tooLong1000}")
    private String note;

    /** Drawn when the form is shown and sent back hidden: the same form records one entry only. */
    private UUID idempotencyKey;

    public UUID getIdempotencyKey() { return idempotencyKey; }
    public void setIdempotencyKey(UUID idempotencyKey) { this.idempotencyKey = idempotencyKey; }
    public LocalDate getPaidOn() { return paidOn; }
    public void setPaidOn(LocalDate paidOn) { this.paidOn = paidOn; }
    public String getAmount() { return amount; }
    public void setAmount(String amount) { this.amount = amount; }
    public PaymentMethod getMethod() { return method; }
    public void setMethod(PaymentMethod method) { this.method = method; }
    public String getReference() { return reference; }
    public void setReference(String reference) { this.reference = reference; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
}
