package fr.capmob.portal.exports;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * XLSX written straight to the response with fastexcel: every {@value #FLUSH_EVERY} rows the sheet's XML written so
 * far goes out, so a large export starts arriving at once (POI's streaming writer kept everything in a temporary file
 * and sent the whole file at the end, which a proxy's timeout could cut) and no more than those rows are held in
 * memory. Texts are inline strings, so no shared-strings table grows with the export. Money and whole numbers are
 * numeric cells, dates are date cells, each with its display format; the header row is frozen; column widths follow
 * the headers and types.
 */
final class XlsxTableWriter implements TableWriter {

    static final int FLUSH_EVERY = 500;
    private static final String MONEY = "#,##0.00";
    private static final String INTEGER = "0";
    private static final String DATE = "dd/mm/yyyy";

    private final OutputStream out;
    private final Workbook workbook;
    private final Worksheet sheet;
    private List<Column> columns = List.of();
    private int rowIndex;

    XlsxTableWriter(String sheetName, OutputStream out) {
        this.out = out;
        this.workbook = new Workbook(new KeepOpen(out), "CAPMOB Portal", "1.0");
        this.sheet = workbook.newWorksheet(sheetName);
    }

    @Override
    public void header(List<Column> columns) {
        this.columns = List.copyOf(columns);
        for (int i = 0; i < columns.size(); i++) {
            sheet.inlineString(rowIndex, i, SpreadsheetText.neutralise(columns.get(i).header()));
            sheet.style(rowIndex, i).bold().set();
            sheet.width(i, columns.get(i).width());
        }
        sheet.freezePane(0, 1);
        rowIndex++;
    }

    @Override
    public void row(List<?> values) {
        for (int i = 0; i < values.size(); i++) {
            cell(i, values.get(i));
        }
        rowIndex++;
        if (rowIndex % FLUSH_EVERY == 0) {
            try {
                sheet.flush();
                out.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private void cell(int column, Object value) {
        if (value == null) {
            return;
        }
        if (value instanceof BigDecimal amount) {
            sheet.value(rowIndex, column, amount);
            boolean integer = column < columns.size() && columns.get(column).type() == ColumnType.INTEGER;
            sheet.style(rowIndex, column).format(integer ? INTEGER : MONEY).set();
        } else if (value instanceof Number number) {
            sheet.value(rowIndex, column, number.longValue());
            sheet.style(rowIndex, column).format(INTEGER).set();
        } else if (value instanceof LocalDate date) {
            sheet.value(rowIndex, column, date);
            sheet.style(rowIndex, column).format(DATE).set();
        } else {
            sheet.inlineString(rowIndex, column, SpreadsheetText.neutralise(value.toString()));
        }
    }

    @Override
    public void close() {
        try {
            workbook.finish();
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** fastexcel closes the stream it writes to when it finishes; the response stream belongs to the caller. */
    private static final class KeepOpen extends java.io.FilterOutputStream {

        KeepOpen(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
        }

        @Override
        public void close() throws IOException {
            out.flush();
        }
    }
}
