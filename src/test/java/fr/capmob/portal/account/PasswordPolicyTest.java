package fr.capmob.portal.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    private final PasswordPolicy shipped = new PasswordPolicy();
    private final PasswordPolicy small = new PasswordPolicy(Set.of("azerty123456", "motdepasse123"));

    @Test
    void acceptsALongUncommonPasswordWithoutTheEmail() {
        assertThat(small.problems("Erasmus-Mobilite-2026", "jeanne.martin@lycee.fr")).isEmpty();
        assertThat(shipped.accepts("trois chats dans le métro", "jeanne.martin@lycee.fr")).isTrue();
    }

    @Test
    void refusesFewerThanTwelveCharacters() {
        // 11 characters: refused; 12: accepted
        assertThat(small.problems("Vacances-26", "a@b.fr")).containsExactly(PasswordPolicy.TOO_SHORT);
        assertThat(small.problems("Vacances-261", "a@b.fr")).isEmpty();
        assertThat(small.problems("", "a@b.fr")).containsExactly(PasswordPolicy.TOO_SHORT);
        assertThat(small.problems(null, "a@b.fr")).containsExactly(PasswordPolicy.TOO_SHORT);
    }

    @Test
    void countsCharactersNotUtf16Units() {
        // 11 emoji are 22 UTF-16 units but only 11 characters
        assertThat(small.problems("😀".repeat(11), "a@b.fr")).containsExactly(PasswordPolicy.TOO_SHORT);
    }

    @Test
    void refusesMoreThanBcryptsSeventyTwoBytes() {
        assertThat(small.problems("a".repeat(72), "a@b.fr")).isEmpty();
        assertThat(small.problems("a".repeat(73), "a@b.fr")).containsExactly(PasswordPolicy.TOO_LONG);
        // 37 "é" are 37 characters but 74 bytes in UTF-8
        assertThat(small.problems("é".repeat(37), "a@b.fr")).containsExactly(PasswordPolicy.TOO_LONG);
    }

    @Test
    void refusesCommonPasswordsWhateverTheCase() {
        assertThat(small.problems("azerty123456", "a@b.fr")).containsExactly(PasswordPolicy.COMMON);
        assertThat(small.problems("AZERTY123456", "a@b.fr")).containsExactly(PasswordPolicy.COMMON);
        assertThat(small.problems("MotDePasse123", "a@b.fr")).containsExactly(PasswordPolicy.COMMON);
    }

    @Test
    void theShippedListHasThousandsOfEntriesFrenchOnesIncluded() {
        assertThat(shipped.commonPasswordCount()).isGreaterThan(3000);
        assertThat(shipped.problems("azerty123456", "a@b.fr")).contains(PasswordPolicy.COMMON);
        assertThat(shipped.problems("motdepasse123", "a@b.fr")).contains(PasswordPolicy.COMMON);
        assertThat(shipped.problems("qwerty123456", "a@b.fr")).contains(PasswordPolicy.COMMON);
        assertThat(shipped.problems("1q2w3e4r5t6y", "a@b.fr")).contains(PasswordPolicy.COMMON);
        assertThat(shipped.problems("password1234", "a@b.fr")).contains(PasswordPolicy.COMMON);
    }

    @Test
    void refusesAPasswordContainingTheEmailLocalPart() {
        assertThat(small.problems("jeanne.martin-2026!", "Jeanne.Martin@lycee.fr"))
                .containsExactly(PasswordPolicy.CONTAINS_EMAIL);
        assertThat(small.problems("Mon-JEANNE.MARTIN-secret", "jeanne.martin@lycee.fr"))
                .containsExactly(PasswordPolicy.CONTAINS_EMAIL);
        // the domain alone is not the user's name
        assertThat(small.problems("lycee.fr-est-super", "jeanne.martin@lycee.fr")).isEmpty();
    }

    @Test
    void veryShortLocalPartsAreNotChecked() {
        assertThat(small.problems("un jour au port", "jo@lycee.fr")).isEmpty();
    }

    @Test
    void reportsEveryRuleBroken() {
        assertThat(new PasswordPolicy(Set.of("admin")).problems("admin", "admin@lycee.fr"))
                .containsExactly(PasswordPolicy.TOO_SHORT, PasswordPolicy.COMMON, PasswordPolicy.CONTAINS_EMAIL);
    }
}
