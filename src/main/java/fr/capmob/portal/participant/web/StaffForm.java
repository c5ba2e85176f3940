package fr.capmob.portal.participant.web;

import fr.capmob.portal.participant.Gender;
import fr.capmob.portal.shared.PlausibleDate;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import fr.capmob.portal.participant.StaffCommand;
import fr.capmob.portal.participant.StaffRole;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The create/edit form of a staff member. */
public class StaffForm {

    private Long schoolId;

    @NotBlank(message = "{staff.lastName.required}")
    @Size(max = 100, message = "{participant.name.tooLong}")
    private String lastName;

    @NotBlank(message = "{staff.firstName.required}")
    @Size(max = 100, message = "{participant.name.tooLong}")
    private String firstName;

    @Email(regexp = "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$", message = "{participant.email.invalid}")
    @Size(max = 254, message = "{participant.email.invalid}")
    private String email;

    @Size(max = 40, message = "{participant.phone.tooLong}")
    private String phone;

    @NotNull(message = "{staff.role.required}")
    private StaffRole role;

    @Size(max = 300, message = "{staff.subjects.tooLong}")
    private String subjects;

    @Size(max = 300, message = "{staff.languages.invalid}")
    private String languages;

    private boolean clilCertified;

    @Pattern(regexp = "fr|en", message = "{participant.language.invalid}")
    private String language = "fr";

    private long version;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    @PlausibleDate(past = true, pastMessage = "{staff.birthDate.future}")
    private LocalDate birthDate;

    private Gender gender;

    @jakarta.validation.constraints.Pattern(regexp = "[A-Za-z]{2}", message = "{staff.nationality.unknown}")
    private String nationality;

    static StaffForm from(StaffCommand command, long version) {
        StaffForm form = new StaffForm();
        form.schoolId = command.schoolId();
        form.lastName = command.lastName();
        form.firstName = command.firstName();
        form.email = command.email();
        form.phone = command.phone();
        form.role = command.role();
        form.subjects = command.subjects();
        form.languages = command.languages();
        form.clilCertified = command.clilCertified();
        form.language = command.language();
        form.version = version;
        form.birthDate = command.birthDate();
        form.gender = command.gender();
        form.nationality = command.nationality();
        return form;
    }

    StaffCommand toCommand() {
        String country = nationality == null || nationality.isBlank() ? null : nationality.toUpperCase(java.util.Locale.ROOT);
        return new StaffCommand(schoolId, lastName, firstName, email, phone, role, subjects, languages, clilCertified,
                language, birthDate, gender, country);
    }

    public LocalDate getBirthDate() { return birthDate; }
    public void setBirthDate(LocalDate birthDate) { this.birthDate = birthDate; }
    public Gender getGender() { return gender; }
    public void setGender(Gender gender) { this.gender = gender; }
    public String getNationality() { return nationality; }
    public void setNationality(String nationality) { this.nationality = nationality; }
    public Long getSchoolId() { return schoolId; }
    public void setSchoolId(Long schoolId) { this.schoolId = schoolId; }
    public String getLastName() { return lastName; }
    public void setLastName(String lastName) { this.lastName = lastName; }
    public String getFirstName() { return firstName; }
    public void setFirstName(String firstName) { this.firstName = firstName; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public StaffRole getRole() { return role; }
    public void setRole(StaffRole role) { this.role = role; }
    public String getSubjects() { return subjects; }
    public void setSubjects(String subjects) { this.subjects = subjects; }
    public String getLanguages() { return languages; }
    public void setLanguages(String languages) { this.languages = languages; }
    public boolean isClilCertified() { return clilCertified; }
    public void setClilCertified(boolean clilCertified) { this.clilCertified = clilCertified; }
    public String getLanguage() { return language; }
    public void setLanguage(String language) { this.language = language; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
}
