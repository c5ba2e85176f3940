package fr.capmob.portal.mobility;

/** The Erasmus+ activity types of a VET mobility, with the code the Beneficiary Module uses. */
public enum ActivityType {
    LM_SHORT_VET("LM-SHORT-VET", true),
    LM_LONG_VET("LM-LONG-VET", true),
    LM_SKILL_VET("LM-SKILL-VET", true),
    SM_JOB_SHDW("SM-JOB-SHDW", false),
    SM_TTA("SM-TTA", false),
    SM_COUR_TRAIN("SM-COUR-TRAIN", false),
    ACCOMPANYING("ACC-PERS", false),
    OA_INV_EXP("OA-INV-EXP", false);

    private final String code;
    private final boolean learner;

    ActivityType(String code, boolean learner) {
        this.code = code;
        this.learner = learner;
    }

    public String code() {
        return code;
    }

    /** Learner activities are for students; the others for staff members. */
    public boolean isLearner() {
        return learner;
    }
}
