package dev.readout.bench;

import dev.readout.extraction.LanguagePipeline;
import dev.readout.extraction.ReadoutExtractor;
import dev.readout.extraction.eval.CorpusFiles;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Model load time and heap in use, in a fresh JVM (the suite forks it with {@code -Xmx3g}): loads the language
 * models, extracts the first corpus article once (so lazily built parts are in), runs a full GC and prints
 * {@code model-load-ms=... first-extraction-ms=... heap-used-mb=... heap-before-mb=...}.
 */
public final class ModelFootprint {

    public static void main(String[] args) throws Exception {
        var memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        double before = memory.getHeapMemoryUsage().getUsed() / 1048576.0;
        long t0 = System.nanoTime();
        LanguagePipeline.shared();
        long loadMs = (System.nanoTime() - t0) / 1_000_000;
        Path first = CorpusFiles.articles().get(0);
        long t1 = System.nanoTime();
        new ReadoutExtractor().extract(Files.readString(first), CorpusFiles.published(first));
        long firstMs = (System.nanoTime() - t1) / 1_000_000;
        System.gc();
        System.gc();
        double used = memory.getHeapMemoryUsage().getUsed() / 1048576.0;
        System.out.printf("model-load-ms=%d first-extraction-ms=%d heap-used-mb=%.0f heap-before-mb=%.0f%n", loadMs,
                firstMs, used, before);
    }
}
