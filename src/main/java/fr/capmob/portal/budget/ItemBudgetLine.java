package fr.capmob.portal.budget;

/**
 * One budget item of one project, for the budget tables by item: granted is the project's amount, or the school's
 * allocation when the table is limited to a school.
 */
public record ItemBudgetLine(long projectId, String projectNumber, BudgetItem item, BudgetFigures figures) {
}
