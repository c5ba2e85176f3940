package fr.capmob.portal.consortium;

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
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Apostrophes of the schools bundle: a text with {0} goes through MessageFormat (an apostrophe is written
 * twice), a text without arguments is shown as is (written once), or users read "d''établissement".
 */
class SchoolMessagesTest {

    private static final Pattern ARGUMENT = Pattern.compile("\\{\\d+}");

    @Test
    void apostrophesMatchHowEachTextIsRendered() throws IOException {
        List<String> wrong = new ArrayList<>();
        for (String bundle : List.of("schools.properties", "schools_en.properties")) {
            Properties texts = new Properties();
            try (Reader reader = new InputStreamReader(Files.newInputStream(Path.of("src/main/resources/i18n", bundle)),
                    StandardCharsets.UTF_8)) {
                texts.load(reader);
            }
            texts.forEach((key, value) -> {
                String text = (String) value;
                boolean formatted = ARGUMENT.matcher(text).find();
                boolean single = text.replace("''", "").contains("'");
                if (formatted ? single : text.contains("''")) {
                    wrong.add(bundle + ": " + key);
                }
            });
        }
        assertThat(wrong).isEmpty();
    }
}
