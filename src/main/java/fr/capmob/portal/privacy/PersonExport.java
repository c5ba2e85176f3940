package fr.capmob.portal.privacy;

import fr.capmob.portal.account.UserPrivacyData;
import fr.capmob.portal.mobility.ParticipantMobilityData;
import fr.capmob.portal.participant.StaffDetails;
import fr.capmob.portal.participant.StudentDetails;
import java.time.Instant;
import java.util.List;

/**
 * Everything the portal holds about one person (GDPR arts. 15 and 20): the record (one of student, staffMember,
 * user), their mobilities with free texts, grants and report answers, and the data-protection requests about them.
 */
public record PersonExport(PrivacySubject subject, long id, String pseudonym, Instant generatedAt, String generatedBy,
                           StudentDetails student, StaffDetails staffMember, UserPrivacyData user,
                           List<ParticipantMobilityData> mobilities, List<PrivacyRequestRow> requests) {

    /** The person's name as the record has it now (the code once anonymised). */
    public String displayName() {
        if (student != null) {
            return student.fullName();
        }
        return staffMember != null ? staffMember.fullName() : user.user().displayName();
    }
}
