package fr.capmob.portal.budget;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Reads money back from what a person gets: page cells, CSV and XLSX rows, PDF text. */
final class ReadBack {

    private static final Pattern CELL = Pattern.compile("(?s)<td\\b[^>]*>(.*?)</td>");
    private static final Pattern AMOUNT = Pattern.compile("[-−]?\\d{1,3}(?:[\\u202f\\u00a0 ]?\\d{3})*,\\d{2}");

    private ReadBack() {
    }

    /** The text of every cell of the table row whose opening tag or content contains {@code marker}. */
    static List<String> row(String html, String marker) {
        for (String row : html.split("<tr\\b")) {
            String body = row.contains("</tr>") ? row.substring(0, row.indexOf("</tr>")) : row;
            if (body.contains(marker)) {
                List<String> cells = new ArrayList<>();
                Matcher cell = CELL.matcher(body);
                while (cell.find()) {
                    cells.add(cell.group(1).replaceAll("(?s)<[^>]+>", " ").trim());
                }
                return cells;
            }
        }
        throw new AssertionError("no row with " + marker);
    }

    /** The amounts of a row's cells, the first cell (the label) left out. */
    static List<BigDecimal> amounts(List<String> cells) {
        return cells.subList(1, cells.size()).stream().map(ReadBack::amount).toList();
    }

    /** The one amount of a page cell, French: {@code 1 234,56 €}. */
    static BigDecimal amount(String text) {
        List<BigDecimal> all = allAmounts(text);
        assertThat(all).as(text).hasSize(1);
        return all.get(0);
    }

    /** Every amount in a French text, in order. */
    static List<BigDecimal> allAmounts(String text) {
        List<BigDecimal> amounts = new ArrayList<>();
        Matcher matcher = AMOUNT.matcher(text);
        while (matcher.find()) {
            amounts.add(new BigDecimal(matcher.group().replaceAll("[\\u202f\\u00a0 ]", "").replace('−', '-')
                    .replace(',', '.')));
        }
        return amounts;
    }

    /** The text of an element by id (tags removed). */
    static String element(String html, String id) {
        int at = html.indexOf("id=\"" + id + "\"");
        assertThat(at).as(id).isPositive();
        int start = html.indexOf('>', at) + 1;
        return html.substring(start, html.indexOf('<', start));
    }

    /** A semicolon CSV with a BOM, decimal commas: every record. */
    static List<CSVRecord> csv(byte[] bytes) throws Exception {
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        try (CSVParser parser = CSVFormat.DEFAULT.builder().setDelimiter(';').get().parse(new StringReader(text))) {
            return parser.getRecords();
        }
    }

    /** A CSV money cell; null when empty. */
    static BigDecimal csvAmount(String text) {
        return text.isEmpty() ? null : new BigDecimal(text.replace(',', '.'));
    }

    /** The XLSX sheet as text cells (numbers as plain decimals, as in {@link #csvAmount} once parsed). */
    static List<List<String>> xlsx(byte[] bytes) throws Exception {
        List<List<String>> rows = new ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            for (Row row : workbook.getSheetAt(0)) {
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < row.getLastCellNum(); i++) {
                    Cell cell = row.getCell(i);
                    cells.add(cell == null ? "" : cell.getCellType() == CellType.NUMERIC
                            ? BigDecimal.valueOf(cell.getNumericCellValue()).setScale(2, java.math.RoundingMode.HALF_UP)
                                    .toPlainString().replace('.', ',')
                            : cell.getStringCellValue());
                }
                rows.add(cells);
            }
        }
        return rows;
    }

    static String pdfText(byte[] bytes) throws Exception {
        try (PDDocument document = Loader.loadPDF(bytes)) {
            return new PDFTextStripper().getText(document).replace('\u00A0', ' ').replace('\u202f', ' ');
        }
    }
}
