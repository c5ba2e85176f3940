package fr.capmob.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * French and English stay in step: every key in both languages of every bundle, every key a template names
 * exists, and no template carries literal text outside {@code th:text}-style attributes.
 */
class I18nTest {

    private static final Path I18N = Path.of("src/main/resources/i18n");
    private static final Path TEMPLATES = Path.of("src/main/resources/templates");

    @Test
    void everyKeyExistsInFrenchAndEnglish() throws IOException {
        List<String> problems = new ArrayList<>();
        try (Stream<Path> files = Files.list(I18N)) {
            for (Path french : files.filter(p -> !p.getFileName().toString().contains("_")).toList()) {
                Path english = I18N.resolve(french.getFileName().toString().replace(".properties", "_en.properties"));
                assertThat(english).exists();
                Set<String> fr = load(french).stringPropertyNames();
                Set<String> en = load(english).stringPropertyNames();
                difference(fr, en).forEach(key -> problems.add(english.getFileName() + " lacks " + key));
                difference(en, fr).forEach(key -> problems.add(french.getFileName() + " lacks " + key));
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void noKeyIsDefinedInTwoBundles() throws IOException {
        Set<String> seen = new TreeSet<>();
        List<String> duplicates = new ArrayList<>();
        try (Stream<Path> files = Files.list(I18N)) {
            for (Path french : files.filter(p -> !p.getFileName().toString().contains("_")).sorted().toList()) {
                for (String key : load(french).stringPropertyNames()) {
                    if (!seen.add(key)) {
                        duplicates.add(key + " (again in " + french.getFileName() + ")");
                    }
                }
            }
        }
        assertThat(duplicates).isEmpty();
    }

    @Test
    void everyLiteralKeyUsedInTemplatesExists() throws IOException {
        Set<String> keys = allFrenchKeys();
        Pattern literalKey = Pattern.compile("#\\{([a-zA-Z0-9_.]+)[}(]");
        List<String> missing = new ArrayList<>();
        for (Path template : templates()) {
            Matcher matcher = literalKey.matcher(Files.readString(template));
            while (matcher.find()) {
                if (!keys.contains(matcher.group(1))) {
                    missing.add(TEMPLATES.relativize(template) + ": " + matcher.group(1));
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void templatesHaveNoLiteralText() throws IOException {
        List<String> literals = new ArrayList<>();
        for (Path template : templates()) {
            String html = Files.readString(template)
                    .replaceAll("(?s)<!--.*?-->", "")
                    .replaceAll("(?s)<(script|style)[^>]*>.*?</\\1>", "")
                    // an element whose text Thymeleaf replaces: its placeholder text does not count
                    .replaceAll("(?s)<([a-zA-Z0-9]+)(\\s[^>]*?\\bth:(text|utext|replace|errors)=[^>]*)>[^<]*</\\1>", "<$1$2></$1>");
            Matcher text = Pattern.compile(">([^<]+)<").matcher(html);
            while (text.find()) {
                String content = text.group(1).strip();
                if (!content.isEmpty() && content.matches(".*\\p{L}{2,}.*") && !content.matches("[A-Z]{2}")) {
                    literals.add(TEMPLATES.relativize(template) + ": " + content);
                }
            }
        }
        assertThat(literals).isEmpty();
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
    }

    private static Set<String> allFrenchKeys() throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.list(I18N)) {
            for (Path french : files.filter(p -> !p.getFileName().toString().contains("_")).toList()) {
                keys.addAll(load(french).stringPropertyNames());
            }
        }
        return keys;
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> result = new TreeSet<>(a);
        result.removeAll(b);
        return result;
    }

    private static Properties load(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
