package fr.capmob.portal.consortium;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * The UAI check letter: the (n mod 23)-th letter, counting from 0, of ABCDEFGHJKLMNPRSTUVWXYZ
 * (A0 B1 C2 D3 E4 F5 G6 H7 J8 K9 L10 M11 N12 P13 R14 S15 T16 U17 V18 W19 X20 Y21 Z22), n being the
 * 7-digit number. Each example below is worked out by hand.
 */
class UaiTest {

    @Test
    void workedExamples() {
        // 750001 = 23 × 32608 + 17 (23 × 32608 = 749984); letter 17 = U
        assertThat(Uai.checkLetter("0750001")).isEqualTo('U');
        // Lycée Tirel: 750808 = 23 × 32643 + 19 (23 × 32643 = 750789); letter 19 = W
        assertThat(Uai.checkLetter("0750808")).isEqualTo('W');
        // Lycée Louis-le-Grand, a published UAI (0750654D): 750654 = 23 × 32637 + 3 (750651); letter 3 = D
        assertThat(Uai.checkLetter("0750654")).isEqualTo('D');
        // Lycée Henri-IV, 0750653C: one less, so remainder 2 = C
        assertThat(Uai.checkLetter("0750653")).isEqualTo('C');
        // 751234 = 23 × 32662 + 8 (23 × 32662 = 751226); letter 8 = J (I is skipped)
        assertThat(Uai.checkLetter("0751234")).isEqualTo('J');
    }

    @Test
    void edgesOfTheAlphabet() {
        assertThat(Uai.checkLetter("0000000")).isEqualTo('A'); // 0 mod 23 = 0
        assertThat(Uai.checkLetter("0000022")).isEqualTo('Z'); // 22 mod 23 = 22, the last letter
        assertThat(Uai.checkLetter("0000023")).isEqualTo('A'); // 23 mod 23 = 0 again
        assertThat(Uai.checkLetter("0000013")).isEqualTo('P'); // 13: O is skipped after N (12)
    }

    @Test
    void validAndInvalidUais() {
        assertThat(Uai.isValid("0750808W")).isTrue();
        assertThat(Uai.isValid("0750001U")).isTrue();
        assertThat(Uai.isValid("0750808X")).isFalse();
        assertThat(Uai.isValid("0750808w")).isFalse(); // normalise first
        assertThat(Uai.isValid(Uai.normalise(" 0750808w "))).isTrue();
        assertThat(Uai.isValid("075080W")).isFalse();
        assertThat(Uai.isValid("A750808W")).isFalse();
        assertThat(Uai.isValid(null)).isFalse();
    }

    @Test
    void expectedLetterIsNamedOnlyWhenTheLetterAloneIsWrong() {
        assertThat(Uai.expectedLetterIfWrong("0751234?")).contains('J');
        assertThat(Uai.expectedLetterIfWrong("0751234A")).contains('J');
        assertThat(Uai.expectedLetterIfWrong("0751234J")).isEmpty();
        assertThat(Uai.expectedLetterIfWrong("075123J")).isEmpty();
        assertThat(Uai.expectedLetterIfWrong("07512345")).contains('J');
        assertThat(Uai.withCheckLetter("0750808")).isEqualTo("0750808W");
    }

    @Test
    void aNumberThatIsNotSevenDigitsHasNoCheckLetter() {
        assertThatThrownBy(() -> Uai.checkLetter("075080")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Uai.checkLetter("07508a8")).isInstanceOf(IllegalArgumentException.class);
    }
}
