package fr.capmob.portal.mobility;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One mobility of a participant as a data-protection export shows it: what it was, its free texts, its grant, the
 * participant's report answers (null when none) and their personal report link, if any (never the token).
 */
public record ParticipantMobilityData(long id, String reference, long projectId, ActivityType activityType,
                                      MobilityStatus status, LocalDate startDate, LocalDate endDate, String host,
                                      String city, String country, String learningOutcomes, String tasks, String mentor,
                                      String notes, BigDecimal grantTotal, Report report, Instant reportLinkCreatedAt,
                                      Instant reportLinkUsedAt) {

    /** The answers of the participant's report. */
    public record Report(Boolean improvedLanguage, Boolean moreConfidence, Boolean wouldGoAgain, Integer satisfaction,
                         String learned, String freeComment, String practices, Boolean wouldRecommend, Instant submittedAt) {
    }
}
