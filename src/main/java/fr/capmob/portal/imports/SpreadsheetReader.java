package fr.capmob.portal.imports;

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

/**
 * Reads an uploaded file into text cells: CSV (UTF-8 with or without BOM, else Windows-1252; {@code ;} or
 * {@code ,} as the header line says) or XLSX (first sheet, streamed: {@link XlsxReader}). Never evaluates a formula: an XLSX formula cell gives
 * its cached value, and a text starting with {@code =} stays text. Anything else is refused with a message.
 */
final class SpreadsheetReader {

    static final int MAX_ROWS = 5_000;
    static final int MAX_BYTES = 2 * 1024 * 1024;

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final byte[] ZIP = {0x50, 0x4B, 0x03, 0x04};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};

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
            return XlsxReader.read(bytes);
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
                withinCellLimits(cells, line);
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

    /** The XLSX limits on cells per line and characters per cell, for CSV too. */
    private static void withinCellLimits(List<String> cells, int line) {
        if (cells.size() > XlsxReader.MAX_CELLS) {
            throw new ImportFileException("imports.file.tooManyCells", XlsxReader.MAX_CELLS);
        }
        for (int i = 0; i < cells.size(); i++) {
            if (cells.get(i) != null && cells.get(i).length() > XlsxReader.MAX_CELL_LENGTH) {
                throw new ImportFileException("imports.file.cellTooLong",
                        org.apache.poi.ss.util.CellReference.convertNumToColString(i) + line, XlsxReader.MAX_CELL_LENGTH);
            }
        }
    }
}
