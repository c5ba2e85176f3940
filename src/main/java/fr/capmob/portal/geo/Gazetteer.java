package fr.capmob.portal.geo;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** The city gazetteer: find a city by id, search by name prefix, distance between two cities. */
@Service
public class Gazetteer {

    public static final int MAX_RESULTS = 20;

    private static final RowMapper<City> CITY = (rs, row) -> new City(rs.getInt("id"), rs.getString("country"),
            rs.getString("name"), rs.getString("region"), rs.getDouble("latitude"), rs.getDouble("longitude"));

    private final JdbcClient jdbc;

    Gazetteer(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<City> find(int id) {
        return jdbc.sql("select id, country, name, region, latitude, longitude from city where id = ?")
                .param(id).query(CITY).optional();
    }

    /** Several cities at once (for a page of records), by id; unknown ids are absent. */
    public java.util.Map<Integer, City> findAll(java.util.Collection<Integer> ids) {
        if (ids.isEmpty()) {
            return java.util.Map.of();
        }
        return jdbc.sql("select id, country, name, region, latitude, longitude from city where id in (:ids)")
                .param("ids", java.util.Set.copyOf(ids)).query(CITY).list().stream()
                .collect(java.util.stream.Collectors.toMap(City::id, city -> city));
    }

    /**
     * Cities whose name, or French or English name ({@link CityNames}), starts with {@code text} (case, accents and
     * punctuation ignored), in one country
     * when given; exact names first, then shorter names. At most {@link #MAX_RESULTS}.
     */
    public List<City> search(String text, String country) {
        String prefix = PlaceNames.searchForm(text);
        if (prefix.isEmpty()) {
            return List.of();
        }
        String pattern = prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        boolean anyCountry = country == null || country.isBlank();
        return jdbc.sql("""
                        select id, country, name, region, latitude, longitude from city
                        where (search_name like :pattern
                               or id in (select city_id from city_other_name where search_name like :pattern))
                          and (:anyCountry or country = :country)
                        order by search_name <> :prefix
                                     and id not in (select city_id from city_other_name where search_name = :prefix),
                                 length(name), name, country, id
                        limit :limit
                        """)
                .param("pattern", pattern).param("prefix", prefix).param("anyCountry", anyCountry)
                .param("country", anyCountry ? "" : country.trim().toUpperCase(java.util.Locale.ROOT))
                .param("limit", MAX_RESULTS)
                .query(CITY).list();
    }

    /** One-way great-circle distance in km between two cities of the gazetteer. */
    public double distanceKm(int fromCityId, int toCityId) {
        City from = find(fromCityId).orElseThrow(() -> new IllegalArgumentException("unknown city " + fromCityId));
        City to = find(toCityId).orElseThrow(() -> new IllegalArgumentException("unknown city " + toCityId));
        return GreatCircle.distanceKm(from, to);
    }

    private volatile List<String> countries;

    /** The countries of the gazetteer, by ISO code (read once: the gazetteer changes only by migration). */
    public List<String> countries() {
        if (countries == null) {
            countries = List.copyOf(jdbc.sql("select distinct country from city order by country").query(String.class).list());
        }
        return countries;
    }
}
