package fr.capmob.portal.exports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The XLSX writer sends the file as the rows come, not at the end, and writes a workbook that spreadsheets read. */
class XlsxTableWriterTest {

    private static final List<Column> COLUMNS = List.of(new Column("Nom", ColumnType.TEXT),
            new Column("Montant", ColumnType.MONEY), new Column("Jours", ColumnType.INTEGER),
            new Column("Début", ColumnType.DATE));

    @Test
    void bytesReachTheClientLongBeforeTheLastRow() {
        ByteArrayOutputStream client = new ByteArrayOutputStream();
        OpenCheck response = new OpenCheck(client);
        XlsxTableWriter writer = new XlsxTableWriter("Mobilités", response);
        writer.header(COLUMNS);
        // 20,000 rows of varied values (as a national export's): compressed, they are sent in blocks as they come
        java.util.Random random = new java.util.Random(42);
        for (int i = 0; i < 20_000; i++) {
            writer.row(List.of("Élève " + Long.toString(random.nextLong(), 36), BigDecimal.valueOf(random.nextInt(500_000), 2),
                    random.nextInt(90), LocalDate.of(2019, 1, 1).plusDays(random.nextInt(1500))));
        }
        int beforeTheEnd = client.size();
        writer.close();

        assertThat(beforeTheEnd).as("bytes sent before the export finished").isGreaterThan(client.size() / 2);
        assertThat(response.closed).as("the response stream is the caller's to close").isFalse();
    }

    @Test
    void theWorkbookHasTypedCellsFormatsAndAFrozenHeader() throws IOException {
        ByteArrayOutputStream client = new ByteArrayOutputStream();
        XlsxTableWriter writer = new XlsxTableWriter("Mobilités", client);
        writer.header(COLUMNS);
        writer.row(List.of("=HYPERLINK(\"x\")", new BigDecimal("1302.50"), 19, LocalDate.of(2019, 3, 4)));
        writer.row(java.util.Arrays.asList("Zoé", null, 12L, null));
        writer.close();

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(client.toByteArray()))) {
            Sheet sheet = workbook.getSheet("Mobilités");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Nom");
            assertThat(sheet.getRow(0).getCell(0).getCellStyle().getFontIndex()).isNotZero();
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).doesNotStartWith("=");
            Cell amount = sheet.getRow(1).getCell(1);
            assertThat(amount.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(amount.getNumericCellValue()).isEqualTo(1302.50);
            assertThat(amount.getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
            assertThat(sheet.getRow(1).getCell(2).getNumericCellValue()).isEqualTo(19);
            Cell start = sheet.getRow(1).getCell(3);
            assertThat(DateUtil.isCellDateFormatted(start)).isTrue();
            assertThat(start.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2019, 3, 4));
            assertThat(sheet.getRow(2).getCell(1)).isNull();
            assertThat(sheet.getColumnWidth(1)).isGreaterThanOrEqualTo(13 * 256);
        }
    }

    private static final class OpenCheck extends java.io.FilterOutputStream {
        boolean closed;

        OpenCheck(OutputStream out) {
            super(out);
        }

        @Override
        public void close() {
            closed = true;
        }
    }
}
