package fr.capmob.portal.account.web;

import jakarta.validation.constraints.NotBlank;

/** A new password typed twice (the one-time link's form). */
public class NewPasswordForm {

    @NotBlank(message = "{password.new.required}")
    private String password;

    @NotBlank(message = "{password.confirmation.required}")
    private String confirmation;

    /** False when both were typed and differ. */
    boolean confirmationMatches() {
        return password == null || confirmation == null || password.equals(confirmation);
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }
}
