package fr.capmob.portal.imports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads an uploaded file into text cells: CSV (UTF-8 with or without BOM, else Windows-1252; {@code ;} or
 * {@code ,} as the header line says) or XLSX (first sheet). Never evaluates a formula: an XLSX formula cell gives
 * its cached value, and a text starting with {@code =} stays text. Anything else is refused with a message.
 */
final class SpreadsheetReader {

    static final int MAX_ROWS = 5_000;
    static final int MAX_BYTES = 2 * 1024 * 1024;

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final byte[] ZIP = {0x50, 0x4B, 0x03, 0x04};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};

    static {
        // POI's protections, made explicit: a part may not inflate more than 100 times its compressed size,
        // nor exceed 20 MB once inflated (a 2 MB upload of real data is far below both)
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxEntrySize(20L * 1024 * 1024);
        ZipSecureFile.setMaxTextSize(10L * 1024 * 1024);
    }

    private SpreadsheetReader() {
    }

    static Sheet read(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw new ImportFileException("imports.file.empty");
        }
        if (bytes.length > MAX_BYTES) {
            throw new ImportFileException("imports.file.tooLarge");
        }
        if (startsWith(bytes, ZIP)) {
            return readXlsx(bytes);
        }
        if (startsWith(bytes, OLE2)) {
            throw new ImportFileException("imports.file.oldExcel");
        }
        return readCsv(decode(bytes));
    }

    private static boolean startsWith(byte[] bytes, byte[] magic) {
        if (bytes.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (bytes[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }

    /** Valid UTF-8 (BOM dropped) is UTF-8; anything else is read as Windows-1252, as French Excel saves CSV. */
    static String decode(byte[] bytes) {
        int start = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF ? 3 : 0;
        ByteBuffer content = ByteBuffer.wrap(bytes, start, bytes.length - start);
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(content).toString();
        } catch (CharacterCodingException notUtf8) {
            text = new String(bytes, WINDOWS_1252);
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            // control characters do not occur in a spreadsheet saved as text: this is a binary file
            if (c < 0x20 && c != '\t' && c != '\r' && c != '\n') {
                throw new ImportFileException("imports.file.notSpreadsheet");
            }
        }
        if (text.isBlank()) {
            throw new ImportFileException("imports.file.empty");
        }
        return text;
    }

    static char separator(String headerLine) {
        long semicolons = headerLine.chars().filter(c -> c == ';').count();
        long commas = headerLine.chars().filter(c -> c == ',').count();
        return commas > semicolons ? ',' : ';';
    }

    private static Sheet readCsv(String text) {
        String firstLine = text.lines().filter(line -> !line.isBlank()).findFirst().orElse("");
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(separator(firstLine)).setQuote('"')
                .setIgnoreEmptyLines(false).setTrim(true).get();
        List<String> header = null;
        int headerLine = 0;
        List<Sheet.Line> lines = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            Iterator<CSVRecord> records = parser.iterator();
            while (true) {
                int line = (int) parser.getCurrentLineNumber() + 1;
                if (!records.hasNext()) {
                    break;
                }
                List<String> cells = records.next().toList();
                if (cells.stream().allMatch(cell -> cell == null || cell.isBlank())) {
                    continue;
                }
                if (header == null) {
                    header = cells;
                    headerLine = line;
                } else {
                    lines.add(new Sheet.Line(line, cells));
                    if (lines.size() > MAX_ROWS) {
                        throw new ImportFileException("imports.file.tooManyRows", MAX_ROWS);
                    }
                }
            }
        } catch (UncheckedIOException | IllegalStateException | IOException malformed) {
            throw new ImportFileException("imports.file.csvMalformed");
        }
        if (header == null) {
            throw new ImportFileException("imports.file.empty");
        }
        return new Sheet(headerLine, header, lines);
    }

    private static Sheet readXlsx(byte[] bytes) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            if (workbook.getNumberOfSheets() == 0) {
                throw new ImportFileException("imports.file.empty");
            }
            org.apache.poi.ss.usermodel.Sheet sheet = workbook.getSheetAt(0);
            if (sheet.getPhysicalNumberOfRows() > MAX_ROWS + 1) {
                throw new ImportFileException("imports.file.tooManyRows", MAX_ROWS);
            }
            return readRows(sheet);
        } catch (ImportFileException refused) {
            throw refused;
        } catch (IOException | RuntimeException unreadable) {
            throw refusal(unreadable);
        }
    }

    /** The first non-blank row is the header; blank rows are skipped; line numbers are the sheet's. */
    private static Sheet readRows(org.apache.poi.ss.usermodel.Sheet sheet) {
        DataFormatter formatter = new DataFormatter();
        List<String> header = null;
        int headerLine = 0;
        List<Sheet.Line> lines = new ArrayList<>();
        for (Row row : sheet) {
            List<String> cells = new ArrayList<>();
            for (int i = 0; i < Math.max(row.getLastCellNum(), 0); i++) {
                Cell cell = row.getCell(i);
                cells.add(cell == null ? "" : text(cell, formatter).trim());
            }
            if (cells.stream().allMatch(String::isBlank)) {
                continue;
            }
            if (header == null) {
                header = cells;
                headerLine = row.getRowNum() + 1;
            } else {
                lines.add(new Sheet.Line(row.getRowNum() + 1, cells));
                if (lines.size() > MAX_ROWS) {
                    throw new ImportFileException("imports.file.tooManyRows", MAX_ROWS);
                }
            }
        }
        if (header == null) {
            throw new ImportFileException("imports.file.empty");
        }
        return new Sheet(headerLine, header, lines);
    }

    /** Tells a zip bomb or an XML trick (POI refuses both) from a merely unreadable file. */
    private static ImportFileException refusal(Throwable problem) {
        for (Throwable cause = problem; cause != null; cause = cause.getCause()) {
            String message = String.valueOf(cause.getMessage());
            if (message.contains("Zip bomb") || message.contains("zip bomb") || message.contains("exceeds the max")
                    || message.contains("ratio")) {
                return new ImportFileException("imports.file.xlsxBomb");
            }
            if (message.contains("DOCTYPE") || message.contains("entit")) {
                return new ImportFileException("imports.file.xlsxUnsafe");
            }
        }
        return new ImportFileException("imports.file.xlsxUnreadable");
    }

    /** The text of a cell as the user sees it; a formula gives its cached result, never a new evaluation. */
    private static String text(Cell cell, DataFormatter formatter) {
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> cell.getRichStringCellValue().getString();
            case NUMERIC -> DateUtil.isCellDateFormatted(cell)
                    ? cell.getLocalDateTimeCellValue().toLocalDate().toString()
                    : formatter.formatRawCellContents(cell.getNumericCellValue(), cell.getCellStyle().getDataFormat(),
                    cell.getCellStyle().getDataFormatString());
            case BOOLEAN -> cell.getBooleanCellValue() ? "true" : "false";
            default -> "";
        };
    }
}
