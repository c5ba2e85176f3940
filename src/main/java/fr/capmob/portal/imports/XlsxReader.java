package fr.capmob.portal.imports;

import java.io.File;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Reads the first sheet of an XLSX workbook as a stream of SAX events (POI's event API): the workbook is opened from
 * a temporary file (entries inflated on demand, never all in memory), rows are read one by one and the reading stops at
 * the first limit passed. Memory stays a few megabytes whatever the workbook unpacks to. Limits:
 * {@link SpreadsheetReader#MAX_ROWS} lines, {@link #MAX_CELLS} cells per row, {@link #MAX_CELL_LENGTH} characters per
 * cell, {@link #MAX_ENTRY_BYTES} per part once inflated (and at most 100 times its compressed size), and
 * {@link #MAX_SHARED_STRINGS_BYTES} for the shared-strings part (the one part held in memory).
 */
final class XlsxReader {

    static final int MAX_CELLS = 100;
    static final int MAX_CELL_LENGTH = 2_000;
    static final long MAX_ENTRY_BYTES = 20L * 1024 * 1024;
    static final long MAX_SHARED_STRINGS_BYTES = 8L * 1024 * 1024;

    static {
        // POI's protections, made explicit: a part may not inflate more than 100 times its compressed size,
        // nor exceed 20 MB once inflated (a 2 MB upload of real data is far below both)
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
        ZipSecureFile.setMaxTextSize(10L * 1024 * 1024);
    }

    private XlsxReader() {
    }

    static Sheet read(byte[] bytes) {
        Path file = null;
        try {
            file = Files.createTempFile("capmob-import-", ".xlsx");
            Files.write(file, bytes);
            return read(file.toFile());
        } catch (IOException unwritable) {
            throw new ImportFileException("imports.file.xlsxUnreadable");
        } finally {
            deleteQuietly(file);
        }
    }

    private static Sheet read(File file) {
        try (OPCPackage pkg = OPCPackage.open(file, PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = sharedStrings(pkg);
            StylesTable styles = reader.getStylesTable();
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new ImportFileException("imports.file.empty");
            }
            Rows rows = new Rows();
            try (InputStream sheet = sheets.next()) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new XSSFSheetXMLHandler(styles, strings, rows, new IsoDates(), false));
                parser.parse(new InputSource(sheet));
            }
            return rows.sheet();
        } catch (ImportFileException refused) {
            throw refused;
        } catch (Exception unreadable) {
            throw refusal(unreadable);
        }
    }

    /** The shared strings (the one part held in memory), read through a stream that stops past its limit. */
    private static ReadOnlySharedStringsTable sharedStrings(OPCPackage pkg) throws IOException, SAXException {
        List<PackagePart> parts = pkg.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType());
        if (parts.isEmpty()) {
            return new ReadOnlySharedStringsTable(pkg, false);
        }
        try (InputStream in = new Bounded(parts.get(0).getInputStream(), MAX_SHARED_STRINGS_BYTES)) {
            return new ReadOnlySharedStringsTable(in, false);
        }
    }

    /** Tells a zip bomb or an XML trick (POI refuses both) from a merely unreadable file; a limit of ours passes through. */
    private static ImportFileException refusal(Throwable problem) {
        for (Throwable cause = problem; cause != null; cause = cause.getCause()) {
            if (cause instanceof ImportFileException refused) {
                return refused;
            }
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

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                file.toFile().deleteOnExit();
            }
        }
    }

    /** Refuses the workbook as soon as more than {@code limit} bytes were read from the stream. */
    private static final class Bounded extends FilterInputStream {

        private final long limit;
        private long read;

        Bounded(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            count(Math.max(n, 0));
            return n;
        }

        private void count(int n) {
            read += n;
            if (read > limit) {
                throw new ImportFileException("imports.file.xlsxBomb");
            }
        }
    }

    /** Dates as ISO text (2008-03-14), every other number as the sheet shows it. */
    private static final class IsoDates extends DataFormatter {

        IsoDates() {
            super(Locale.ROOT);
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904Windowing) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                return DateUtil.getLocalDateTime(value, use1904Windowing).toLocalDate().toString();
            }
            return super.formatRawCellContents(value, formatIndex, formatString, use1904Windowing);
        }
    }

    /** Collects the rows: the first non-blank one is the header, blank ones are skipped, the limits are checked as they come. */
    private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {

        private List<String> header;
        private int headerLine;
        private final List<Sheet.Line> lines = new ArrayList<>();
        private List<String> cells = new ArrayList<>();

        @Override
        public void startRow(int rowNum) {
            cells = new ArrayList<>();
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            int column = reference == null ? cells.size() : new CellReference(reference).getCol();
            if (column >= MAX_CELLS) {
                throw new ImportFileException("imports.file.tooManyCells", MAX_CELLS);
            }
            String text = value == null ? "" : value.trim();
            if (text.length() > MAX_CELL_LENGTH) {
                throw new ImportFileException("imports.file.cellTooLong", reference, MAX_CELL_LENGTH);
            }
            while (cells.size() < column) {
                cells.add("");
            }
            cells.add("TRUE".equals(text) || "FALSE".equals(text) ? text.toLowerCase(Locale.ROOT) : text);
        }

        @Override
        public void endRow(int rowNum) {
            if (cells.stream().allMatch(String::isBlank)) {
                return;
            }
            if (header == null) {
                header = cells;
                headerLine = rowNum + 1;
                return;
            }
            lines.add(new Sheet.Line(rowNum + 1, cells));
            if (lines.size() > SpreadsheetReader.MAX_ROWS) {
                throw new ImportFileException("imports.file.tooManyRows", SpreadsheetReader.MAX_ROWS);
            }
        }

        Sheet sheet() {
            if (header == null) {
                throw new ImportFileException("imports.file.empty");
            }
            return new Sheet(headerLine, header, lines);
        }
    }
}
