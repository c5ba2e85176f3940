package fr.capmob.portal.imports;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Run in a JVM of its own (see {@link XlsxReaderTest}): reads the file given as argument with the import's reader and
 * prints what happened and the peak heap used, in megabytes.
 */
public final class XlsxHeapProbe {

    private XlsxHeapProbe() {
    }

    public static void main(String[] args) throws Exception {
        byte[] bytes = Files.readAllBytes(Path.of(args[0]));
        String outcome;
        try {
            outcome = "read " + SpreadsheetReader.read(bytes).lines().size();
        } catch (ImportFileException refused) {
            outcome = "refused " + refused.messageKey();
        }
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.println(outcome);
        System.out.println("peak-heap-mb " + peak / (1024 * 1024));
    }
}
