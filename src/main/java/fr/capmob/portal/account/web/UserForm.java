package fr.capmob.portal.account.web;

import fr.capmob.portal.account.Role;
import fr.capmob.portal.account.UserCommand;
import fr.capmob.portal.account.UserView;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The create/edit form of a user. */
public class UserForm {

    @NotBlank(message = "{user.email.required}")
    @Email(regexp = "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$", message = "{user.email.invalid}")
    @Size(max = 254, message = "{user.email.tooLong}")
    private String email;

    @NotBlank(message = "{user.displayName.required}")
    @Size(max = 200, message = "{user.displayName.tooLong}")
    private String displayName;

    @NotNull(message = "{user.role.required}")
    private Role role;

    private Long schoolId;

    @NotBlank(message = "{user.preferredLanguage.required}")
    @Pattern(regexp = "fr|en", message = "{user.preferredLanguage.required}")
    private String preferredLanguage = "fr";

    private long version;

    static UserForm from(UserView user) {
        UserForm form = new UserForm();
        form.email = user.email();
        form.displayName = user.displayName();
        form.role = user.role();
        form.schoolId = user.schoolId();
        form.preferredLanguage = user.preferredLanguage();
        form.version = user.version();
        return form;
    }

    UserCommand toCommand() {
        return new UserCommand(email, displayName, role, schoolId, preferredLanguage);
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public Long getSchoolId() {
        return schoolId;
    }

    public void setSchoolId(Long schoolId) {
        this.schoolId = schoolId;
    }

    public String getPreferredLanguage() {
        return preferredLanguage;
    }

    public void setPreferredLanguage(String preferredLanguage) {
        this.preferredLanguage = preferredLanguage;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
