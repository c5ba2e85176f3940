package fr.capmob.portal.dashboard;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The figures of a dashboard, all within the user's scope and the filter. "Went abroad" means a mobility in
 * progress, completed or reported (the flag {@code went_abroad} of the mobility module's {@code mobility_view});
 * drafts, planned and cancelled ones do not count.
 */
public record DashboardFigures(Summary summary, Outcomes outcomes, List<ExamRate> exams,
                               Map<Dimension, List<Breakdown>> breakdowns) {

    /**
     * @param learners           students who went abroad (persons, not mobilities)
     * @param staff              staff members who went abroad (persons)
     * @param consortiumSchools  schools of the project (project filter) or of the consortium
     * @param fewerOpportunities learners with fewer opportunities, out of the learners
     * @param minors             learners under 18 on the first day of a mobility, out of the learners
     */
    public record Summary(long mobilities, long learners, long staff, long countries, long schools, long consortiumSchools,
                          Integer minDays, Integer maxDays, BigDecimal medianDays, Share fewerOpportunities,
                          Share minors) {

        public Share schoolShare() {
            return new Share(schools, consortiumSchools);
        }
    }

    /** The four outcomes of the learners' reports: yes answers (satisfaction 4 or 5) out of the answers given. */
    public record Outcomes(Share improvedLanguage, Share moreConfidence, Share wouldGoAgain, Share satisfied) {
    }

    public List<Breakdown> by(Dimension dimension) {
        return breakdowns.getOrDefault(dimension, List.of());
    }
}
