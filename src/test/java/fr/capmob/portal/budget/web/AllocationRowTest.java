package fr.capmob.portal.budget.web;

import static org.assertj.core.api.Assertions.assertThat;

import fr.capmob.portal.budget.BudgetItem;
import fr.capmob.portal.budget.ItemAmounts;
import fr.capmob.portal.budget.PaidAmounts;
import fr.capmob.portal.budget.SchoolBudgetRow;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;

class AllocationRowTest {

    private static ItemAmounts amounts(String travel, String individual) {
        BigDecimal t = new BigDecimal(travel);
        BigDecimal i = new BigDecimal(individual);
        return new ItemAmounts(Map.of(BudgetItem.TRAVEL, t, BudgetItem.INDIVIDUAL_SUPPORT, i), t.add(i));
    }

    private static final SchoolBudgetRow LYCEE = new SchoolBudgetRow(24, "LP Tirel", amounts("6040.48", "38895.26"),
            amounts("275.00", "1358.60"), amounts("5500.00", "37000.00"), PaidAmounts.ZERO);

    @Test
    void eachCellCarriesItsIdNameLabelsTypedValueAndWhatTheSchoolUsed() {
        AllocationForm form = new AllocationForm();
        form.setAmounts(Map.of("24-TRAVEL", "6040,48", "24-INDIVIDUAL_SUPPORT", "abc"));

        List<AllocationRow> rows = AllocationRow.of(List.of(LYCEE), form, null, false);

        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.school()).isSameAs(LYCEE);
            assertThat(row.cells()).extracting(AllocationRow.Cell::item).containsExactly(BudgetItem.values());
            AllocationRow.Cell travel = row.cells().get(0);
            assertThat(travel.inputId()).isEqualTo("amount-24-TRAVEL");
            assertThat(travel.name()).isEqualTo("amounts[24-TRAVEL]");
            assertThat(travel.labelledBy()).isEqualTo("item-head-TRAVEL school-head-24");
            assertThat(travel.value()).isEqualTo("6040,48");
            // planned 275.00 + committed 5,500.00
            assertThat(travel.used()).isEqualByComparingTo("5775.00");
            assertThat(travel.invalid()).isFalse();
            assertThat(travel.readonly()).isFalse();
            // an item the school has nothing on: 0.00 used, no typed value
            AllocationRow.Cell exceptional = row.cells().get(4);
            assertThat(exceptional.used()).isEqualByComparingTo("0");
            assertThat(exceptional.value()).isNull();
        });
    }

    @Test
    void aRefusedAmountMarksItsOwnCellOnly() {
        AllocationForm form = new AllocationForm();
        form.setAmounts(Map.of("24-TRAVEL", "6040,48", "24-INDIVIDUAL_SUPPORT", "abc"));
        BindingResult binding = new BeanPropertyBindingResult(form, "allocationForm");
        binding.rejectValue("amounts[24-INDIVIDUAL_SUPPORT]", "budget.allocation.amount.invalid");

        List<AllocationRow.Cell> cells = AllocationRow.of(List.of(LYCEE), form, binding, true).get(0).cells();

        assertThat(cells).filteredOn(AllocationRow.Cell::invalid).extracting(AllocationRow.Cell::name)
                .containsExactly("amounts[24-INDIVIDUAL_SUPPORT]");
        assertThat(cells.get(1).value()).isEqualTo("abc");
        assertThat(cells.get(1).inputClass()).isEqualTo("form-control form-control-sm text-end amount-input is-invalid");
        assertThat(cells).allMatch(AllocationRow.Cell::readonly);
        assertThat(cells.get(0).inputClass()).isEqualTo("form-control form-control-sm text-end amount-input");
    }
}
