package fr.capmob.portal.participant;

import org.hibernate.envers.Audited;
import fr.capmob.portal.consortium.QualificationLevel;
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

/** A student of one school. Whether they are a minor is computed from the birth date, never stored. */
@Entity
@Audited
@Table(name = "student")
class Student extends AuditedEntity {

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

    @Column(name = "birth_date", nullable = false)
    private LocalDate birthDate;

    @Enumerated(EnumType.STRING)
    private Gender gender;

    @Column(nullable = false)
    private String nationality;

    private String email;
    private String phone;

    @Enumerated(EnumType.STRING)
    @Column(name = "qualification_level", nullable = false)
    private QualificationLevel qualificationLevel;

    private String specialty;

    @Column(name = "class_name")
    private String className;

    @Column(name = "fewer_opportunities", nullable = false)
    private boolean fewerOpportunities;

    @Column(name = "fewer_opportunities_justification")
    private String fewerOpportunitiesJustification;

    @Column(name = "needs_support", nullable = false)
    private boolean needsSupport;

    @Column(name = "parental_consent_date")
    private LocalDate parentalConsentDate;

    @Column(name = "emergency_contact_name")
    private String emergencyContactName;

    @Column(name = "emergency_contact_phone")
    private String emergencyContactPhone;

    @Column(nullable = false)
    private String language = ParticipantLanguage.DEFAULT;

    protected Student() {
    }

    Student(long schoolId) {
        this.schoolId = schoolId;
    }

    void apply(StudentCommand command, long school) {
        schoolId = school;
        lastName = command.lastName().trim();
        firstName = command.firstName().trim();
        normalisedLastName = PersonNames.normalise(lastName);
        normalisedFirstName = PersonNames.normalise(firstName);
        birthDate = command.birthDate();
        gender = command.gender();
        nationality = command.nationality();
        email = command.email() == null ? null : command.email().toLowerCase(java.util.Locale.ROOT);
        phone = command.phone();
        qualificationLevel = command.qualificationLevel();
        specialty = command.specialty();
        className = command.className();
        fewerOpportunities = command.fewerOpportunities();
        fewerOpportunitiesJustification = fewerOpportunities ? command.fewerOpportunitiesJustification() : null;
        needsSupport = command.needsSupport();
        parentalConsentDate = command.parentalConsentDate();
        emergencyContactName = command.emergencyContactName();
        emergencyContactPhone = command.emergencyContactPhone();
        if (command.language() != null) {
            language = ParticipantLanguage.of(command.language());
        }
    }

    boolean isMinorOn(LocalDate date) {
        return Majority.isMinorOn(birthDate, date);
    }

    StudentCommand toCommand() {
        return new StudentCommand(schoolId, lastName, firstName, birthDate, gender, nationality, email, phone,
                qualificationLevel, specialty, className, fewerOpportunities, fewerOpportunitiesJustification,
                needsSupport, parentalConsentDate, emergencyContactName, emergencyContactPhone, language);
    }

    Long getId() { return id; }
    Long getSchoolId() { return schoolId; }
    String getLastName() { return lastName; }
    String getFirstName() { return firstName; }
    String getNormalisedLastName() { return normalisedLastName; }
    String getNormalisedFirstName() { return normalisedFirstName; }
    LocalDate getBirthDate() { return birthDate; }
}
