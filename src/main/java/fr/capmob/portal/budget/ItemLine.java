package fr.capmob.portal.budget;

import java.math.BigDecimal;

/** One budget item of a project or a school: granted (or allocated), allocated, planned, committed. */
public record ItemLine(BudgetItem item, BigDecimal allocated, BudgetFigures figures) {
}
