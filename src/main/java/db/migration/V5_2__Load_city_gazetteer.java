package db.migration;

import fr.capmob.portal.geo.PlaceNames;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.postgresql.PGConnection;

/**
 * Loads the 66,882 cities of {@code geo/cities-europe.csv} (GeoNames, CC BY 4.0) into {@code city} with
 * PostgreSQL's COPY (about a second), adding each name's search form.
 */
public class V5_2__Load_city_gazetteer extends BaseJavaMigration {

    static final String RESOURCE = "geo/cities-europe.csv";

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        StringBuilder copy = new StringBuilder(4_000_000);
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String header = reader.readLine();
            if (!"country,name,region,latitude,longitude".equals(header)) {
                throw new IllegalStateException("unexpected gazetteer header: " + header);
            }
            int id = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] columns = parseCsvLine(line);
                id++;
                copy.append(id).append('\t').append(columns[0]).append('\t').append(escape(columns[1])).append('\t')
                        .append(columns[2].isEmpty() ? "\\N" : escape(columns[2])).append('\t')
                        .append(columns[3]).append('\t').append(columns[4]).append('\t')
                        .append(escape(PlaceNames.searchForm(columns[1]))).append('\n');
            }
        }
        connection.unwrap(PGConnection.class).getCopyAPI().copyIn(
                "copy city (id, country, name, region, latitude, longitude, search_name) from stdin",
                new StringReader(copy.toString()));
    }

    /** The gazetteer's CSV: comma-separated, fields with a comma are double-quoted. */
    static String[] parseCsvLine(String line) {
        String[] columns = new String[5];
        int column = 0;
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                columns[column++] = field.toString();
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        columns[column] = field.toString();
        if (column != 4) {
            throw new IllegalStateException("gazetteer line with " + (column + 1) + " columns: " + line);
        }
        return columns;
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n");
    }
}
