package fr.capmob.portal.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The streaming XLSX reader's limits, its memory on a workbook that unpacks to 19 MB, and the per-user import slots. */
class XlsxReaderTest {

    @Test
    void aWorkbookUnpackingTo19MegabytesIsRefusedWithin100MegabytesOfHeap(@TempDir Path dir) throws Exception {
        byte[] workbook = Workbooks.nineteenMegabyteSheet();
        assertThat(workbook.length).isBetween(1_000_000, SpreadsheetReader.MAX_BYTES);
        Path file = dir.resolve("big.xlsx");
        Files.write(file, workbook);

        // a JVM of its own with 100 MB of heap at most: an OutOfMemoryError there would fail the probe
        Process probe = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx100m", "-cp", System.getProperty("java.class.path"), XlsxHeapProbe.class.getName(), file.toString())
                .redirectErrorStream(true).start();
        String output = new String(probe.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(probe.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(probe.exitValue()).as(output).isZero();
        assertThat(output).contains("refused imports.file.tooManyRows");
        long peak = Long.parseLong(output.replaceAll("(?s).*peak-heap-mb (\\d+).*", "$1"));
        assertThat(peak).as(output).isLessThan(100);
    }

    @Test
    void aRowWithTooManyCellsIsRefused() throws IOException {
        List<Object> cells = new ArrayList<>(Collections.nCopies(XlsxReader.MAX_CELLS + 1, "x"));
        assertThatThrownBy(() -> SpreadsheetReader.read(Workbooks.oneRow(cells)))
                .isInstanceOfSatisfying(ImportFileException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("imports.file.tooManyCells"));
    }

    @Test
    void aCellTooLongIsRefusedWithItsReference() throws IOException {
        byte[] workbook = Workbooks.oneRow(List.of("Martin", "x".repeat(XlsxReader.MAX_CELL_LENGTH + 1)));
        assertThatThrownBy(() -> SpreadsheetReader.read(workbook))
                .isInstanceOfSatisfying(ImportFileException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("imports.file.cellTooLong");
                    assertThat(e.args()[0]).isEqualTo("B2");
                });
    }

    @Test
    void aCsvCellTooLongIsRefusedToo() {
        byte[] csv = ("Nom;Prénom\nMartin;" + "x".repeat(XlsxReader.MAX_CELL_LENGTH + 1) + "\n").getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> SpreadsheetReader.read(csv))
                .isInstanceOfSatisfying(ImportFileException.class, e -> assertThat(e.args()[0]).isEqualTo("B2"));
    }

    @Test
    void cellsWithinTheLimitsAreReadWithTheirGapsKept() throws IOException {
        Sheet sheet = SpreadsheetReader.read(Workbooks.oneRow(List.of("Martin", "", "x".repeat(XlsxReader.MAX_CELL_LENGTH))));
        assertThat(sheet.lines().get(0).cells()).hasSize(3);
        assertThat(sheet.lines().get(0).cell(2)).hasSize(XlsxReader.MAX_CELL_LENGTH);
    }

    @Test
    void aSecondSimultaneousImportOfTheSameUserIsRefusedOthersAreNot() throws Exception {
        ImportSlots slots = new ImportSlots(1);
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicReference<String> first = new AtomicReference<>();
        Thread running = new Thread(() -> first.set(slots.run(7L, () -> {
            started.countDown();
            await(release);
            return "first";
        })));
        running.start();
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();

        assertThatThrownBy(() -> slots.run(7L, () -> "second"))
                .isInstanceOfSatisfying(ImportFileException.class, e -> assertThat(e.messageKey()).isEqualTo("imports.file.busy"));
        assertThat(slots.run(8L, () -> "another user")).isEqualTo("another user");

        release.countDown();
        running.join(10_000);
        assertThat(first.get()).isEqualTo("first");
        assertThat(slots.run(7L, () -> "after")).isEqualTo("after");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
