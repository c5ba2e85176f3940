package fr.capmob.portal.participant.web;

import fr.capmob.portal.shared.PlausibleDate;
import fr.capmob.portal.consortium.QualificationLevel;
import fr.capmob.portal.participant.Gender;
import fr.capmob.portal.participant.StudentCommand;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** The create/edit form of a student. */
public class StudentForm {

    private Long schoolId;

    @NotBlank(message = "{student.lastName.required}")
    @Size(max = 100, message = "{participant.name.tooLong}")
    private String lastName;

    @NotBlank(message = "{student.firstName.required}")
    @Size(max = 100, message = "{participant.name.tooLong}")
    private String firstName;

    @NotNull(message = "{student.birthDate.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    @PlausibleDate(past = true, pastMessage = "{student.birthDate.future}")
    private LocalDate birthDate;

    private Gender gender;

    @NotBlank(message = "{student.nationality.required}")
    private String nationality = "FR";

    @Email(regexp = "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$", message = "{participant.email.invalid}")
    @Size(max = 254, message = "{participant.email.invalid}")
    private String email;

    @Size(max = 40, message = "{participant.phone.tooLong}")
    private String phone;

    @NotNull(message = "{student.qualificationLevel.required}")
    private QualificationLevel qualificationLevel;

    @Size(max = 200, message = "{student.specialty.tooLong}")
    private String specialty;

    @Size(max = 60, message = "{student.className.tooLong}")
    private String className;

    private boolean fewerOpportunities;

    @Size(max = 2000, message = "{student.justification.tooLong}")
    private String fewerOpportunitiesJustification;

    private boolean needsSupport;

    @PastOrPresent(message = "{student.parentalConsentDate.future}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    @PlausibleDate
    private LocalDate parentalConsentDate;

    @Size(max = 200, message = "{participant.name.tooLong}")
    private String emergencyContactName;

    @Size(max = 40, message = "{participant.phone.tooLong}")
    private String emergencyContactPhone;

    @Pattern(regexp = "fr|en", message = "{participant.language.invalid}")
    private String language = "fr";

    private long version;

    static StudentForm from(StudentCommand command, long version) {
        StudentForm form = new StudentForm();
        form.schoolId = command.schoolId();
        form.lastName = command.lastName();
        form.firstName = command.firstName();
        form.birthDate = command.birthDate();
        form.gender = command.gender();
        form.nationality = command.nationality();
        form.email = command.email();
        form.phone = command.phone();
        form.qualificationLevel = command.qualificationLevel();
        form.specialty = command.specialty();
        form.className = command.className();
        form.fewerOpportunities = command.fewerOpportunities();
        form.fewerOpportunitiesJustification = command.fewerOpportunitiesJustification();
        form.needsSupport = command.needsSupport();
        form.parentalConsentDate = command.parentalConsentDate();
        form.emergencyContactName = command.emergencyContactName();
        form.emergencyContactPhone = command.emergencyContactPhone();
        form.language = command.language();
        form.version = version;
        return form;
    }

    StudentCommand toCommand() {
        String country = nationality == null ? null : nationality.toUpperCase(java.util.Locale.ROOT);
        return new StudentCommand(schoolId, lastName, firstName, birthDate, gender, country, email, phone,
                qualificationLevel, specialty, className, fewerOpportunities,
                fewerOpportunities ? fewerOpportunitiesJustification : null, needsSupport, parentalConsentDate,
                emergencyContactName, emergencyContactPhone, language);
    }

    public Long getSchoolId() { return schoolId; }
    public void setSchoolId(Long schoolId) { this.schoolId = schoolId; }
    public String getLastName() { return lastName; }
    public void setLastName(String lastName) { this.lastName = lastName; }
    public String getFirstName() { return firstName; }
    public void setFirstName(String firstName) { this.firstName = firstName; }
    public LocalDate getBirthDate() { return birthDate; }
    public void setBirthDate(LocalDate birthDate) { this.birthDate = birthDate; }
    public Gender getGender() { return gender; }
    public void setGender(Gender gender) { this.gender = gender; }
    public String getNationality() { return nationality; }
    public void setNationality(String nationality) { this.nationality = nationality; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public QualificationLevel getQualificationLevel() { return qualificationLevel; }
    public void setQualificationLevel(QualificationLevel qualificationLevel) { this.qualificationLevel = qualificationLevel; }
    public String getSpecialty() { return specialty; }
    public void setSpecialty(String specialty) { this.specialty = specialty; }
    public String getClassName() { return className; }
    public void setClassName(String className) { this.className = className; }
    public boolean isFewerOpportunities() { return fewerOpportunities; }
    public void setFewerOpportunities(boolean fewerOpportunities) { this.fewerOpportunities = fewerOpportunities; }
    public String getFewerOpportunitiesJustification() { return fewerOpportunitiesJustification; }
    public void setFewerOpportunitiesJustification(String text) { this.fewerOpportunitiesJustification = text; }
    public boolean isNeedsSupport() { return needsSupport; }
    public void setNeedsSupport(boolean needsSupport) { this.needsSupport = needsSupport; }
    public LocalDate getParentalConsentDate() { return parentalConsentDate; }
    public void setParentalConsentDate(LocalDate parentalConsentDate) { this.parentalConsentDate = parentalConsentDate; }
    public String getEmergencyContactName() { return emergencyContactName; }
    public void setEmergencyContactName(String emergencyContactName) { this.emergencyContactName = emergencyContactName; }
    public String getEmergencyContactPhone() { return emergencyContactPhone; }
    public void setEmergencyContactPhone(String emergencyContactPhone) { this.emergencyContactPhone = emergencyContactPhone; }
    public String getLanguage() { return language; }
    public void setLanguage(String language) { this.language = language; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
}
