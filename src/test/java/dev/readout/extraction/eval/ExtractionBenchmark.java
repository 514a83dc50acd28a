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
 * warm-up pass, then THREADS threads sharing one extractor over ROUNDS passes. WARMUP (default 1) passes in all before
 * the measured ones: the passes after the first run on the THREADS threads too, unmeasured, so that the JIT compiler
 * has compiled what the extractor runs (with one pass it is still compiling during the measured passes, on the same
 * cores: see the "CPU by thread group" line). Run from the project directory:
 * <pre>
 * mvn -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
 * java -Xmx3g -XX:+UseParallelGC -cp target/classes:target/test-classes:$(cat target/cp.txt) \
 *      dev.readout.extraction.eval.ExtractionBenchmark [threads=2] [rounds=4] [warmup=1]
 * </pre>
 */
public final class ExtractionBenchmark {

    public static void main(String[] args) throws Exception {
        int threads = args.length > 0 ? Integer.parseInt(args[0]) : 2;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 4;
        int warmup = args.length > 2 ? Integer.parseInt(args[2]) : 1;
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
        java.util.concurrent.atomic.AtomicLong cpuNanos = new java.util.concurrent.atomic.AtomicLong();
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        if (warmup > 1) {
            AtomicInteger nextWarm = new AtomicInteger();
            int warmTotal = texts.size() * (warmup - 1);
            List<Future<?>> ws = new ArrayList<>();
            for (int k = 0; k < threads; k++) {
                ws.add(pool.submit(() -> {
                    for (int i; (i = nextWarm.getAndIncrement()) < warmTotal; ) {
                        extractor.extract(texts.get(i % texts.size()), dates.get(i % texts.size()));
                    }
                }));
            }
            for (Future<?> f : ws) {
                f.get();
            }
        }
        AtomicInteger next = new AtomicInteger();
        java.util.Map<String, Long> tasks0 = taskCpuMillis();
        long gc0 = gcMillis();
        long proc0 = processCpuNanos();
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
        long procNanos = processCpuNanos() - proc0;
        long gcMs = gcMillis() - gc0;
        java.util.Map<String, Long> tasks1 = taskCpuMillis();
        pool.shutdown();
        double cpuPerArticle = cpuNanos.get() / 1e9 / total;
        System.out.printf("model load %d ms; warm-up pass %.2f articles/s (1 thread)%s; %d threads: %d articles (avg %d chars) "
                        + "in %.1f s wall = %.2f articles/s; CPU %.0f ms per article, so %.2f articles/s on %d free cores "
                        + "(load average now %.1f)%n", loadMs, warmSingle,
                warmup > 1 ? " and " + (warmup - 1) + " more on " + threads + " threads" : "", threads, total, chars / texts.size(), secs,
                total / secs, cpuPerArticle * 1000, threads / cpuPerArticle, threads,
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        // What the worker threads' CPU time leaves out: the collector's and the JIT's threads, and the pauses in which
        // the workers wait for the collector
        System.out.printf("process CPU %.0f ms per article (all threads: workers, GC, JIT); %d ms in GC pauses (%.1f %% of "
                        + "wall); workers on CPU %.0f %% of threads x wall%n", procNanos / 1e6 / total, gcMs, 100.0 * gcMs / (secs * 1000),
                100.0 * cpuNanos.get() / 1e9 / (secs * threads));
        if (!tasks1.isEmpty()) {
            StringBuilder sb = new StringBuilder("CPU by thread group during the run (ms per article):");
            tasks1.forEach((group, ms) -> {
                long d = ms - tasks0.getOrDefault(group, 0L);
                if (d > 0) {
                    sb.append(String.format(" %s %.1f;", group, (double) d / total));
                }
            });
            System.out.println(sb);
        }
    }

    /**
     * CPU time (user + system, ms) of this process's threads by name with digits dropped ("GC Thread#0" and "GC
     * Thread#1" are one group), from /proc on Linux; empty elsewhere. Counts the threads the JVM runs outside Java too.
     */
    private static java.util.Map<String, Long> taskCpuMillis() {
        java.util.Map<String, Long> out = new java.util.TreeMap<>();
        Path tasks = Path.of("/proc/self/task");
        if (!Files.isDirectory(tasks)) {
            return out;
        }
        long hz = 100; // USER_HZ on Linux
        try (java.util.stream.Stream<Path> s = Files.list(tasks)) {
            for (Path t : s.toList()) {
                try {
                    String stat = Files.readString(t.resolve("stat"));
                    String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')')).replaceAll("[0-9#]+", "").trim();
                    String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    long ticks = Long.parseLong(f[11]) + Long.parseLong(f[12]);
                    out.merge(name, ticks * 1000 / hz, Long::sum);
                } catch (java.io.IOException | RuntimeException gone) {
                    // the thread ended while we read
                }
            }
        } catch (java.io.IOException e) {
            return out;
        }
        return out;
    }

    /** Time the JVM's collectors spent, in ms (pauses for the parallel collector). */
    private static long gcMillis() {
        long ms = 0;
        for (java.lang.management.GarbageCollectorMXBean gc : java.lang.management.ManagementFactory.getGarbageCollectorMXBeans()) {
            ms += Math.max(0, gc.getCollectionTime());
        }
        return ms;
    }

    /** CPU time of the whole process, every thread, in ns (-1 where the platform does not say). */
    private static long processCpuNanos() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : -1;
    }
}
