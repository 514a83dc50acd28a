package dev.readout.bench;

import dev.readout.extraction.Extraction;
import dev.readout.extraction.LanguagePipeline;
import dev.readout.extraction.ReadoutExtractor;
import dev.readout.extraction.eval.CorpusFiles;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Extraction throughput, warm, on two threads sharing one {@link ReadoutExtractor} (as the service shares it): each
 * operation extracts the next of the 25 seed and dev articles, round robin, so the score in ops/s is articles/s.
 * The suite runs it with {@code -Xmx3g} in one fork; iterations and times come from the suite (quick or full).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx3g", "-XX:+UseParallelGC"})
// six warm-up iterations (90 s, about 800 articles): the JIT compiler takes some 700 articles to settle on two cores
// (ExtractionBenchmark's thread-group CPU lines); with two, the measured iterations were still rising (8.6, 9.2, 10.4)
@Warmup(iterations = 6, time = 15)
@Measurement(iterations = 3, time = 15)
public class ExtractionJmh {

    private final List<String> texts = new ArrayList<>();
    private final List<LocalDate> dates = new ArrayList<>();
    private final AtomicInteger next = new AtomicInteger();
    private ReadoutExtractor extractor;

    @Setup(Level.Trial)
    public void load() throws IOException {
        for (Path f : CorpusFiles.articles()) {
            texts.add(Files.readString(f));
            dates.add(CorpusFiles.published(f));
        }
        if (texts.isEmpty()) {
            throw new IllegalStateException("no corpus articles under " + CorpusFiles.ROOT.toAbsolutePath());
        }
        LanguagePipeline.shared();
        extractor = new ReadoutExtractor();
    }

    @Benchmark
    public Extraction extract() {
        int i = Math.floorMod(next.getAndIncrement(), texts.size());
        return extractor.extract(texts.get(i), dates.get(i));
    }
}
