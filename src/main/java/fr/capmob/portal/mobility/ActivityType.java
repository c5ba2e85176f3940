package fr.capmob.portal.mobility;

import java.util.Arrays;
import java.util.List;

/**
 * The Erasmus+ activity types of a VET mobility, with the code the Beneficiary Module uses. Most are outgoing (a
 * participant of a consortium school goes abroad); two are incoming: an invited expert (OA-INV-EXP) and a hosted
 * teacher or educator in training (OA-HOS-TTT) come from abroad to a consortium school, which records them as its
 * staff members (guests). For those, the mobility's host is the participant's own organisation abroad, its departure
 * city theirs and its destination the school's city; the reporting file then names that organisation as the sending
 * one and the school as the receiving one. Preparatory visits are not a mobility activity: the Beneficiary Module
 * records them in a section of their own ("Preparatory visits"), so they are never a row of the mobility file.
 */
public enum ActivityType {
    LM_SHORT_VET("LM-SHORT-VET", true, false),
    LM_LONG_VET("LM-LONG-VET", true, false),
    LM_SKILL_VET("LM-SKILL-VET", true, false),
    SM_JOB_SHDW("SM-JOB-SHDW", false, false),
    SM_TTA("SM-TTA", false, false),
    SM_COUR_TRAIN("SM-COUR-TRAIN", false, false),
    ACCOMPANYING("ACC-PERS", false, false),
    OA_INV_EXP("OA-INV-EXP", false, true),
    OA_HOS_TTT("OA-HOS-TTT", false, true);

    private final String code;
    private final boolean learner;
    private final boolean incoming;

    ActivityType(String code, boolean learner, boolean incoming) {
        this.code = code;
        this.learner = learner;
        this.incoming = incoming;
    }

    public String code() {
        return code;
    }

    /** Learner activities are for students; the others for staff members. */
    public boolean isLearner() {
        return learner;
    }

    /** The participant comes from abroad to a consortium school (not counted as an outgoing mobility). */
    public boolean isIncoming() {
        return incoming;
    }

    /** The names of the incoming activity types, for SQL ({@code activity_type in (:incoming)}). */
    public static List<String> incomingNames() {
        return Arrays.stream(values()).filter(ActivityType::isIncoming).map(Enum::name).toList();
    }
}
