package fr.capmob.portal.exports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The Beneficiary Module's words for the portal's codes. */
class BmValuesTest {

    @Test
    void distanceBandsAreOpenAtTheTop() {
        assertThat(BmValues.band(500L, 1999L)).isEqualTo("500-1999 km");
        assertThat(BmValues.band(8000L, null)).isEqualTo("8000+ km");
        assertThat(BmValues.band(null, null)).isNull();
    }

    @Test
    void gendersAndTransportsInWords() {
        assertThat(BmValues.gender("F")).isEqualTo("Female");
        assertThat(BmValues.gender("M")).isEqualTo("Male");
        assertThat(BmValues.gender("X")).isEqualTo("Undefined");
        assertThat(BmValues.gender(null)).isNull();
        assertThat(BmValues.transport("CAR_POOLING")).isEqualTo("Car pooling");
        assertThat(BmValues.transport("TRAIN")).isEqualTo("Train");
        assertThat(BmValues.transport(null)).isNull();
    }
}
