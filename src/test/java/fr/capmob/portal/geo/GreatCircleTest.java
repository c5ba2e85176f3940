package fr.capmob.portal.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Worked examples, with the gazetteer's coordinates and a mean Earth radius of 6,371.0088 km; the expected
 * values were computed independently with the spherical law of cosines (same sphere, another formula).
 */
class GreatCircleTest {

    private static final double PARIS_LAT = 48.85341;
    private static final double PARIS_LON = 2.3488;

    @ParameterizedTest(name = "Paris → {0}: {3} km")
    @CsvSource({
            "Berlin,      52.52437, 13.41053,  878.399",
            "Lisbon,      38.72509, -9.1498,  1452.783",
            "Helsinki,    60.16952, 24.93545, 1908.745",
            "Istanbul,    41.01384, 28.94966, 2253.387",
            "Nicosia,     35.17284, 33.35397, 2948.849",
            "Saint-Denis, 48.93564, 2.35387,     9.151",
            "Boulogne-Billancourt, 48.83545, 2.24128, 8.118"})
    void distanceFromParis(String city, double latitude, double longitude, double expectedKm) {
        assertThat(GreatCircle.distanceKm(PARIS_LAT, PARIS_LON, latitude, longitude)).isCloseTo(expectedKm, within(0.001));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "same point, 48.85341, 2.3488, 48.85341, 2.3488, 0",
            // a quarter of the equator: pi/2 * R
            "quarter of the equator, 0, 0, 0, 90, 10007.557",
            // pole to pole: pi * R
            "pole to pole, 90, 0, -90, 0, 20015.115"})
    void geometricCases(String name, double lat1, double lon1, double lat2, double lon2, double expectedKm) {
        assertThat(GreatCircle.distanceKm(lat1, lon1, lat2, lon2)).isCloseTo(expectedKm, within(0.001));
    }

    @ParameterizedTest(name = "symmetric {0}")
    @CsvSource({"Berlin, 52.52437, 13.41053", "Lisbon, 38.72509, -9.1498"})
    void distanceIsSymmetric(String city, double latitude, double longitude) {
        assertThat(GreatCircle.distanceKm(latitude, longitude, PARIS_LAT, PARIS_LON))
                .isEqualTo(GreatCircle.distanceKm(PARIS_LAT, PARIS_LON, latitude, longitude));
    }
}
