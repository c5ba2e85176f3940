package fr.capmob.portal.mobility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class MobilityReferenceTest {

    @Test
    void lastSixDigitsOfTheProjectNumberThenTheCounter() {
        assertThat(MobilityReference.of("2019-1-FR01-KA102-047193", 1)).isEqualTo("047193-MOB-00001");
        assertThat(MobilityReference.of("2022-1-FR01-KA121-VET-000123456", 12345)).isEqualTo("123456-MOB-12345");
    }

    @Test
    void counterOutOfFiveDigitsRefused() {
        assertThatThrownBy(() -> MobilityReference.of("2019-1-FR01-KA102-047193", 100_000))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MobilityReference.of("2019-1-FR01-KA102-047193", 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void countedDaysAreTheActivityDatesLessInterruption() {
        // the dates are the activity's: travel days lie outside them and change nothing here
        LocalDate start = LocalDate.of(2024, 3, 1);
        assertThat(DurationRules.countedDays(start, start, 0)).isEqualTo(1);
        assertThat(DurationRules.countedDays(start, start.plusDays(13), 0)).isEqualTo(14);
        assertThat(DurationRules.countedDays(start, start.plusDays(13), 2)).isEqualTo(12);
        assertThat(new StayPeriod(start, start.plusDays(13), 1, 1, 2).countedDays()).isEqualTo(12);
    }

    @Test
    void greenTravel() {
        assertThat(Transport.TRAIN.isGreen()).isTrue();
        assertThat(Transport.BUS.isGreen()).isTrue();
        assertThat(Transport.CAR_POOLING.isGreen()).isTrue();
        assertThat(Transport.BOAT.isGreen()).isTrue();
        assertThat(Transport.PLANE.isGreen()).isFalse();
        assertThat(Transport.CAR.isGreen()).isFalse();
        assertThat(Transport.OTHER.isGreen()).isFalse();
    }
}
