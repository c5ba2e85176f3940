package fr.capmob.portal.mobility;

/** A participant's answers; the learner fields are null in a staff report and the other way round. */
public record ReportAnswers(Boolean improvedLanguage, Boolean moreConfidence, Boolean wouldGoAgain, Integer satisfaction,
                            String learned, String freeComment, String practices, Boolean wouldRecommend,
                            String language) {
}
