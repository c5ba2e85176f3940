package fr.capmob.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The modules' arrows point one way, each module uses only the modules its package-info declares
 * ({@code allowedDependencies}), nobody reaches into another module's internals, and the README's module diagram is
 * the one the code gives.
 */
class ModularityTests {

    static final Path README = Path.of("README.md");
    static final String BEGIN = "<!-- module diagram: written by ModularityTests, do not edit -->";
    static final String END = "<!-- end of module diagram -->";
    /** Used by nearly every module: left out of the diagram to keep it readable (the README says so). */
    static final Set<String> EVERYWHERE = Set.of("shared", "web");

    private final ApplicationModules modules = ApplicationModules.of(PortalApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        modules.verify();
    }

    @Test
    void everyModuleDeclaresItsAllowedDependencies() throws IOException {
        for (ApplicationModule module : modules) {
            Path info = Path.of("src/main/java", module.getBasePackage().getName().replace('.', '/'), "package-info.java");
            assertThat(Files.readString(info)).as(info.toString()).contains("allowedDependencies");
        }
    }

    @Test
    void readmeShowsTheModuleDiagramOfTheCode() throws IOException {
        String readme = Files.readString(README);
        int begin = readme.indexOf(BEGIN);
        int end = readme.indexOf(END);
        assertThat(begin).as("README has the module diagram markers").isNotNegative();
        String written = readme.substring(begin + BEGIN.length(), end);
        String current = "\n" + mermaid() + "\n";
        if (!written.equals(current)) {
            Files.writeString(README, readme.substring(0, begin + BEGIN.length()) + current + readme.substring(end));
        }
        assertThat(written).as("README's module diagram (rewritten now: commit README.md)").isEqualTo(current);
    }

    @Test
    void writeModuleDocumentation() {
        new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }

    /** A Mermaid flowchart of the modules and their direct dependencies (shared and web left out). */
    String mermaid() {
        String edges = modules.stream()
                .sorted(Comparator.comparing(ApplicationModule::getIdentifier, Comparator.comparing(Object::toString)))
                .flatMap(module -> module.getDirectDependencies(modules).uniqueModules()
                        .map(target -> target.getIdentifier().toString())
                        .filter(target -> !EVERYWHERE.contains(target))
                        .sorted()
                        .map(target -> "    " + module.getIdentifier() + " --> " + target))
                .collect(Collectors.joining("\n"));
        return "```mermaid\nflowchart TD\n" + edges + "\n```";
    }
}
