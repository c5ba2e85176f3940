package fr.capmob.portal.mobility;

import java.time.Instant;

/** A submitted report as the mobility page shows it; free texts are null for those who may not read them. */
public record ReportView(ReportKind kind, ReportAnswers answers, Instant submittedAt, boolean freeTextShown) {
}
