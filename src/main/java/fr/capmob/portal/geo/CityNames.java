package fr.capmob.portal.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The well-known French and English names of the gazetteer's cities ("Vienna" is "Vienne" in French, "Sevilla" is
 * "Séville" and "Seville"), from GeoNames' alternate names (CC BY 4.0), written into {@code geo/city-names.csv} by
 * {@code tools/place-names/build_city_names.py}. A city without one keeps its local name in every language.
 */
public final class CityNames {

    static final String RESOURCE = "geo/city-names.csv";
    private static final String HEADER = "id,country,name,name_fr,name_en";

    /** One city's other names; an empty one means "the local name". */
    public record Entry(int cityId, String country, String name, String french, String english) {
    }

    private static final class Loaded {
        private static final List<Entry> ENTRIES = read();
        private static final Map<String, Entry> BY_NAME = index(ENTRIES);
    }

    private CityNames() {
    }

    /** The name of a city (its gazetteer name and country) in the reader's language. */
    public static String in(String name, String country, Locale locale) {
        if (name == null || country == null || locale == null) {
            return name;
        }
        Entry entry = Loaded.BY_NAME.get(key(country, name));
        if (entry == null) {
            return name;
        }
        String translated = switch (locale.getLanguage()) {
            case "fr" -> entry.french();
            case "en" -> entry.english();
            default -> "";
        };
        return translated.isEmpty() ? name : translated;
    }

    public static List<Entry> entries() {
        return Loaded.ENTRIES;
    }

    private static String key(String country, String name) {
        return country + '|' + name;
    }

    private static Map<String, Entry> index(List<Entry> entries) {
        Map<String, Entry> byName = new HashMap<>();
        entries.forEach(entry -> byName.put(key(entry.country(), entry.name()), entry));
        return Map.copyOf(byName);
    }

    private static List<Entry> read() {
        try (InputStream in = CityNames.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            if (!HEADER.equals(reader.readLine())) {
                throw new IllegalStateException(RESOURCE + " does not start with " + HEADER);
            }
            List<Entry> entries = new ArrayList<>();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                List<String> fields = CsvLine.fields(line);
                entries.add(new Entry(Integer.parseInt(fields.get(0)), fields.get(1), fields.get(2), fields.get(3),
                        fields.get(4)));
            }
            return List.copyOf(entries);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
