package fr.capmob.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Template mistakes that render without an error but show the wrong thing, or break the CSP. */
class TemplateRulesTest {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Pattern TAG = Pattern.compile("<[a-zA-Z][^>]*>", Pattern.DOTALL);

    @Test
    void noConditionOnAnElementThatIsReplacedByAFragment() throws IOException {
        // Thymeleaf runs th:replace/th:insert before th:if, so the condition is silently ignored:
        // wrap the inclusion in <th:block th:if="…"> instead.
        assertThat(offending(tag -> (tag.contains("th:replace") || tag.contains("th:insert"))
                && (tag.contains("th:if") || tag.contains("th:unless")))).isEmpty();
    }

    @Test
    void noInlineScriptsStylesOrEventHandlers() throws IOException {
        // the Content-Security-Policy allows only scripts and styles served by the portal
        assertThat(offending(tag -> tag.matches("(?s)<script(?![^>]*\\bth:src=)(?![^>]*\\bsrc=).*")
                || tag.matches("(?s).*\\sstyle=.*") || tag.matches("(?s).*\\son[a-z]+=.*"))).isEmpty();
    }

    private interface TagRule {
        boolean breaks(String tag);
    }

    private static List<String> offending(TagRule rule) throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".html")).toList()) {
                String html = Files.readString(file).replaceAll("(?s)<!--.*?-->", "");
                Matcher tags = TAG.matcher(html);
                while (tags.find()) {
                    if (rule.breaks(tags.group())) {
                        found.add(TEMPLATES.relativize(file) + ": " + tags.group().replaceAll("\\s+", " "));
                    }
                }
            }
        }
        return found;
    }
}
