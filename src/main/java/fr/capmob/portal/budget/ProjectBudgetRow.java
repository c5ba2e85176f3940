package fr.capmob.portal.budget;

/** One project of the consortium budget overview. */
public record ProjectBudgetRow(long id, String number, String title, BudgetFigures figures) {
}
