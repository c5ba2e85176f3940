package fr.capmob.portal.mobility.web;

import fr.capmob.portal.mobility.ReportAnswers;
import fr.capmob.portal.mobility.ReportKind;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.springframework.validation.BindingResult;

/** The participant's report form; which answers are required depends on the kind (learner or staff). */
public class ReportForm {

    private Boolean improvedLanguage;
    private Boolean moreConfidence;
    private Boolean wouldGoAgain;
    @Min(value = 1, message = "{report.satisfaction.range}")
    @Max(value = 5, message = "{report.satisfaction.range}")
    private Integer satisfaction;
    @Size(max = 4000, message = "{report.text.tooLong}")
    private String learned;
    @Size(max = 4000, message = "{report.text.tooLong}")
    private String freeComment;
    @Size(max = 4000, message = "{report.text.tooLong}")
    private String practices;
    private Boolean wouldRecommend;

    void checkRequired(ReportKind kind, BindingResult binding) {
        if (kind == ReportKind.LEARNER) {
            require(improvedLanguage, "improvedLanguage", binding);
            require(moreConfidence, "moreConfidence", binding);
            require(wouldGoAgain, "wouldGoAgain", binding);
            require(satisfaction, "satisfaction", binding);
        } else {
            require(practices == null || practices.isBlank() ? null : practices, "practices", binding);
            require(wouldRecommend, "wouldRecommend", binding);
        }
    }

    private static void require(Object value, String field, BindingResult binding) {
        if (value == null && !binding.hasFieldErrors(field)) {
            binding.rejectValue(field, "report.answer.required");
        }
    }

    ReportAnswers toAnswers(String language) {
        return new ReportAnswers(improvedLanguage, moreConfidence, wouldGoAgain, satisfaction, learned, freeComment,
                practices, wouldRecommend, language);
    }

    public Boolean getImprovedLanguage() { return improvedLanguage; }
    public void setImprovedLanguage(Boolean improvedLanguage) { this.improvedLanguage = improvedLanguage; }
    public Boolean getMoreConfidence() { return moreConfidence; }
    public void setMoreConfidence(Boolean moreConfidence) { this.moreConfidence = moreConfidence; }
    public Boolean getWouldGoAgain() { return wouldGoAgain; }
    public void setWouldGoAgain(Boolean wouldGoAgain) { this.wouldGoAgain = wouldGoAgain; }
    public Integer getSatisfaction() { return satisfaction; }
    public void setSatisfaction(Integer satisfaction) { this.satisfaction = satisfaction; }
    public String getLearned() { return learned; }
    public void setLearned(String learned) { this.learned = learned; }
    public String getFreeComment() { return freeComment; }
    public void setFreeComment(String freeComment) { this.freeComment = freeComment; }
    public String getPractices() { return practices; }
    public void setPractices(String practices) { this.practices = practices; }
    public Boolean getWouldRecommend() { return wouldRecommend; }
    public void setWouldRecommend(Boolean wouldRecommend) { this.wouldRecommend = wouldRecommend; }
}
