package fr.capmob.portal.mobility;

/**
 * What the participant will learn and do at the host, and who mentors them there: the learning agreement's part of
 * a mobility. A new field of the agreement (the mentor's phone, say) is added here, in the form that edits it and in
 * {@link MobilityViewRows#learningAgreement}.
 */
public record LearningAgreement(String learningOutcomes, String tasks, String mentor) {

    public static final LearningAgreement EMPTY = new LearningAgreement(null, null, null);

    public boolean complete() {
        return hasText(learningOutcomes) && hasText(tasks) && hasText(mentor);
    }

    private static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }
}
