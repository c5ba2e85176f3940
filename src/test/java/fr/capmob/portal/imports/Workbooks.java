package fr.capmob.portal.imports;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** XLSX files built in the tests with POI, and tampered copies of them (zip bomb, XML entities). */
final class Workbooks {

    private Workbooks() {
    }

    /** One sheet: the header, then the rows; a LocalDate becomes a date cell, a String starting with "=" stays text. */
    static byte[] xlsx(List<String> header, List<List<Object>> rows) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Feuil1");
            CellStyle dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            Row first = sheet.createRow(0);
            for (int i = 0; i < header.size(); i++) {
                first.createCell(i).setCellValue(header.get(i));
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                List<Object> values = rows.get(r);
                for (int i = 0; i < values.size(); i++) {
                    Cell cell = row.createCell(i);
                    Object value = values.get(i);
                    if (value instanceof LocalDate date) {
                        cell.setCellValue(date);
                        cell.setCellStyle(dateStyle);
                    } else if (value instanceof Number number) {
                        cell.setCellValue(number.doubleValue());
                    } else if (value instanceof Formula formula) {
                        cell.setCellFormula(formula.formula());
                        cell.setCellValue(formula.cachedValue());
                    } else if (value != null) {
                        cell.setCellValue(value.toString());
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    /** A formula cell with the result a spreadsheet program would have cached. */
    record Formula(String formula, String cachedValue) {
    }

    /** A copy of the workbook where the first sheet's XML is replaced. */
    static byte[] withSheetXml(byte[] xlsx, UnaryOperator<String> change) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx)); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                    content = change.apply(new String(content, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
                }
                zip.putNextEntry(new ZipEntry(entry.getName()));
                zip.write(content);
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    /** The sheet padded with 15 MB of spaces: a few kilobytes compressed, far over POI's inflate ratio. */
    static byte[] zipBomb() throws IOException {
        byte[] plain = xlsx(List.of("Nom", "Prénom"), List.of(List.of("Martin", "Léa")));
        return withSheetXml(plain, xml -> xml + " ".repeat(15 * 1024 * 1024));
    }

    /** The sheet with a DOCTYPE declaring nested entities ("billion laughs"). */
    static byte[] entityExpansion() throws IOException {
        byte[] plain = xlsx(List.of("Nom", "Prénom"), List.of(List.of("Martin", "Léa")));
        String doctype = "<!DOCTYPE worksheet [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">"
                + "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\">]>";
        return withSheetXml(plain, xml -> xml.replaceFirst("\\?>", "?>" + doctype));
    }

    /**
     * A workbook like the one of issue 15: about 1.5 MB uploaded, whose sheet unpacks to 19 MB (46,000 rows of eight
     * short texts; compressed about 13 times, so well within POI's inflate ratio). Parsed whole it takes hundreds of
     * megabytes of heap.
     */
    static byte[] nineteenMegabyteSheet() throws IOException {
        byte[] plain = xlsx(List.of("Nom", "Prénom", "Date de naissance", "Niveau"), List.of(List.of("Martin", "Léa", "14/03/2008", "CAP")));
        java.util.Random random = new java.util.Random(15);
        StringBuilder rows = new StringBuilder(20 * 1024 * 1024);
        for (int row = 3; rows.length() < 19 * 1024 * 1024; row++) {
            rows.append("<row r=\"").append(row).append("\">");
            for (int column = 0; column < 8; column++) {
                rows.append("<c r=\"").append((char) ('A' + column)).append(row).append("\" t=\"inlineStr\"><is><t>");
                for (int i = 0; i < 4; i++) {
                    rows.append(random.nextBoolean() ? 'a' : 'b');
                }
                rows.append("</t></is></c>");
            }
            rows.append("</row>");
        }
        return withSheetXml(plain, xml -> xml.replace("</sheetData>", rows + "</sheetData>"));
    }

    /** A small workbook whose one data row has the given cells. */
    static byte[] oneRow(List<Object> cells) throws IOException {
        List<String> header = new java.util.ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            header.add("Colonne " + (i + 1));
        }
        return xlsx(header, List.of(cells));
    }
}
