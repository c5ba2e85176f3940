package fr.capmob.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Line breaks typed in free text are kept where it is shown: every "text-pre…" class a template uses is defined in
 * portal.css (issue 12: the mobility page used "text-pre", defined nowhere, and lost the learning outcomes' lines).
 */
class FreeTextClassesTest {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Pattern CLASS = Pattern.compile("class=\"([^\"]*)\"");

    @Test
    void everyTextPreClassOfTheTemplatesIsDefined() throws IOException {
        String css = Files.readString(Path.of("src/main/resources/static/css/portal.css"));
        List<String> undefined;
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            undefined = files.filter(p -> p.toString().endsWith(".html") && !p.toString().contains("documents/pdf"))
                    .flatMap(FreeTextClassesTest::textPreClasses)
                    .filter(name -> !css.contains("." + name + " {") && !css.contains("." + name + "{"))
                    .distinct().toList();
        }
        assertThat(undefined).isEmpty();
        assertThat(css).contains(".text-pre-line { white-space: pre-line; }");
    }

    private static Stream<String> textPreClasses(Path file) {
        try {
            Matcher matcher = CLASS.matcher(Files.readString(file));
            return matcher.results().flatMap(m -> Stream.of(m.group(1).split("\\s+")))
                    .filter(name -> name.startsWith("text-pre"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
