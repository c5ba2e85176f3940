package fr.capmob.portal.exports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Formula neutralisation and the CSV writer's formats, without Spring. */
class SpreadsheetTextTest {

    @Test
    void everyDangerousFirstCharacterIsNeutralisedWithAQuote() {
        assertThat(SpreadsheetText.neutralise("=1+1")).isEqualTo("'=1+1");
        assertThat(SpreadsheetText.neutralise("+33 1 23")).isEqualTo("'+33 1 23");
        assertThat(SpreadsheetText.neutralise("-2+3")).isEqualTo("'-2+3");
        assertThat(SpreadsheetText.neutralise("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(SpreadsheetText.neutralise("\tcmd")).isEqualTo("'\tcmd");
        assertThat(SpreadsheetText.neutralise("\rcmd")).isEqualTo("'\rcmd");
    }

    @Test
    void harmlessTextIsLeftAlone() {
        assertThat(SpreadsheetText.neutralise("Léa Dupont")).isEqualTo("Léa Dupont");
        assertThat(SpreadsheetText.neutralise("a=b")).isEqualTo("a=b");
        assertThat(SpreadsheetText.neutralise("")).isEmpty();
        assertThat(SpreadsheetText.neutralise(null)).isNull();
    }

    @Test
    void csvWritesBomDecimalCommaFrenchDatesAndKeepsNegativeAmountsNumbers() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CsvTableWriter writer = new CsvTableWriter(CsvStyle.SEMICOLON, out)) {
            writer.header(List.of(new Column("Nom", ColumnType.TEXT), new Column("Montant", ColumnType.MONEY),
                    new Column("Date", ColumnType.DATE), new Column("Jours", ColumnType.INTEGER)));
            writer.row(Arrays.asList("=cmd|' /C calc'!A0", new BigDecimal("-12.5"), LocalDate.of(2019, 3, 4), 14L));
            writer.row(Arrays.asList("Zoé", new BigDecimal("1234.565"), null, null));
        }
        String csv = out.toString(StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFNom;Montant;Date;Jours\r\n");
        assertThat(csv).contains("'=cmd|' /C calc'!A0;-12,50;04/03/2019;14\r\n");
        assertThat(csv).contains("Zoé;1234,57;;\r\n");
    }

    @Test
    void commaStyleWritesDecimalPointAndIsoDates() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CsvTableWriter writer = new CsvTableWriter(CsvStyle.COMMA, out)) {
            writer.header(List.of(new Column("Amount", ColumnType.MONEY), new Column("Date", ColumnType.DATE)));
            writer.row(Arrays.asList(new BigDecimal("1234.5"), LocalDate.of(2019, 3, 4)));
        }
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("\uFEFFAmount,Date\r\n1234.50,2019-03-04\r\n");
    }

    @Test
    void base32CodesHaveTenCharactersOfTheRfc4648Alphabet() {
        byte[] bytes = {(byte) 0xFF, 0, (byte) 0xA5, 0x5A, 0x12, 0x34, 0x56};
        String code = ParticipantCodes.base32(bytes, 10);
        assertThat(code).hasSize(10).matches("[A-Z2-7]{10}");
        // 0xFF00A55A12 = 11111 11100 00000 01010 01010 10110 10000 10010 → 7 4 A K K W Q S
        assertThat(code).isEqualTo("74AKKWQSGR");
    }
}
