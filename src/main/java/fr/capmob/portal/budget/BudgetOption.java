package fr.capmob.portal.budget;

/** An entry of a select box: an id and its label. */
public record BudgetOption(long id, String label) {
}
