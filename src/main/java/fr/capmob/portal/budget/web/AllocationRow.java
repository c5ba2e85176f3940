package fr.capmob.portal.budget.web;

import fr.capmob.portal.budget.BudgetItem;
import fr.capmob.portal.budget.SchoolBudgetRow;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.springframework.validation.Errors;

/**
 * One school of the allocation grid as the page writes it. Each amount's input id, name, labels, typed value and error
 * state are worked out here once: the grid's 100 cells (20 schools × 5 items) were the project budget page's heaviest
 * part when each cell joined its key, looked it up in the form and asked for its errors in template expressions.
 *
 * @param school the school's figures
 * @param cells  one per budget item, in the items' order
 */
public record AllocationRow(SchoolBudgetRow school, List<Cell> cells) {

    /**
     * One amount of the grid.
     *
     * @param item       the budget item (its column)
     * @param inputId    the input's id, {@code amount-<school>-<ITEM>}
     * @param name       the form field, {@code amounts[<school>-<ITEM>]}
     * @param labelledBy the ids of the column's and the row's headers
     * @param value      the amount as typed (or as stored, with a decimal comma)
     * @param used       what the school has planned and committed on the item
     * @param invalid    the typed amount was refused
     * @param readonly   the user may not change the allocation (only coordinators may)
     */
    public record Cell(BudgetItem item, String inputId, String name, String labelledBy, String value, BigDecimal used,
                       boolean invalid, boolean readonly) {

        private static final String INPUT_CLASS = "form-control form-control-sm text-end amount-input";

        /** The input's classes: Bootstrap's error state when the typed amount was refused. */
        public String inputClass() {
            return invalid ? INPUT_CLASS + " is-invalid" : INPUT_CLASS;
        }
    }

    /**
     * The rows of the schools shown, with the form's values and, after a refused save, its errors.
     *
     * @param readonly the user may not change the allocation
     */
    static List<AllocationRow> of(List<SchoolBudgetRow> schools, AllocationForm form, Errors errors, boolean readonly) {
        return schools.stream().map(school -> new AllocationRow(school, cells(school, form, errors, readonly))).toList();
    }

    private static List<Cell> cells(SchoolBudgetRow school, AllocationForm form, Errors errors, boolean readonly) {
        return Arrays.stream(BudgetItem.values()).map(item -> {
            String key = AllocationForm.key(school.id(), item);
            String name = AllocationForm.field(key);
            return new Cell(item, "amount-" + key, name, "item-head-" + item.name() + " school-head-" + school.id(),
                    form.getAmounts().get(key), school.committed().get(item).add(school.planned().get(item)),
                    errors != null && errors.hasFieldErrors(name), readonly);
        }).toList();
    }
}
