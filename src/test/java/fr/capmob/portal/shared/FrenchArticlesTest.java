package fr.capmob.portal.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class FrenchArticlesTest {

    @Test
    void theArticleFollowsTheKindOfSchool() {
        assertThat(FrenchArticles.of("Lycée professionnel Tirel", Locale.FRENCH)).isEqualTo("du Lycée professionnel Tirel");
        assertThat(FrenchArticles.of("École Boulle", Locale.FRENCH)).isEqualTo("de l’École Boulle");
        assertThat(FrenchArticles.of("Cité scolaire Voltaire", Locale.FRENCH)).isEqualTo("de la Cité scolaire Voltaire");
        assertThat(FrenchArticles.of("Établissement régional", Locale.FRENCH)).isEqualTo("de l’Établissement régional");
        assertThat(FrenchArticles.of("LP Hôtelier Belliard", Locale.FRENCH)).isEqualTo("du LP Hôtelier Belliard");
        assertThat(FrenchArticles.of("EREA Jean Monnet", Locale.FRENCH)).isEqualTo("de l’EREA Jean Monnet");
        assertThat(FrenchArticles.of("CFA Médéric", Locale.FRENCH)).isEqualTo("du CFA Médéric");
    }

    @Test
    void anyOtherNameTakesDeOrElision() {
        assertThat(FrenchArticles.of("Jean Moulin", Locale.FRENCH)).isEqualTo("de Jean Moulin");
        assertThat(FrenchArticles.of("Hôtel de la Paix", Locale.FRENCH)).isEqualTo("de Hôtel de la Paix");
        assertThat(FrenchArticles.of("Olympe de Gouges", Locale.FRENCH)).isEqualTo("d’Olympe de Gouges");
    }

    @Test
    void otherLanguagesGetTheNameAlone() {
        assertThat(FrenchArticles.of("Lycée professionnel Tirel", Locale.ENGLISH)).isEqualTo("Lycée professionnel Tirel");
        assertThat(FrenchArticles.of(null, Locale.FRENCH)).isNull();
    }
}
