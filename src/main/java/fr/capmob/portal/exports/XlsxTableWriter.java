package fr.capmob.portal.exports;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFCell;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * XLSX with POI's streaming writer: at most {@value #WINDOW} rows in memory, the others flushed to a compressed
 * temporary file that {@link #close()} deletes. Money and whole numbers are numeric cells, dates are date cells,
 * each with its display format; the header row is frozen; column widths follow the headers and types.
 */
final class XlsxTableWriter implements TableWriter {

    static final int WINDOW = 100;

    private final OutputStream out;
    private final SXSSFWorkbook workbook;
    private final SXSSFSheet sheet;
    private final CellStyle headerStyle;
    private final CellStyle moneyStyle;
    private final CellStyle integerStyle;
    private final CellStyle dateStyle;
    private List<Column> columns = List.of();
    private int rowIndex;

    XlsxTableWriter(String sheetName, OutputStream out) throws IOException {
        this.out = out;
        this.workbook = new SXSSFWorkbook(WINDOW);
        workbook.setCompressTempFiles(true);
        this.sheet = workbook.createSheet(sheetName);
        DataFormat formats = workbook.createDataFormat();
        Font bold = workbook.createFont();
        bold.setBold(true);
        headerStyle = workbook.createCellStyle();
        headerStyle.setFont(bold);
        moneyStyle = workbook.createCellStyle();
        moneyStyle.setDataFormat(formats.getFormat("#,##0.00"));
        integerStyle = workbook.createCellStyle();
        integerStyle.setDataFormat(formats.getFormat("0"));
        dateStyle = workbook.createCellStyle();
        dateStyle.setDataFormat(formats.getFormat("dd/mm/yyyy"));
    }

    @Override
    public void header(List<Column> columns) {
        this.columns = List.copyOf(columns);
        Row row = sheet.createRow(rowIndex++);
        for (int i = 0; i < columns.size(); i++) {
            SXSSFCell cell = (SXSSFCell) row.createCell(i);
            cell.setCellValue(SpreadsheetText.neutralise(columns.get(i).header()));
            cell.setCellStyle(headerStyle);
            sheet.setColumnWidth(i, columns.get(i).width() * 256);
        }
        sheet.createFreezePane(0, 1);
    }

    @Override
    public void row(List<?> values) {
        Row row = sheet.createRow(rowIndex++);
        for (int i = 0; i < values.size(); i++) {
            Object value = values.get(i);
            if (value == null) {
                continue;
            }
            SXSSFCell cell = (SXSSFCell) row.createCell(i);
            if (value instanceof BigDecimal amount) {
                cell.setCellValue(amount.doubleValue());
                cell.setCellStyle(i < columns.size() && columns.get(i).type() == ColumnType.INTEGER ? integerStyle : moneyStyle);
            } else if (value instanceof Number number) {
                cell.setCellValue(number.longValue());
                cell.setCellStyle(integerStyle);
            } else if (value instanceof LocalDate date) {
                cell.setCellValue(date);
                cell.setCellStyle(dateStyle);
            } else {
                cell.setCellValue(SpreadsheetText.neutralise(value.toString()));
            }
        }
    }

    @Override
    public void close() {
        try {
            workbook.write(out);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            workbook.dispose();
            try {
                workbook.close();
            } catch (IOException ignored) {
                // the temporary files are already deleted by dispose()
            }
        }
    }
}
