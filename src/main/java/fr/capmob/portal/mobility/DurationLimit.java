package fr.capmob.portal.mobility;

import fr.capmob.portal.consortium.ProgrammeGeneration;

/** The shortest and longest stay (in days abroad, travel excluded) of one activity type in one programme generation. */
public record DurationLimit(ProgrammeGeneration generation, ActivityType activityType, int minDays, int maxDays,
                            String source) {

    public boolean allows(int days) {
        return days >= minDays && days <= maxDays;
    }
}
