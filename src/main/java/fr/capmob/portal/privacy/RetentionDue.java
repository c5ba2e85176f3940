package fr.capmob.portal.privacy;

import fr.capmob.portal.consortium.ProjectFinalReports.FinalReport;
import java.time.LocalDate;

/** A project's retention: the rule applied (or the configured number of years), and the day its data is anonymised. */
public record RetentionDue(FinalReport project, String ruleCode, int years, LocalDate anonymiseOn) {
}
