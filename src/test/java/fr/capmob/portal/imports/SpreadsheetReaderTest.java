package fr.capmob.portal.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Reading files into cells: encodings, separators, quotes, XLSX cells, and the files refused. */
class SpreadsheetReaderTest {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private static byte[] withBom(String text) {
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[BOM.length + body.length];
        System.arraycopy(BOM, 0, all, 0, BOM.length);
        System.arraycopy(body, 0, all, BOM.length, body.length);
        return all;
    }

    @Test
    void utf8WithBomAndSemicolons() {
        Sheet sheet = SpreadsheetReader.read(withBom("Nom;Prénom\r\nLefèvre;François\r\n"));
        assertThat(sheet.header()).containsExactly("Nom", "Prénom");
        assertThat(sheet.lines()).singleElement().satisfies(line -> {
            assertThat(line.number()).isEqualTo(2);
            assertThat(line.cells()).containsExactly("Lefèvre", "François");
        });
    }

    @Test
    void windows1252AsFrenchExcelSavesIt() {
        byte[] bytes = "Nom;Prénom\r\nGarçon;Hélène\r\n".getBytes(Charset.forName("windows-1252"));
        Sheet sheet = SpreadsheetReader.read(bytes);
        assertThat(sheet.header()).containsExactly("Nom", "Prénom");
        assertThat(sheet.lines().get(0).cells()).containsExactly("Garçon", "Hélène");
    }

    @Test
    void commasAndQuotedFieldsWithSeparatorsAndLineBreaks() {
        String csv = "Nom,Prénom,Spécialité\n\"Martin, dit \"\"Bob\"\"\",Léa,\"Mode\nvêtement\"\n\nDurand,Luc,Cuisine\n";
        Sheet sheet = SpreadsheetReader.read(csv.getBytes(StandardCharsets.UTF_8));
        assertThat(sheet.lines()).hasSize(2);
        assertThat(sheet.lines().get(0).cells()).containsExactly("Martin, dit \"Bob\"", "Léa", "Mode\nvêtement");
        // the quoted line break takes two lines of the file, and a blank line is skipped but counted
        assertThat(sheet.lines().get(1).number()).isEqualTo(5);
    }

    @Test
    void theHeaderLineDecidesTheSeparator() {
        assertThat(SpreadsheetReader.separator("Nom;Prénom;Date de naissance")).isEqualTo(';');
        assertThat(SpreadsheetReader.separator("Last name,First name,Birth date")).isEqualTo(',');
        assertThat(SpreadsheetReader.separator("Raison sociale;Adresse, rue")).isEqualTo(';');
    }

    @Test
    void xlsxDateCellsTextsAndFormulasAreReadWithoutEvaluation() throws Exception {
        byte[] xlsx = Workbooks.xlsx(List.of("Nom", "Prénom", "Date de naissance", "Téléphone", "Classe"), List.of(
                List.of("=1+2", "@Léa", LocalDate.of(2008, 3, 14), 612345678, new Workbooks.Formula("1+2", "1re MMV"))));
        Sheet sheet = SpreadsheetReader.read(xlsx);
        List<String> cells = sheet.lines().get(0).cells();
        assertThat(cells.get(0)).isEqualTo("=1+2");
        assertThat(cells.get(1)).isEqualTo("@Léa");
        assertThat(cells.get(2)).isEqualTo("2008-03-14");
        assertThat(cells.get(3)).isEqualTo("612345678");
        // the cached result, not 3: a formula is never computed here
        assertThat(cells.get(4)).isEqualTo("1re MMV");
    }

    @Test
    void aZipBombIsRefused() throws Exception {
        assertThatThrownBy(() -> SpreadsheetReader.read(Workbooks.zipBomb()))
                .isInstanceOfSatisfying(ImportFileException.class, e -> assertThat(e.messageKey()).isEqualTo("imports.file.xlsxBomb"));
    }

    @Test
    void xmlEntityExpansionIsRefused() throws Exception {
        assertThatThrownBy(() -> SpreadsheetReader.read(Workbooks.entityExpansion()))
                .isInstanceOfSatisfying(ImportFileException.class, e -> assertThat(e.messageKey()).isEqualTo("imports.file.xlsxUnsafe"));
    }

    @Test
    void headersInFrenchOrEnglishInAnyOrder() {
        Headers.Mapping mapping = Headers.map(ImportKind.STUDENTS,
                List.of("Level", "PRÉNOM", "nom", "date de naissance", "Remarque"), Locale.FRENCH);
        assertThat(mapping.columns().keySet()).containsExactly("lastName", "firstName", "birthDate", "level");
        assertThat(mapping.ignored()).containsExactly("Remarque");
    }

    @Test
    void hostHeadersPreferTheirOwnNamesToAliases() {
        Headers.Mapping mapping = Headers.map(ImportKind.HOSTS,
                List.of("Raison sociale", "Type", "Ville", "Pays", "Courriel du contact"), Locale.FRENCH);
        assertThat(mapping.columns()).containsKey("contactEmail");
    }
}
