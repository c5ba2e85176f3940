package fr.capmob.portal.budget;

import java.math.BigDecimal;

/**
 * One school in one project, for the budget tables by school: its figures (its allocation standing for granted) and
 * its real expenditure, kept apart from the EU flat-rate income (M9.6).
 */
public record SchoolBudgetLine(long projectId, String projectNumber, long schoolId, String schoolName, String uai,
                               BudgetFigures figures, BigDecimal spent) {

    /** Committed (EU flat-rate income) − real expenditure. */
    public BigDecimal committedLessSpent() {
        return figures.committed().subtract(spent);
    }
}
