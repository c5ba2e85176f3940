package fr.capmob.portal.participant;

import java.util.List;

/** A line of the staff list. */
public record StaffSummary(long id, long schoolId, String schoolName, String lastName, String firstName, StaffRole role,
                           String subjects, List<LanguageSkill> languages, boolean clilCertified) {
}
