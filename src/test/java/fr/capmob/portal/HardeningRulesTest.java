package fr.capmob.portal;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import fr.capmob.portal.shared.PlausibleDate;
import fr.capmob.portal.shared.PlausibleDateValidator;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.propertyeditors.StringTrimmerEditor;

/** The hardening rules that hold for every form: plausible dates, control characters refused. */
class HardeningRulesTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("fr.capmob.portal");

    /** Payment dates have a rule of their own (not in the future beyond a setting), owned by the budget module. */
    private static final Set<String> OWN_RULE = Set.of("PaymentForm.paidOn", "CorrectionForm.paidOn");

    @Test
    void everyDateOfEveryFormIsPlausible() {
        List<String> dateFields = CLASSES.stream()
                .filter(c -> c.getSimpleName().endsWith("Form"))
                .flatMap(c -> c.getFields().stream())
                .filter(f -> f.getRawType().isEquivalentTo(LocalDate.class))
                .map(HardeningRulesTest::name).toList();
        List<String> withoutRule = CLASSES.stream()
                .filter(c -> c.getSimpleName().endsWith("Form"))
                .flatMap(c -> c.getFields().stream())
                .filter(f -> f.getRawType().isEquivalentTo(LocalDate.class))
                .filter(f -> !f.isAnnotatedWith(PlausibleDate.class))
                .map(HardeningRulesTest::name)
                .filter(name -> !OWN_RULE.contains(name)).toList();
        assertThat(dateFields).contains("StudentForm.birthDate", "MobilityForm.startDate", "ProjectForm.endDate");
        assertThat(withoutRule).isEmpty();
    }

    @Test
    void theYearRuleWithItsBoundaries() {
        assertThat(PlausibleDateValidator.isPlausible(LocalDate.of(1900, 1, 1))).isTrue();
        assertThat(PlausibleDateValidator.isPlausible(LocalDate.of(2100, 12, 31))).isTrue();
        assertThat(PlausibleDateValidator.isPlausible(LocalDate.of(1899, 12, 31))).isFalse();
        assertThat(PlausibleDateValidator.isPlausible(LocalDate.of(2101, 1, 1))).isFalse();
        assertThat(PlausibleDateValidator.isPlausible(LocalDate.of(0, 1, 1))).isFalse();
        assertThat(PlausibleDateValidator.isPlausible(LocalDate.of(10000, 1, 1))).isFalse();
    }

    /** A controller's own StringTrimmerEditor would replace the global control-character check for its forms. */
    @Test
    void textsAreTrimmedOnlyThroughTheEditorThatRefusesControlCharacters() {
        noClasses().should().dependOnClassesThat().areAssignableTo(StringTrimmerEditor.class).check(CLASSES);
    }

    private static String name(JavaField field) {
        return field.getOwner().getSimpleName() + "." + field.getName();
    }
}
