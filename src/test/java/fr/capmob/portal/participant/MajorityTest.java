package fr.capmob.portal.participant;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import org.junit.jupiter.api.Test;

class MajorityTest {

    @Test
    void aStudentIsAMinorUntilTheDayBeforeTheirEighteenthBirthday() {
        LocalDate born = LocalDate.of(2008, 5, 17);
        assertThat(Majority.isMinorOn(born, LocalDate.of(2026, 5, 16))).isTrue();
        assertThat(Majority.isMinorOn(born, LocalDate.of(2026, 5, 17))).isFalse();
        assertThat(Majority.isMinorOn(born, LocalDate.of(2026, 5, 18))).isFalse();
        assertThat(Majority.isMinorOn(born, LocalDate.of(2008, 5, 17))).isTrue();
    }

    @Test
    void someoneBornOnTheTwentyNinthOfFebruaryComesOfAgeOnTheFirstOfMarchInACommonYear() {
        LocalDate born = LocalDate.of(2008, 2, 29);
        assertThat(Majority.isMinorOn(born, LocalDate.of(2026, 2, 27))).isTrue();
        assertThat(Majority.isMinorOn(born, LocalDate.of(2026, 2, 28))).isTrue();
        assertThat(Majority.isMinorOn(born, LocalDate.of(2026, 3, 1))).isFalse();
    }

    @Test
    void onTheTwentyNinthOfFebruaryOfALeapYearTheBirthdaysOfTheDayBeforeHavePassed() {
        LocalDate leapDay = LocalDate.of(2024, 2, 29);
        assertThat(Majority.isMinorOn(LocalDate.of(2006, 2, 28), leapDay)).isFalse();
        assertThat(Majority.isMinorOn(LocalDate.of(2006, 3, 1), leapDay)).isTrue();
    }

    @Test
    void theSqlCutoffAgreesWithTheAgeInYearsOnEveryDayAroundLeapYears() {
        LocalDate[] births = {LocalDate.of(2004, 2, 29), LocalDate.of(2008, 2, 29), LocalDate.of(2007, 2, 28),
                LocalDate.of(2007, 3, 1), LocalDate.of(2006, 12, 31), LocalDate.of(2006, 1, 1)};
        for (LocalDate born : births) {
            for (LocalDate day = LocalDate.of(2022, 1, 1); day.isBefore(LocalDate.of(2027, 1, 1)); day = day.plusDays(1)) {
                boolean minorByAge = Period.between(born, day).getYears() < 18;
                assertThat(Majority.isMinorOn(born, day)).as("born %s, on %s", born, day).isEqualTo(minorByAge);
            }
        }
    }
}
