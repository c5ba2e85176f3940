package fr.capmob.portal.participant;

import java.time.LocalDate;

import java.time.Instant;
import java.util.List;

/** One staff member, and whether the current user may change them. */
public record StaffDetails(long id, long version, long schoolId, String schoolName, String lastName, String firstName,
                           String email, String phone, StaffRole role, String subjects, List<LanguageSkill> languages,
                           boolean clilCertified, Instant updatedAt, String updatedBy, boolean editable,
                           String language, LocalDate birthDate, Gender gender, String nationality) {

    public String fullName() {
        return lastName + " " + firstName;
    }
}
