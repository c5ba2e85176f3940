package fr.capmob.portal.demo;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** A reporting file read back as an importer would: its header row and, per row, the text of each cell by header. */
record ReportingFile(List<String> headers, List<Map<String, String>> rows) {

    /** CSV in the international style (comma, decimal point). */
    static ReportingFile csv(byte[] body) throws IOException {
        String text = new String(body, StandardCharsets.UTF_8).replace("\uFEFF", "");
        List<CSVRecord> records = CSVFormat.DEFAULT.builder().get().parse(new StringReader(text)).getRecords();
        List<String> headers = records.get(0).toList();
        List<Map<String, String>> rows = new ArrayList<>();
        for (CSVRecord record : records.subList(1, records.size())) {
            Map<String, String> row = new HashMap<>();
            for (int i = 0; i < headers.size(); i++) {
                row.put(headers.get(i), record.get(i).isEmpty() ? null : record.get(i));
            }
            rows.add(row);
        }
        return new ReportingFile(headers, rows);
    }

    static ReportingFile xlsx(byte[] body) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(body))) {
            Sheet sheet = workbook.getSheetAt(0);
            List<String> headers = new ArrayList<>();
            sheet.getRow(0).forEach(cell -> headers.add(cell.getStringCellValue()));
            List<Map<String, String>> rows = new ArrayList<>();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                Map<String, String> values = new HashMap<>();
                for (int i = 0; i < headers.size(); i++) {
                    values.put(headers.get(i), text(row.getCell(i)));
                }
                rows.add(values);
            }
            return new ReportingFile(headers, rows);
        }
    }

    private static String text(Cell cell) {
        if (cell == null || cell.getCellType() == CellType.BLANK) {
            return null;
        }
        if (cell.getCellType() == CellType.NUMERIC) {
            return BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
        }
        String text = cell.getStringCellValue();
        return text.isEmpty() ? null : text;
    }
}
