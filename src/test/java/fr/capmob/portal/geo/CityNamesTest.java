package fr.capmob.portal.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class CityNamesTest {

    @Test
    void wellKnownCitiesHaveTheirFrenchName() {
        assertThat(CityNames.in("Vienna", "AT", Locale.FRENCH)).isEqualTo("Vienne");
        assertThat(CityNames.in("Sevilla", "ES", Locale.FRENCH)).isEqualTo("Séville");
        assertThat(CityNames.in("Athens", "GR", Locale.FRENCH)).isEqualTo("Athènes");
        assertThat(CityNames.in("Lisbon", "PT", Locale.FRENCH)).isEqualTo("Lisbonne");
        assertThat(CityNames.in("Warsaw", "PL", Locale.FRENCH)).isEqualTo("Varsovie");
        assertThat(CityNames.in("Brussels", "BE", Locale.FRENCH)).isEqualTo("Bruxelles");
    }

    @Test
    void englishReadersGetTheEnglishNameWhereOneIsKnown() {
        assertThat(CityNames.in("Sevilla", "ES", Locale.ENGLISH)).isEqualTo("Seville");
        assertThat(CityNames.in("Köln", "DE", Locale.ENGLISH)).isEqualTo("Cologne");
        assertThat(CityNames.in("Vienna", "AT", Locale.ENGLISH)).isEqualTo("Vienna");
    }

    @Test
    void otherCitiesKeepTheirLocalName() {
        assertThat(CityNames.in("Berlin", "DE", Locale.FRENCH)).isEqualTo("Berlin");
        assertThat(CityNames.in("Abfaltersbach", "AT", Locale.FRENCH)).isEqualTo("Abfaltersbach");
        // the same name in another country is another city
        assertThat(CityNames.in("Vienna", "US", Locale.FRENCH)).isEqualTo("Vienna");
        // a district's name in parentheses is not the town's name
        assertThat(CityNames.in("Ixelles", "BE", Locale.FRENCH)).isEqualTo("Ixelles");
        assertThat(CityNames.in("Vienna", "AT", Locale.GERMAN)).isEqualTo("Vienna");
    }

    @Test
    void placeAndPickerLabelUseTheReadersLanguage() {
        assertThat(City.place("Vienna", "AT", Locale.FRENCH)).isEqualTo("Vienne, Autriche");
        assertThat(City.place("Vienna", "AT", Locale.ENGLISH)).isEqualTo("Vienna, Austria");
        City seville = new City(21285, "ES", "Sevilla", "Andalusia", 37.38283, -5.97317);
        assertThat(seville.label(Locale.FRENCH)).isEqualTo("Séville (Sevilla, Andalusia, Espagne)");
        assertThat(seville.label(Locale.ENGLISH)).isEqualTo("Seville (Sevilla, Andalusia, Spain)");
    }

    @Test
    void everyEntryNamesALineOfTheGazetteer() {
        assertThat(CityNames.entries()).hasSizeGreaterThan(300)
                .allSatisfy(entry -> assertThat(entry.french().isEmpty() && entry.english().isEmpty()).isFalse());
    }
}
