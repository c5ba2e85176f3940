package fr.capmob.portal.mobility;

/**
 * Who goes: a student (learner activities) or a staff member (every other activity), exactly one of the two; the
 * sending school is the participant's.
 */
public record MobilityParticipant(Long studentId, Long staffId) {

    public static final MobilityParticipant NONE = new MobilityParticipant(null, null);

    public static MobilityParticipant student(Long studentId) {
        return new MobilityParticipant(studentId, null);
    }

    public static MobilityParticipant staff(Long staffId) {
        return new MobilityParticipant(null, staffId);
    }

    public boolean isStudent() {
        return studentId != null;
    }

    /** The student's id, else the staff member's (null when neither is given). */
    public Long id() {
        return studentId != null ? studentId : staffId;
    }
}
