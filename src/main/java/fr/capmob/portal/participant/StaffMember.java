package fr.capmob.portal.participant;

import org.hibernate.envers.Audited;
import fr.capmob.portal.shared.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Locale;

/** A member of a school's staff who may accompany or travel (job shadowing, teaching assignments). */
@Entity
@Audited
@Table(name = "staff_member")
class StaffMember extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "school_id", nullable = false)
    private Long schoolId;

    @Column(name = "last_name", nullable = false)
    private String lastName;

    @Column(name = "first_name", nullable = false)
    private String firstName;

    @Column(name = "normalised_last_name", nullable = false)
    private String normalisedLastName;

    @Column(name = "normalised_first_name", nullable = false)
    private String normalisedFirstName;

    private String email;
    private String phone;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private StaffRole role;

    private String subjects;
    private String languages;

    @Column(name = "clil_certified", nullable = false)
    private boolean clilCertified;

    @Column(nullable = false)
    private String language = ParticipantLanguage.DEFAULT;

    @Column(name = "birth_date")
    private LocalDate birthDate;

    @Enumerated(EnumType.STRING)
    private Gender gender;

    private String nationality;

    protected StaffMember() {
    }

    StaffMember(long schoolId) {
        this.schoolId = schoolId;
    }

    void apply(StaffCommand command, long school) {
        schoolId = school;
        lastName = command.lastName().trim();
        firstName = command.firstName().trim();
        normalisedLastName = PersonNames.normalise(lastName);
        normalisedFirstName = PersonNames.normalise(firstName);
        email = command.email() == null ? null : command.email().toLowerCase(Locale.ROOT);
        phone = command.phone();
        role = command.role();
        subjects = command.subjects();
        languages = LanguageSkills.format(LanguageSkills.parse(command.languages()));
        clilCertified = command.clilCertified();
        if (command.language() != null) {
            language = ParticipantLanguage.of(command.language());
        }
        birthDate = command.birthDate();
        gender = command.gender();
        nationality = command.nationality();
    }

    StaffCommand toCommand() {
        return new StaffCommand(schoolId, lastName, firstName, email, phone, role, subjects, languages, clilCertified,
                language, birthDate, gender, nationality);
    }

    Long getId() { return id; }
    LocalDate getBirthDate() { return birthDate; }
    Gender getGender() { return gender; }
    String getNationality() { return nationality; }
    Long getSchoolId() { return schoolId; }
    String getLastName() { return lastName; }
    String getFirstName() { return firstName; }
    String getEmail() { return email; }
    String getPhone() { return phone; }
    StaffRole getRole() { return role; }
    String getSubjects() { return subjects; }
    String getLanguages() { return languages; }
    boolean isClilCertified() { return clilCertified; }
    String getLanguage() { return language; }
}
