package fr.capmob.portal.budget.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Gives up the rest of a recovery order: why (required), on the version the accountant saw. */
public class WriteOffForm {

    private long version;
    @NotBlank(message = "{budget.recovery.reason.required}")
    @Size(max = 1000, message = "{budget.text.tooLong1000}")
    private String reason;

    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
}
