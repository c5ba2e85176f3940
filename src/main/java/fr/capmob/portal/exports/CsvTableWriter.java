package fr.capmob.portal.exports;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** CSV with Commons CSV: UTF-8 with a byte-order mark, the style's delimiter, decimal separator and dates. */
final class CsvTableWriter implements TableWriter {

    static final char BOM = '\uFEFF';

    private final CsvStyle style;
    private final Writer writer;
    private final CSVPrinter printer;
    private List<Column> columns = List.of();

    CsvTableWriter(CsvStyle style, OutputStream out) throws IOException {
        this.style = style;
        this.writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write(BOM);
        this.printer = new CSVPrinter(writer, CSVFormat.DEFAULT.builder()
                .setDelimiter(style.delimiter()).setRecordSeparator("\r\n").get());
    }

    @Override
    public void header(List<Column> columns) {
        this.columns = List.copyOf(columns);
        print(columns.stream().map(column -> SpreadsheetText.neutralise(column.header())).toList());
    }

    @Override
    public void row(List<?> values) {
        List<String> cells = new ArrayList<>(values.size());
        for (int i = 0; i < values.size(); i++) {
            cells.add(format(values.get(i), i < columns.size() ? columns.get(i).type() : ColumnType.TEXT));
        }
        print(cells);
    }

    String format(Object value, ColumnType type) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal amount) {
            String plain = (type == ColumnType.MONEY ? amount.setScale(2, RoundingMode.HALF_UP) : amount).toPlainString();
            return plain.replace('.', style.decimalSeparator());
        }
        if (value instanceof Number number) {
            return number.toString();
        }
        if (value instanceof LocalDate date) {
            return style.dates().format(date);
        }
        return SpreadsheetText.neutralise(value.toString());
    }

    private void print(List<String> cells) {
        try {
            printer.printRecord(cells);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            printer.flush();
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
