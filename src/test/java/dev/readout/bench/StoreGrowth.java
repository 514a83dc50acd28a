package dev.readout.bench;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import dev.readout.extraction.Extraction;
import dev.readout.extraction.Extractor;
import dev.readout.extraction.ReadoutExtractor;
import dev.readout.extraction.eval.CorpusFiles;
import dev.readout.ingest.ArticleText;
import dev.readout.ingest.IngestArticleValidator;
import dev.readout.ingest.IngestService;
import dev.readout.ingest.Resolver;
import dev.readout.mongo.CompactionSettings;
import dev.readout.mongo.EmbeddedMongo;
import dev.readout.mongo.MongoConfiguration;
import dev.readout.mongo.StorageIndexes;
import dev.readout.mongo.StoreStats;
import org.h2.mvstore.MVStore;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;

/**
 * The embedded store's file size under continuous ingest (issue 18). Every corpus article (seeds, dev, wide,
 * negatives) is extracted once with the real extractor; then two clients ingest {@code --articles} copies made unique
 * by a numbered last line through the service's own ingest path ({@link IngestService}, the real resolver, the store's
 * indexes) into a fresh durable embedded store, each copy replaying its original's extraction, so the run measures
 * storage and not the language models. Every {@code --every} seconds it samples the file size and the MVStore's own
 * figures; at the end it closes the store and compacts a copy of the file offline, which is the live data exactly. It
 * reports the worst file / live sample from the first acknowledged article on (and once the live data reaches 8 MB, and
 * per range of live data), where each sample's bytes went (live, dead, waiting for a sync, gaps: {@link
 * org.h2.mvstore.ChunkSpace}), and the machine's load average at the start and the end.
 *
 * <pre>
 * mvn -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
 * java -Xmx3g -XX:+UseParallelGC -cp target/classes:target/test-classes:$(cat target/cp.txt) \
 *      dev.readout.bench.StoreGrowth --articles 3000 [--compaction on|off] [--every 5 | --every-ms 200] [--storage DIR] \
 *      [--interval-ms 500] [--retention-ms 5000] [--fill-rate 70] [--step-kb 4096]
 * </pre>
 * The other options override the defaults of {@link CompactionSettings}. {@code --compaction off} is the store without background compaction and with MVStore's 45 s retention time, as it
 * was before issue 18 (except for the old every-1000-commits inline step).
 */
public final class StoreGrowth {

    private static final Pattern COPY = Pattern.compile("\\s*\\(growth copy \\d+\\)\\s*\\z");

    private StoreGrowth() {
    }

    public static void main(String[] args) throws Exception {
        int articles = 3000;
        boolean compaction = true;
        long everyMillis = 5_000;
        Path storage = null;
        CompactionSettings d = CompactionSettings.DEFAULTS;
        java.time.Duration interval = d.interval();
        java.time.Duration retention = d.retention();
        int fillRate = d.fillRate();
        int step = d.stepBytes();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--articles" -> articles = Integer.parseInt(args[++i]);
                case "--compaction" -> compaction = !args[++i].equals("off");
                case "--every" -> everyMillis = Long.parseLong(args[++i]) * 1000;
                case "--every-ms" -> everyMillis = Long.parseLong(args[++i]);
                case "--storage" -> storage = Path.of(args[++i]);
                case "--interval-ms" -> interval = java.time.Duration.ofMillis(Long.parseLong(args[++i]));
                case "--retention-ms" -> retention = java.time.Duration.ofMillis(Long.parseLong(args[++i]));
                case "--fill-rate" -> fillRate = Integer.parseInt(args[++i]);
                case "--step-kb" -> step = Integer.parseInt(args[++i]) << 10;
                default -> throw new IllegalArgumentException("Unknown argument " + args[i]
                        + "; usage: --articles N [--compaction on|off] [--every SECONDS | --every-ms MS] [--storage DIR] [--interval-ms MS]"
                        + " [--retention-ms MS] [--fill-rate PERCENT] [--step-kb KB]");
            }
        }
        if (storage == null) {
            storage = Path.of("target/bench/store-growth-" + (compaction ? "on" : "off"));
        }
        deleteTree(storage);

        List<String> texts = new ArrayList<>();
        List<LocalDate> dates = new ArrayList<>();
        for (Path f : CorpusFiles.articles(List.of("seeds", "dev", "wide", "negatives"))) {
            texts.add(Files.readString(f));
            dates.add(CorpusFiles.published(f));
        }
        Replay replay = Replay.extract(texts, dates, Path.of("target/bench/store-growth-extractions.json"));

        CompactionSettings settings = compaction ? new CompactionSettings(interval, fillRate, step, retention)
                : CompactionSettings.OFF;
        System.out.printf(Locale.ROOT, "ingesting %,d copies of %d articles into %s, compaction %s%n", articles,
                texts.size(), storage, settings);
        EmbeddedMongo server = EmbeddedMongo.start(storage.toString(), 0, settings);
        AtomicInteger done = new AtomicInteger();
        List<String> rows = new ArrayList<>();
        double worst = 0;
        double worstAny = 0;
        String worstAnyRow = "-";
        WorstByLive byLive = new WorstByLive();
        String loadBefore = loadAverage();
        long peak = 0;
        StoreStats last = null;
        long t0 = System.nanoTime();
        try (MongoClient client = MongoClients.create(server.connectionString(MongoConfiguration.DATABASE))) {
            MongoTemplate mongo = MongoConfiguration.standaloneTemplate(client, MongoConfiguration.DATABASE);
            new StorageIndexes(mongo, true).afterPropertiesSet();
            IngestService ingest = new IngestService(mongo, replay, Resolver.on(mongo),
                    new IngestArticleValidator(IngestArticleValidator.DEFAULT_MAX_TEXT_BYTES));
            AtomicInteger next = new AtomicInteger();
            AtomicReference<Throwable> failure = new AtomicReference<>();
            final int total = articles;
            ExecutorService clients = Executors.newFixedThreadPool(2);
            for (int c = 0; c < 2; c++) {
                clients.submit(() -> {
                    for (int i; (i = next.getAndIncrement()) < total && failure.get() == null; ) {
                        int a = i % texts.size();
                        try {
                            IngestService.IngestResult r = ingest.ingest(new IngestService.IngestRequest(
                                    texts.get(a) + "\n\n(growth copy " + i + ")", null, null, null, dates.get(a)));
                            if (!r.created()) {
                                throw new IllegalStateException("copy " + i + " was not created");
                            }
                        } catch (Throwable e) {
                            failure.compareAndSet(null, e);
                        }
                        done.incrementAndGet();
                    }
                });
            }
            clients.shutdown();
            rows.add(row(0, 0, server.stats(), server.space()));
            while (!clients.awaitTermination(everyMillis, TimeUnit.MILLISECONDS)) {
                StoreStats s = server.stats();
                double seconds = (System.nanoTime() - t0) / 1e9;
                rows.add(row(seconds, done.get(), s, server.space()));
                if (done.get() > 0) {
                    byLive.add(s);
                }
                System.out.println(rows.get(rows.size() - 1));
                peak = Math.max(peak, s.fileBytes());
                if (s.liveBytes() >= 8L << 20) {
                    worst = Math.max(worst, s.fileToLive());
                }
                if (done.get() > 0 && s.fileToLive() > worstAny) {
                    worstAny = s.fileToLive();
                    worstAnyRow = rows.get(rows.size() - 1);
                }
            }
            if (failure.get() != null) {
                throw new IllegalStateException("ingest failed", failure.get());
            }
            last = server.stats();
            rows.add(row((System.nanoTime() - t0) / 1e9, done.get(), last, server.space()));
            byLive.add(last);
            peak = Math.max(peak, last.fileBytes());
            if (last.fileToLive() > worstAny) {
                worstAny = last.fileToLive();
                worstAnyRow = rows.get(rows.size() - 1);
            }
        } finally {
            server.close();
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        Path file = storage.resolve("readout.mv.db");
        long closed = Files.size(file);
        Path copy = storage.resolve("compacted.mv.db");
        Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING);
        MVStore.compact(copy.toString(), false, null);
        long compacted = Files.size(copy);

        System.out.println();
        System.out.println("| seconds | articles | file MB | live MB (estimate) | file / live | fill % | chunks fill % "
                + "| chunks | compaction steps | longest step ms | live, dead, waiting, gaps KB |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|---|");
        rows.forEach(System.out::println);
        System.out.printf(Locale.ROOT, "%n%,d articles in %.0f s (%.1f/s); largest file %.1f MB; worst file/live once "
                        + "live >= 8 MB: %.2f; after close %.1f MB; compacted offline (the live data) %.1f MB; "
                        + "last live estimate %.1f MB%n", done.get(), seconds, done.get() / seconds, mb(peak), worst,
                mb(closed), mb(compacted), mb(last.liveBytes()));
        System.out.printf(Locale.ROOT, "worst file/live of any sample from the first article on: %.2f, at %s%n",
                worstAny, worstAnyRow);
        System.out.println(byLive);
        System.out.printf(Locale.ROOT, "load average (1, 5, 15 min) at the start: %s; at the end: %s%n", loadBefore,
                loadAverage());
    }

    /** The machine's load average as /proc/loadavg has it (other builds share it), or "?" elsewhere. */
    private static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException | RuntimeException e) {
            return "?";
        }
    }

    private static String row(double seconds, int articles, StoreStats s, org.h2.mvstore.ChunkSpace c) {
        return String.format(Locale.ROOT, "| %.1f | %,d | %.1f | %.1f | %.2f | %d | %d | %,d | %d | %d | %s |", seconds,
                articles, mb(s.fileBytes()), mb(s.liveBytes()), s.fileToLive(), s.fillRate(), s.chunksFillRate(),
                s.chunks(), s.compactionSteps(), s.longestStepMillis(), space(c));
    }

    /**
     * Where the file's bytes went at the sample, in KB, from the chunk list: live pages and dead ones in chunks still
     * partly live (both as the MVStore counts them, which is about a fifth above the bytes written), chunks with
     * nothing live that wait for a sync to be freed, and free gaps.
     */
    private static String space(org.h2.mvstore.ChunkSpace c) {
        return c == null ? "-" : String.format(Locale.ROOT, "%,d, %,d, %,d, %,d", c.liveBytes() >> 10,
                c.deadBytes() >> 10, c.waitingBytes() >> 10, c.gapBytes() >> 10);
    }

    /**
     * The worst file / live sample per range of live data (the estimate, as the health detail reports it), from the
     * first acknowledged article on: a small store's worst samples come from other causes than a large one's.
     */
    private static final class WorstByLive {
        private static final double[] UPPER_MB = {1, 2, 4, 8, Double.MAX_VALUE};
        private final StoreStats[] worst = new StoreStats[UPPER_MB.length];
        private final int[] samples = new int[UPPER_MB.length];

        void add(StoreStats s) {
            int range = 0;
            while (mb(s.liveBytes()) >= UPPER_MB[range]) {
                range++;
            }
            samples[range]++;
            if (worst[range] == null || s.fileToLive() > worst[range].fileToLive()) {
                worst[range] = s;
            }
        }

        @Override
        public String toString() {
            StringBuilder b = new StringBuilder("worst file / live by live data: < 1 MB | 1-2 MB | 2-4 MB | 4-8 MB | >= 8 MB:");
            for (int i = 0; i < worst.length; i++) {
                b.append(i == 0 ? " " : " | ");
                b.append(worst[i] == null ? "-" : String.format(Locale.ROOT, "%.2f (%.1f MB for %.1f MB; %d samples)",
                        worst[i].fileToLive(), mb(worst[i].fileBytes()), mb(worst[i].liveBytes()), samples[i]));
            }
            return b.toString();
        }
    }

    private static double mb(long bytes) {
        return bytes / 1048576.0;
    }

    /** The real extractor's result for each corpus article, handed back for every unique copy of it. */
    private record Replay(Map<String, Extraction> byText) implements Extractor {

        /**
         * Extracts every article, or reads what an earlier run of the same extractor version extracted from
         * {@code cache} (the language models take minutes over the corpus on a busy machine).
         */
        static Replay extract(List<String> texts, List<LocalDate> dates, Path cache) throws Exception {
            long t0 = System.nanoTime();
            ReadoutExtractor real = new ReadoutExtractor();
            tools.jackson.databind.json.JsonMapper json = tools.jackson.databind.json.JsonMapper.builder().build();
            if (Files.exists(cache)) {
                Cached c = json.readValue(cache.toFile(), Cached.class);
                if (c.version().equals(real.version()) && c.byText().size() == texts.size()) {
                    System.out.printf(Locale.ROOT, "read %d extractions of version %s from %s%n", c.byText().size(),
                            c.version(), cache);
                    return new Replay(c.byText());
                }
            }
            Map<String, Extraction> byText = new ConcurrentHashMap<>();
            ExecutorService pool = Executors.newFixedThreadPool(2);
            List<java.util.concurrent.Future<?>> all = new ArrayList<>();
            for (int i = 0; i < texts.size(); i++) {
                ArticleText t = ArticleText.of(texts.get(i), dates.get(i));
                all.add(pool.submit(() -> byText.put(key(t.forExtraction()),
                        real.extract(t.forExtraction(), t.publishedOn()))));
            }
            for (var f : all) {
                f.get();
            }
            pool.shutdown();
            long calls = byText.values().stream().mapToLong(e -> e.calls().size()).sum();
            long quotes = byText.values().stream().mapToLong(e -> e.statements().size()).sum();
            System.out.printf(Locale.ROOT, "extracted %d articles (%,d calls, %,d quotations) in %.0f s%n",
                    byText.size(), calls, quotes, (System.nanoTime() - t0) / 1e9);
            Files.createDirectories(cache.getParent());
            json.writeValue(cache.toFile(), new Cached(real.version(), byText));
            return new Replay(byText);
        }

        record Cached(String version, Map<String, Extraction> byText) {
        }

        private static String key(String text) {
            return COPY.matcher(text).replaceFirst("").strip();
        }

        @Override
        public Extraction extract(String text, LocalDate publishedOn) {
            Extraction e = byText.get(key(text));
            if (e == null) {
                throw new IllegalStateException("no extraction recorded for a copy starting "
                        + text.substring(0, Math.min(60, text.length())));
            }
            return e;
        }

        @Override
        public String version() {
            return "store-growth-replay";
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (var walk = Files.walk(dir)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
