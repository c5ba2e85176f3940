package fr.capmob.portal.mobility;

import java.time.LocalDate;

/**
 * The mobility list's search; every part optional. {@code from}/{@code to}: mobilities abroad at some point of
 * that range. {@code minor}: the student is a minor on the mobility's start date. {@code q}: part of the reference or
 * of the participant's name (either order, accents and case ignored). {@code attention}: what the mobility waits for
 * (the home pages' links).
 */
public record MobilityFilter(Long projectId, Long schoolId, MobilityStatus status, ActivityType activityType,
                             String country, LocalDate from, LocalDate to, Boolean minor, Boolean fewerOpportunities,
                             String q, MobilityAttention attention) {

    public MobilityFilter(Long projectId, Long schoolId, MobilityStatus status, ActivityType activityType,
                          String country, LocalDate from, LocalDate to, Boolean minor, Boolean fewerOpportunities,
                          String q) {
        this(projectId, schoolId, status, activityType, country, from, to, minor, fewerOpportunities, q, null);
    }
}
