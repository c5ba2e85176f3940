package fr.capmob.portal.participant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class LanguageSkillsTest {

    @Test
    void entriesAreParsedAndWrittenBackInOneForm() {
        List<LanguageSkill> skills = LanguageSkills.parse("EN b2; es:A1 ,de C1");
        assertThat(skills).containsExactly(new LanguageSkill("en", CefrLevel.B2), new LanguageSkill("es", CefrLevel.A1),
                new LanguageSkill("de", CefrLevel.C1));
        assertThat(LanguageSkills.format(skills)).isEqualTo("en B2, es A1, de C1");
        assertThat(skills.get(0).languageName(Locale.FRENCH)).isEqualTo("Anglais");
        assertThat(skills.get(0).languageName(Locale.ENGLISH)).isEqualTo("English");
    }

    @Test
    void unknownLanguagesLevelsAndRepeatsAreRefused() {
        assertThat(LanguageSkills.isValid("")).isTrue();
        assertThat(LanguageSkills.isValid(null)).isTrue();
        assertThat(LanguageSkills.isValid("anglais B2")).isFalse();
        assertThat(LanguageSkills.isValid("en B3")).isFalse();
        assertThat(LanguageSkills.isValid("zz B1")).isFalse();
        assertThat(LanguageSkills.isValid("en")).isFalse();
        assertThatThrownBy(() -> LanguageSkills.parse("en B1, en B2")).isInstanceOf(IllegalArgumentException.class);
    }
}
