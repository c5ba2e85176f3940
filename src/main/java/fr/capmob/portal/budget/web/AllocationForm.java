package fr.capmob.portal.budget.web;

import fr.capmob.portal.budget.BudgetItem;
import fr.capmob.portal.shared.MoneyText;
import fr.capmob.portal.budget.ProjectBudget;
import fr.capmob.portal.budget.SchoolBudgetRow;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.validation.BindingResult;

/**
 * The coordinator's allocation of a project's grant to the schools shown on the page (amounts keyed
 * {@code schoolId-ITEM}, typed with a decimal comma) and the advance share in percent.
 */
public class AllocationForm {

    private Map<String, String> amounts = new LinkedHashMap<>();
    private String advanceSharePercent;
    private long version;

    static AllocationForm from(ProjectBudget budget, List<SchoolBudgetRow> schools) {
        AllocationForm form = new AllocationForm();
        for (SchoolBudgetRow school : schools) {
            for (BudgetItem item : BudgetItem.values()) {
                form.amounts.put(key(school.id(), item), MoneyText.format(school.allocated().get(item)));
            }
        }
        form.advanceSharePercent = budget.advanceShare().movePointRight(2).stripTrailingZeros().toPlainString().replace('.', ',');
        form.version = budget.version();
        return form;
    }

    static String key(long schoolId, BudgetItem item) {
        return schoolId + "-" + item.name();
    }

    /** The form field of an amount, as inputs are named and errors are reported: {@code amounts[<key>]}. */
    static String field(String key) {
        return "amounts[" + key + "]";
    }

    /**
     * The amounts typed, per school and item (blank: 0); an amount that is not a number is rejected on its field, as
     * is a share that is not a number. Keys that name no school or item are ignored.
     */
    Map<Long, Map<BudgetItem, BigDecimal>> parse(BindingResult binding) {
        Map<Long, Map<BudgetItem, BigDecimal>> parsed = new HashMap<>();
        amounts.forEach((key, text) -> {
            String[] parts = key.split("-", 2);
            BudgetItem item = parts.length == 2 ? item(parts[1]) : null;
            if (item == null || !parts[0].matches("\\d{1,18}")) {
                return;
            }
            MoneyText.parse(text == null || text.isBlank() ? "0" : text).ifPresentOrElse(
                    amount -> parsed.computeIfAbsent(Long.parseLong(parts[0]), k -> new EnumMap<>(BudgetItem.class))
                            .put(item, amount),
                    () -> binding.rejectValue(field(key), "budget.allocation.amount.invalid"));
        });
        if (advanceShare() == null) {
            binding.rejectValue("advanceSharePercent", "budget.allocation.share.invalid");
        }
        return parsed;
    }

    private static BudgetItem item(String name) {
        return Arrays.stream(BudgetItem.values()).filter(item -> item.name().equals(name)).findFirst().orElse(null);
    }

    /** The share as a fraction (80 → 0.8000); null when not a number. */
    BigDecimal advanceShare() {
        return MoneyText.parse(advanceSharePercent).map(p -> p.movePointLeft(2).setScale(4, RoundingMode.UNNECESSARY))
                .orElse(null);
    }

    public Map<String, String> getAmounts() { return amounts; }
    public void setAmounts(Map<String, String> amounts) { this.amounts = amounts; }
    public String getAdvanceSharePercent() { return advanceSharePercent; }
    public void setAdvanceSharePercent(String advanceSharePercent) { this.advanceSharePercent = advanceSharePercent; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
}
