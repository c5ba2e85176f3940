package fr.capmob.portal.consortium;

import static org.assertj.core.api.Assertions.assertThat;

import fr.capmob.portal.PortalTest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The migration that gave schools a gazetteer city matches the free-text names it found: re-run here on
 * schools whose city_id was cleared (inside the rolled-back test transaction).
 */
@PortalTest
class SchoolCityMigrationTest {

    @Autowired
    JdbcClient jdbc;

    private long insert(String city) {
        return jdbc.sql("""
                insert into school (name, uai, city, experience) values (?, ?, ?, 'NOVICE') returning id""")
                .params("Migration " + city, "9" + String.format("%06d", Math.abs(city.hashCode()) % 1_000_000)
                        + Uai.checkLetter("9" + String.format("%06d", Math.abs(city.hashCode()) % 1_000_000)), city)
                .query(Long.class).single();
    }

    @Test
    void freeTextCitiesAreMatchedToTheFrenchCityOfTheSameNameIgnoringCaseAccentsAndPunctuation() throws Exception {
        long paris = insert("PARIS");
        long saintDenis = insert("saint denis");
        long unknown = insert("Ville-Inconnue-Sur-Mer");
        String update = new ClassPathResource("db/migration/V9_1__school_city_from_gazetteer.sql")
                .getContentAsString(StandardCharsets.UTF_8);
        jdbc.sql(update.substring(update.indexOf("update school s"))).update();

        assertThat(cityOf(paris)).isEqualTo("Paris");
        assertThat(cityOf(saintDenis)).isEqualTo("Saint-Denis");
        assertThat(jdbc.sql("select city_id from school where id = ?").param(unknown).query(Integer.class).optional()).isEmpty();
    }

    private String cityOf(long school) {
        return jdbc.sql("select c.name from school s join city c on c.id = s.city_id where s.id = ?").param(school)
                .query(String.class).single();
    }
}
