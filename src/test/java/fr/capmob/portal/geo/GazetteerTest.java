package fr.capmob.portal.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.capmob.portal.PortalTest;
import fr.capmob.portal.TestData;
import fr.capmob.portal.account.Role;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The gazetteer loaded by the migration, searched like the picker does, on PostgreSQL. */
@PortalTest
class GazetteerTest {

    @Autowired
    Gazetteer gazetteer;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;

    @Test
    void theMigrationLoadedEveryCityOfTheGazetteer() {
        assertThat(jdbc.sql("select count(*) from city").query(Long.class).single()).isEqualTo(66_882L);
        assertThat(jdbc.sql("select count(distinct country) from city").query(Long.class).single()).isEqualTo(35L);
    }

    @Test
    void searchIgnoresCaseAccentsAndPunctuation() {
        assertThat(names(gazetteer.search("saint etienne", "FR"))).first().isEqualTo("Saint-Étienne");
        assertThat(names(gazetteer.search("REYKJAV", null))).contains("Reykjavík");
        assertThat(names(gazetteer.search("mönchengl", "de"))).containsExactly("Mönchengladbach");
    }

    @Test
    void aFrenchOrEnglishNameFindsTheCity() {
        assertThat(names(gazetteer.search("Varsovie", null))).containsExactly("Warsaw");
        assertThat(names(gazetteer.search("seville", "ES"))).first().isEqualTo("Sevilla");
        // two exact matches first: the French town of Vienne and Vienna, whose French name is Vienne
        assertThat(names(gazetteer.search("vienne", null)).subList(0, 2)).containsExactlyInAnyOrder("Vienne", "Vienna");
    }

    @Test
    void anExactNameComesFirstAndTheCountryFilterApplies() {
        List<City> paris = gazetteer.search("Paris", null);
        assertThat(paris.get(0).name()).isEqualTo("Paris");
        assertThat(paris.get(0).country()).isEqualTo("FR");
        assertThat(gazetteer.search("Paris", "DE")).allMatch(city -> city.country().equals("DE"));
        assertThat(gazetteer.search("xq", null)).isEmpty();
        assertThat(gazetteer.search("  ", null)).isEmpty();
        assertThat(gazetteer.search("%", null)).isEmpty();
        assertThat(gazetteer.search("a", null)).hasSize(Gazetteer.MAX_RESULTS);
    }

    @Test
    void distanceBetweenTwoCitiesOfTheGazetteer() {
        City paris = gazetteer.search("Paris", "FR").get(0);
        City berlin = gazetteer.search("Berlin", "DE").get(0);
        assertThat(gazetteer.distanceKm(paris.id(), berlin.id())).isCloseTo(878.4, within(0.1));
        assertThat(berlin.label(Locale.FRENCH)).isEqualTo("Berlin (State of Berlin, Allemagne)");
        assertThat(berlin.label(Locale.ENGLISH)).isEqualTo("Berlin (State of Berlin, Germany)");
    }

    @Test
    void thePickerAnswersTheMatchingCitiesAsAFragment() throws Exception {
        var referent = data.principal(data.user("Picker", Role.SCHOOL_REFERENT, data.school("LP Picker " + TestData.unique())));
        mvc.perform(get("/cities").param("q", "munic").param("country", "DE").with(user(referent)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("data-city-label=\"Munich (Bavaria, Allemagne)\"")))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("<html"))));
        mvc.perform(get("/cities").param("q", "zzzz").param("lang", "en").with(user(referent)))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("No city starts with")));
    }

    private static List<String> names(List<City> cities) {
        return cities.stream().map(City::name).toList();
    }
}
