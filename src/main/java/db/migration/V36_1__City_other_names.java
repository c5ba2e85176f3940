package db.migration;

import fr.capmob.portal.geo.CityNames;
import fr.capmob.portal.geo.PlaceNames;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * The French and English names of the gazetteer's cities ({@code geo/city-names.csv}, GeoNames alternate names,
 * CC BY 4.0), so that the city picker finds "Vienna" when a French reader types "Vienne".
 */
public class V36_1__City_other_names extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("""
                    create table city_other_name (
                        city_id     integer      not null references city (id),
                        language    varchar(2)   not null,
                        name        varchar(120) not null,
                        search_name varchar(120) not null,
                        primary key (city_id, language),
                        constraint city_other_name_language check (language in ('fr', 'en'))
                    )""");
            ddl.execute("create index city_other_name_search_idx on city_other_name (search_name text_pattern_ops)");
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into city_other_name (city_id, language, name, search_name) values (?, ?, ?, ?)")) {
            for (CityNames.Entry entry : CityNames.entries()) {
                add(insert, entry.cityId(), "fr", entry.french());
                add(insert, entry.cityId(), "en", entry.english());
            }
            insert.executeBatch();
        }
    }

    private static void add(PreparedStatement insert, int cityId, String language, String name) throws Exception {
        if (name.isEmpty()) {
            return;
        }
        insert.setInt(1, cityId);
        insert.setString(2, language);
        insert.setString(3, name);
        insert.setString(4, PlaceNames.searchForm(name));
        insert.addBatch();
    }
}
