package fr.capmob.portal.account.web;

import jakarta.validation.constraints.NotBlank;

/** A signed-in user's new password: the current one, the new one twice. */
public class ChangePasswordForm extends NewPasswordForm {

    @NotBlank(message = "{password.current.required}")
    private String currentPassword;

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }
}
