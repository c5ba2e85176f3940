package fr.capmob.portal.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the demo's texts (schools, hosts, names, learning agreements…) from the JSON files under
 * {@code src/main/resources/demo/}, so that the Java of the demo says how the consortium is built, not what it says.
 */
final class DemoFiles {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private DemoFiles() {
    }

    /** A file holding one JSON array of {@code type}, in the file's order. */
    static <T> List<T> list(String file, Class<T> type) {
        try (InputStream in = open(file)) {
            return List.copyOf(JSON.readValue(in, JSON.getTypeFactory().constructCollectionType(List.class, type)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A file holding one JSON object, read as {@code type}. */
    static <T> T object(String file, Class<T> type) {
        try (InputStream in = open(file)) {
            return JSON.readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream open(String file) {
        InputStream in = DemoFiles.class.getResourceAsStream("/demo/" + file);
        if (in == null) {
            throw new IllegalStateException("demo file missing from the classpath: demo/" + file);
        }
        return in;
    }
}
