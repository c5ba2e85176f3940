package fr.capmob.portal;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Entity;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

/** House rules of ARCHITECTURE.md that the compiler does not check. */
class ArchitectureRulesTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("fr.capmob.portal");

    @Test
    void controllersLiveInAWebPackageAndArePackagePrivate() {
        classes().that().areAnnotatedWith(Controller.class).or().areAnnotatedWith(RestController.class)
                .should().resideInAPackage("..web..")
                .andShould().notBePublic()
                .check(CLASSES);
    }

    @Test
    void entitiesArePackagePrivateAndNotInWebPackages() {
        classes().that().areAnnotatedWith(Entity.class)
                .should().notBePublic()
                .andShould().resideOutsideOfPackage("..web..")
                .check(CLASSES);
    }

    @Test
    void entitiesAreNeverBoundToForms() {
        noClasses().that().resideInAPackage("..web..")
                .should().dependOnClassesThat().areAnnotatedWith(Entity.class)
                .check(CLASSES);
    }

    @Test
    void moneyIsNeverAFloatingPointNumber() {
        fields().that().haveNameMatching("(?i).*(amount|granted|rate|price|cost).*")
                .should().notHaveRawType(double.class).andShould().notHaveRawType(float.class)
                .andShould().notHaveRawType(Double.class).andShould().notHaveRawType(Float.class)
                .allowEmptyShould(true)
                .check(CLASSES);
    }

    @Test
    void noTwoEnumsShareAName() {
        Map<String, List<String>> enumsByName = CLASSES.stream().filter(JavaClass::isEnum)
                .collect(Collectors.groupingBy(JavaClass::getSimpleName,
                        Collectors.mapping(JavaClass::getName, Collectors.toList())));
        assertThat(enumsByName.values()).allSatisfy(names -> assertThat(names).hasSize(1));
    }

    @Test
    void noClassUsesSystemOutOrPrintsStackTraces() {
        noClasses().should().callMethod(Throwable.class, "printStackTrace")
                .check(CLASSES);
    }
}
