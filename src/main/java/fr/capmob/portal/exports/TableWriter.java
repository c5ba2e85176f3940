package fr.capmob.portal.exports;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Writes one table, row by row, straight to the response: values are {@code String}, {@code BigDecimal},
 * {@code Integer}/{@code Long}, {@code LocalDate} or null, in the order of the columns.
 */
interface TableWriter extends AutoCloseable {

    void header(List<Column> columns);

    void row(List<?> values);

    /** Writes what is still buffered and releases the resources (temporary files); the stream stays open. */
    @Override
    void close();

    static TableWriter of(ExportFormat format, CsvStyle style, String sheetName, OutputStream out) {
        try {
            return format == ExportFormat.XLSX ? new XlsxTableWriter(sheetName, out) : new CsvTableWriter(style, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
