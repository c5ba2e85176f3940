package db.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class GazetteerCsvTest {

    @Test
    void plainAndQuotedLines() {
        assertThat(V5_2__Load_city_gazetteer.parseCsvLine("FR,Paris,Île-de-France,48.85341,2.3488"))
                .containsExactly("FR", "Paris", "Île-de-France", "48.85341", "2.3488");
        assertThat(V5_2__Load_city_gazetteer.parseCsvLine("ES,\"Sant Pere, Santa Caterina i La Ribera\",Catalonia,41.3845,2.18152"))
                .containsExactly("ES", "Sant Pere, Santa Caterina i La Ribera", "Catalonia", "41.3845", "2.18152");
        assertThat(V5_2__Load_city_gazetteer.parseCsvLine("XX,\"a \"\"b\"\"\",,1,2"))
                .containsExactly("XX", "a \"b\"", "", "1", "2");
    }

    @Test
    void aLineWithTheWrongNumberOfColumnsIsRefused() {
        assertThatThrownBy(() -> V5_2__Load_city_gazetteer.parseCsvLine("FR,Paris,48.8,2.3"))
                .isInstanceOf(IllegalStateException.class);
    }
}
