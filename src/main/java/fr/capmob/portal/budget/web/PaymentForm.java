package fr.capmob.portal.budget.web;

import fr.capmob.portal.budget.PaymentKind;
import fr.capmob.portal.budget.PaymentMethod;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;

/** Records an advance or a balance; the amount is typed with a decimal comma (or point). */
public class PaymentForm {

    @NotNull(message = "{budget.payment.mobility.required}")
    private Long mobilityId;
    @NotNull(message = "{budget.payment.kind.required}")
    private PaymentKind kind;
    @NotNull(message = "{budget.payment.date.required}")
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
    private boolean confirmOverOwed;

    /** Drawn when the form is shown and sent back hidden: the same form records one payment only. */
    private UUID idempotencyKey;

    public UUID getIdempotencyKey() { return idempotencyKey; }
    public void setIdempotencyKey(UUID idempotencyKey) { this.idempotencyKey = idempotencyKey; }
    public Long getMobilityId() { return mobilityId; }
    public void setMobilityId(Long mobilityId) { this.mobilityId = mobilityId; }
    public PaymentKind getKind() { return kind; }
    public void setKind(PaymentKind kind) { this.kind = kind; }
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
    public boolean isConfirmOverOwed() { return confirmOverOwed; }
    public void setConfirmOverOwed(boolean confirmOverOwed) { this.confirmOverOwed = confirmOverOwed; }
}
