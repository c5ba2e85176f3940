package fr.capmob.portal;

import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.StaticJavaParser;
import com.github.javaparser.ast.CompilationUnit;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The main source files, parsed once (JavaParser) for the rules that read code as text. */
final class MainSources {

    static final Path ROOT = Path.of("src/main/java");

    /** A parsed file and its path relative to the portal's root package ({@code budget/BudgetService.java}). */
    record Source(Path path, String module, List<String> lines, CompilationUnit unit) {
    }

    private static List<Source> sources;

    private MainSources() {
    }

    static synchronized List<Source> all() {
        if (sources == null) {
            StaticJavaParser.getParserConfiguration().setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_17);
            try (Stream<Path> files = Files.walk(ROOT)) {
                sources = files.filter(p -> p.toString().endsWith(".java")).sorted().map(MainSources::parse).toList();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return sources;
    }

    private static Source parse(Path file) {
        try {
            Path relative = ROOT.relativize(file);
            Path portal = Path.of("fr/capmob/portal");
            String module = relative.startsWith(portal) && relative.getNameCount() > 4
                    ? relative.getName(3).toString() : "";
            return new Source(relative, module, Files.readAllLines(file), StaticJavaParser.parse(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
