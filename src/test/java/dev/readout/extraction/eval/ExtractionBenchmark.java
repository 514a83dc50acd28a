package dev.readout.extraction.eval;

import dev.readout.extraction.LanguagePipeline;
import dev.readout.extraction.ReadoutExtractor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Throughput of the full extractor (pipeline + people + calls + quotes) over the gold corpus: model load time, one
 * warm-up pass, then THREADS threads sharing one extractor over ROUNDS passes. Run from the project directory:
 * <pre>
 * mvn -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
 * java -Xmx3g -XX:+UseParallelGC -cp target/classes:target/test-classes:$(cat target/cp.txt) \
 *      dev.readout.extraction.eval.ExtractionBenchmark [threads=2] [rounds=4]
 * </pre>
 */
public final class ExtractionBenchmark {

    public static void main(String[] args) throws Exception {
        int threads = args.length > 0 ? Integer.parseInt(args[0]) : 2;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 4;
        List<String> texts = new ArrayList<>();
        List<LocalDate> dates = new ArrayList<>();
        long chars = 0;
        for (Path f : CorpusFiles.articles()) {
            String t = Files.readString(f);
            texts.add(t);
            dates.add(CorpusFiles.published(f));
            chars += t.length();
        }
        long t0 = System.nanoTime();
        LanguagePipeline.shared();
        long loadMs = (System.nanoTime() - t0) / 1_000_000;
        ReadoutExtractor extractor = new ReadoutExtractor();
        long w0 = System.nanoTime();
        for (int i = 0; i < texts.size(); i++) {
            extractor.extract(texts.get(i), dates.get(i));
        }
        double warmSingle = texts.size() / ((System.nanoTime() - w0) / 1e9);
        int total = texts.size() * rounds;
        AtomicInteger next = new AtomicInteger();
        java.util.concurrent.atomic.AtomicLong cpuNanos = new java.util.concurrent.atomic.AtomicLong();
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long b0 = System.nanoTime();
        List<Future<?>> fs = new ArrayList<>();
        for (int k = 0; k < threads; k++) {
            fs.add(pool.submit(() -> {
                long c0 = mx.getCurrentThreadCpuTime();
                for (int i; (i = next.getAndIncrement()) < total; ) {
                    int a = i % texts.size();
                    extractor.extract(texts.get(a), dates.get(a));
                }
                cpuNanos.addAndGet(mx.getCurrentThreadCpuTime() - c0);
            }));
        }
        for (Future<?> f : fs) {
            f.get();
        }
        double secs = (System.nanoTime() - b0) / 1e9;
        pool.shutdown();
        double cpuPerArticle = cpuNanos.get() / 1e9 / total;
        System.out.printf("model load %d ms; warm-up pass %.2f articles/s (1 thread); %d threads: %d articles (avg %d chars) "
                        + "in %.1f s wall = %.2f articles/s; CPU %.0f ms per article, so %.2f articles/s on %d free cores "
                        + "(load average now %.1f)%n", loadMs, warmSingle, threads, total, chars / texts.size(), secs,
                total / secs, cpuPerArticle * 1000, threads / cpuPerArticle, threads,
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }
}
