package dev.readout.bench;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import dev.readout.extraction.eval.CorpusFiles;
import org.bson.Document;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Every benchmark of issue 7 in one run, figures appended to BENCHMARKS.md as a dated section:
 * <pre>mvn -B -Pbench -DskipTests verify [-Dbench.quick=true] [-Dbench.sizes=10000,100000,1000000]
 *     [-Dbench.clients=16] [-Dbench.seconds=20] [-Dbench.sections=extraction,startup,api,export,ingest]
 *     [-Dbench.heap=-Xmx2g] [-Dbench.record=false]</pre>
 * Sections: extraction (JMH, two threads, plus model load time and heap in a fresh JVM), start-up (seconds to the
 * first GraphQL answer), api (the typical mobile query against {@code { __typename }} on each store size: growth),
 * export (calls NDJSON rows/s), ingest (ingestArticle end to end with the real extractor). Servers are forked
 * Readout JVMs on generated stores under target/bench/stores (reused across runs). With MONGODB_URI set, the api
 * and export sections also run against that MongoDB, and the query's plan is recorded with explain.
 */
public final class BenchmarkSuite {

    static final String DEFAULT_SIZES = "10000,100000,1000000";
    static final long SEED = 7;
    static final String TYPICAL = "query Typical($id: ID!) { calls(filter: {participantIds: [$id]}, first: 20) { "
            + "edges { node { id date medium status participants { id name kind country "
            + "roles { title organization country } } } } pageInfo { hasNextPage endCursor } } }";
    /** Issue 14's typical page: a named participant's calls with their participants, roles and the total. */
    static final String PAGE = "{ calls(filter: {participantName: \"blinken\"}, first: 20) { totalCount edges { node { "
            + "id date medium participants { name country roles { title } } } } } }";
    static final String INGEST = "mutation($input: IngestArticleInput!) { ingestArticle(input: $input) "
            + "{ created article { id } } }";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Options, as the bench profile passes them. */
    record Options(List<Long> sizes, int clients, int seconds, boolean quick, List<String> sections, String heap,
                   boolean record, String command) {

        static Options parse(String[] args) {
            Map<String, String> a = new LinkedHashMap<>();
            for (String arg : args) {
                int eq = arg.indexOf('=');
                if (arg.startsWith("--") && eq > 0) {
                    a.put(arg.substring(2, eq), arg.substring(eq + 1));
                }
            }
            boolean quick = Boolean.parseBoolean(a.getOrDefault("quick", "false"));
            String sizes = a.getOrDefault("sizes", DEFAULT_SIZES);
            String secs = a.getOrDefault("seconds", "20");
            String clients = a.getOrDefault("clients", "16");
            String sections = a.getOrDefault("sections", "all");
            String heap = a.getOrDefault("server-heap", "-Xmx2g");
            boolean record = Boolean.parseBoolean(a.getOrDefault("record", "true"));
            StringBuilder cmd = new StringBuilder("mvn -B -Pbench -DskipTests verify");
            if (quick) {
                cmd.append(" -Dbench.quick=true");
            }
            if (!sizes.equals(DEFAULT_SIZES)) {
                cmd.append(" -Dbench.sizes=").append(sizes);
            }
            if (!clients.equals("16")) {
                cmd.append(" -Dbench.clients=").append(clients);
            }
            if (!secs.equals("20")) {
                cmd.append(" -Dbench.seconds=").append(secs);
            }
            if (!sections.equals("all")) {
                cmd.append(" -Dbench.sections=").append(sections);
            }
            if (!heap.equals("-Xmx2g")) {
                cmd.append(" -Dbench.heap=").append(heap);
            }
            List<Long> sizeList = Arrays.stream(sizes.split(",")).map(String::trim).map(Long::parseLong).sorted()
                    .toList();
            if (quick && sizes.equals(DEFAULT_SIZES)) {
                sizeList = List.of(10_000L);
            }
            int seconds = Integer.parseInt(secs);
            if (quick && secs.equals("20")) {
                seconds = 5;
            }
            return new Options(sizeList, Integer.parseInt(clients), seconds, quick,
                    sections.equals("all") ? List.of("extraction", "startup", "samples", "api", "export", "ingest")
                            : List.of(sections.split(",")), heap, record, cmd.toString());
        }

        boolean runs(String section) {
            return sections.contains(section);
        }

        Duration warmup() {
            return Duration.ofSeconds(quick ? 5 : 15);
        }
    }

    private final Options o;
    private final Path root = Path.of("target/bench");
    private final Report report;
    private final String mongoUri = blankToNull(System.getenv("MONGODB_URI"));

    BenchmarkSuite(Options o) {
        this.o = o;
        this.report = new Report(o.command(), o.quick());
    }

    public static void main(String[] args) throws Exception {
        Options o = Options.parse(args);
        new BenchmarkSuite(o).run();
        System.exit(0); // JMH and the HTTP clients may leave non-daemon threads
    }

    void run() throws Exception {
        Files.createDirectories(root);
        progress("Readout benchmark suite: %s", o.command());
        progress("machine: %s; load average at start %s", Report.machine(), Report.loadAverage());
        if (o.runs("extraction")) {
            extraction();
        }
        if (o.runs("startup")) {
            startup();
        }
        if (o.runs("samples")) {
            samples();
        }
        if (o.runs("api") || o.runs("export")) {
            for (long size : o.sizes()) {
                Stores.Store store = store(size);
                apiAndExport(store, null);
            }
            if (mongoUri != null) {
                for (long size : o.sizes()) {
                    progress("MONGODB_URI: filling %s with %,d calls", redact(mongoUri), size);
                    apiAndExport(Stores.real(mongoUri, size, SEED), mongoUri);
                }
            } else {
                report.note("No MONGODB_URI was set for this run, so the real-MongoDB rows and the `explain` evidence "
                        + "are absent (the code path exists: set MONGODB_URI and rerun).");
            }
        }
        if (o.runs("ingest")) {
            ingest();
        }
        Path out = report.write(o.record() ? Path.of("BENCHMARKS.md") : null, root.resolve("report.md"));
        progress("done: figures in %s%s", root.resolve("report.md"), o.record() ? " and BENCHMARKS.md" : "");
        System.out.println(Files.readString(out));
    }

    // --- extraction --------------------------------------------------------------------------------------------

    void extraction() throws Exception {
        if (!CorpusFiles.present()) {
            report.note("Extraction and ingest were not measured: no corpus under " + CorpusFiles.ROOT.toAbsolutePath());
            return;
        }
        progress("extraction: model load time and heap in a fresh JVM");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-Xmx3g", "-XX:+UseParallelGC", "-cp",
                System.getProperty("java.class.path"), ModelFootprint.class.getName()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        String line = out.lines().filter(l -> l.startsWith("model-load-ms=")).findFirst().orElse(null);
        Map<String, String> fp = new LinkedHashMap<>();
        if (line != null) {
            for (String kv : line.split(" ")) {
                String[] x = kv.split("=");
                fp.put(x[0], x[1]);
            }
        }
        progress("extraction: %s", line == null ? "model footprint failed: " + out : line);

        progress("extraction: JMH, 2 threads, %s", o.quick() ? "1 x 5 s warm-up, 1 x 10 s measured"
                : "6 x 15 s warm-up, 3 x 15 s measured");
        ChainedOptionsBuilder jmh = new OptionsBuilder().include(ExtractionJmh.class.getName() + ".extract")
                .forks(1).threads(2).shouldFailOnError(true)
                .jvmArgs("-Xmx3g", "-XX:+UseParallelGC", "-cp", System.getProperty("java.class.path"));
        if (o.quick()) {
            jmh.warmupIterations(1).warmupTime(TimeValue.seconds(5)).measurementIterations(1)
                    .measurementTime(TimeValue.seconds(10));
        }
        Collection<RunResult> results = new Runner(jmh.build()).run();
        RunResult r = results.iterator().next();
        double score = r.getPrimaryResult().getScore();
        double error = r.getPrimaryResult().getScoreError();
        progress("extraction: %.2f articles/s (± %.2f)", score, error);
        report.extraction(score, error, fp);
    }

    // --- start-up ----------------------------------------------------------------------------------------------

    void startup() throws Exception {
        Path empty = root.resolve("startup-empty");
        deleteTree(empty);
        progress("start-up: empty store, models preloading (the default)");
        try (ForkedServer s = ForkedServer.start(empty, null, o.heap().replace("2g", "3g"), true,
                root.resolve("logs/startup-empty.log"))) {
            double first = s.awaitFirstAnswer(120);
            double ready = s.awaitReady(300);
            progress("start-up: first answer after %.2f s, ready (models loaded) after %.2f s", first, ready);
            report.startup("empty store, models preloading", first, ready);
        }
        long largest = o.sizes().get(o.sizes().size() - 1);
        Stores.Store store = store(largest);
        progress("start-up: %,d-call store, models preloading", largest);
        try (ForkedServer s = ForkedServer.start(store.dir(), null, o.heap().replace("2g", "3g"), true,
                root.resolve("logs/startup-" + largest + ".log"))) {
            double first = s.awaitFirstAnswer(120);
            double ready = s.awaitReady(300);
            progress("start-up: first answer after %.2f s, ready after %.2f s", first, ready);
            report.startup(String.format("%,d-call store, models preloading", largest), first, ready);
        }
    }

    // --- the sample store: the typical page as a user first meets it ------------------------------------------

    /**
     * Readout as {@code mvn spring-boot:run} starts it the first time: an empty store on disk, the bundled samples
     * loaded by the real extractor. Once they are in, the floor, the typical page (participant name, participants,
     * roles, total), and the floor again, each with its own warm-up.
     */
    void samples() throws Exception {
        Path dir = root.resolve("samples-store");
        deleteTree(dir);
        progress("samples: fresh store, sample articles loading with the real extractor");
        try (ForkedServer s = ForkedServer.start(dir, null, "-Xmx3g", true, root.resolve("logs/samples.log"),
                "--readout.samples.enabled=true")) {
            s.awaitFirstAnswer(300);
            double loaded = s.awaitLog("Sample articles loaded", 900);
            progress("samples: loaded after %.1f s", loaded);
            String page = body(PAGE, Map.of());
            Duration d = Duration.ofSeconds(o.seconds());
            LoadDriver.Result floor = load(s, "{ __typename }", d, LoadDriver.Transport.RAW,
                    r -> ForkedServer.TYPENAME);
            LoadDriver.Result typical = load(s, "typical page (participantName: \"blinken\", roles, totalCount)", d,
                    LoadDriver.Transport.RAW, r -> page);
            LoadDriver.Result floor2 = load(s, "{ __typename } (again)", d, LoadDriver.Transport.RAW,
                    r -> ForkedServer.TYPENAME);
            report.samples(floor, typical, floor2);
        }
    }

    // --- API, growth and export --------------------------------------------------------------------------------

    Stores.Store store(long size) throws IOException {
        Path dir = root.resolve("stores");
        progress("store: %,d calls (seed %d) under %s", size, SEED, dir);
        Stores.Store s = Stores.embedded(dir, size, SEED);
        progress("store: %s %,d calls, %,d participants (%,d with calls; heaviest has %,d calls), %,d articles, "
                        + "%,d statements", s.reused() ? "reused" : "generated in " + s.generateSeconds() + " s,",
                s.calls(), s.participants(), s.participantsWithCalls(), s.heaviestCalls(), s.articles(), s.statements());
        return s;
    }

    void apiAndExport(Stores.Store store, String uri) throws Exception {
        String where = uri == null ? "embedded" : "MongoDB";
        String tag = where + "-" + store.calls();
        // the explorer's overview warm-up reads the whole store in the background after start-up (about 55 s of a core
        // at 100k calls): left on, it ran during the first queries and the export and was counted as their server CPU
        try (ForkedServer s = ForkedServer.start(store.dir(), uri, o.heap(), false,
                root.resolve("logs/api-" + tag + ".log"), "--readout.explorer.warm-up=false")) {
            double first = s.awaitFirstAnswer(300);
            progress("api %s %,d: first answer after %.2f s (models not preloaded: reads only)", where, store.calls(),
                    first);
            List<String> uniform = store.sample().stream().map(id -> body(TYPICAL, Map.of("id", Stores.globalId(id))))
                    .toList();
            String heaviest = body(TYPICAL, Map.of("id", Stores.globalId(store.heaviest())));
            int port = s.port();
            if (o.runs("api")) {
                progress("api %s %,d: warm-up %d s", where, store.calls(), o.warmup().toSeconds());
                LoadDriver.run("warm-up", "127.0.0.1", port, o.clients(), Duration.ZERO, o.warmup(),
                        LoadDriver.Transport.RAW, r -> LoadDriver.Request.graphql(r.nextBoolean()
                                ? ForkedServer.TYPENAME : uniform.get(r.nextInt(uniform.size()))));
                Duration d = Duration.ofSeconds(o.seconds());
                LoadDriver.Result floor = load(s, "{ __typename }", d, LoadDriver.Transport.RAW,
                        r -> ForkedServer.TYPENAME);
                LoadDriver.Result typical = load(s, "typical, uniform participant", d, LoadDriver.Transport.RAW,
                        r -> uniform.get(r.nextInt(uniform.size())));
                LoadDriver.Result heavy = load(s, "typical, heaviest participant", d, LoadDriver.Transport.RAW,
                        r -> heaviest);
                // the floor again: the server's JIT is warmer now, and the ratio uses the higher of the two floors
                LoadDriver.Result floor2 = load(s, "{ __typename } (again)", d, LoadDriver.Transport.RAW,
                        r -> ForkedServer.TYPENAME);
                LoadDriver.Result jdk = null;
                if (store.calls() == o.sizes().get(0) && uri == null) {
                    jdk = load(s, "{ __typename } via java.net.http", d, LoadDriver.Transport.JDK,
                            r -> ForkedServer.TYPENAME);
                }
                report.api(where, store, first, floor, floor2, typical, heavy, jdk);
                if (uri != null) {
                    report.explain(store, explain(uri, store.heaviest()), explain(uri, store.sample().get(0)));
                }
            }
            if (o.runs("export") && (!o.quick() || store.calls() <= 100_000)) {
                Export all = export(s, "/export/calls.ndjson");
                progress("export %s %,d: all calls, %,d rows in %.2f s = %,.0f rows/s, server CPU %.2f ms/row", where,
                        store.calls(), all.rows, all.seconds, all.rows / all.seconds, all.cpuMsPerRow());
                Export one = export(s, "/export/calls.ndjson?participantIds="
                        + URLEncoder.encode(Stores.globalId(store.heaviest()), StandardCharsets.UTF_8));
                progress("export %s %,d: heaviest participant's calls, %,d rows in %.2f s = %,.0f rows/s, "
                                + "server CPU %.2f ms/row", where, store.calls(), one.rows, one.seconds,
                        one.rows / one.seconds, one.cpuMsPerRow());
                report.export(where, store, all, one);
            }
        }
    }

    /**
     * One measured run of one query: a warm-up of the same query (the server's JIT compiles its path), then the
     * measuring window; the server's CPU time over the whole run divided by the requests measured.
     */
    private LoadDriver.Result load(ForkedServer server, String name, Duration d, LoadDriver.Transport t,
                                   java.util.function.Function<java.util.Random, String> bodies) throws Exception {
        progress("api: %s, %d clients, %d s warm-up + %d s ...", name, o.clients(), o.warmup().toSeconds(),
                d.toSeconds());
        LoadDriver.run(name, "127.0.0.1", server.port(), o.clients(), Duration.ZERO, o.warmup(), t,
                rnd -> LoadDriver.Request.graphql(bodies.apply(rnd)));
        long cpu0 = server.cpuMillis();
        LoadDriver.Result r = LoadDriver.run(name, "127.0.0.1", server.port(), o.clients(), Duration.ZERO, d, t,
                rnd -> LoadDriver.Request.graphql(bodies.apply(rnd)));
        long cpu1 = server.cpuMillis();
        r = r.withServerCpu(cpu0 < 0 || r.requests() == 0 ? Double.NaN : (cpu1 - cpu0) / (double) r.requests());
        progress("  %s", r);
        return r;
    }

    /** One export read to the end: rows, seconds, and the server's CPU time over it. */
    record Export(long rows, double seconds, long serverCpuMs) {
        double cpuMsPerRow() {
            return rows == 0 || serverCpuMs < 0 ? Double.NaN : serverCpuMs / (double) rows;
        }
    }

    private Export export(ForkedServer server, String path) throws Exception {
        int port = server.port();
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        long cpu0 = server.cpuMillis();
        long t0 = System.nanoTime();
        HttpResponse<InputStream> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofHours(1)).build(), HttpResponse.BodyHandlers.ofInputStream());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("export " + path + ": HTTP " + r.statusCode() + " "
                    + new String(r.body().readAllBytes(), StandardCharsets.UTF_8));
        }
        long rows = 0;
        byte[] buf = new byte[1 << 16];
        try (InputStream in = r.body()) {
            for (int n; (n = in.read(buf)) >= 0; ) {
                for (int i = 0; i < n; i++) {
                    if (buf[i] == '\n') {
                        rows++;
                    }
                }
            }
        }
        double secs = (System.nanoTime() - t0) / 1e9;
        return new Export(rows, secs, cpu0 < 0 ? -1 : server.cpuMillis() - cpu0);
    }

    /** The plan MongoDB picks for the typical query's page and count (explain, executionStats). */
    static String explain(String uri, String participantKey) {
        try (MongoClient client = MongoClients.create(uri)) {
            var db = client.getDatabase(dev.readout.mongo.MongoConfiguration.DATABASE);
            Document filter = new Document("$and", List.of(new Document("participantIds",
                    new Document("$all", List.of(participantKey)))));
            Document find = new Document("find", "calls").append("filter", filter)
                    .append("sort", new Document("date", -1).append("_id", -1)).append("limit", 21);
            Document count = new Document("count", "calls").append("query", filter);
            StringBuilder sb = new StringBuilder();
            for (Document cmd : List.of(find, count)) {
                Document e = db.runCommand(new Document("explain", cmd).append("verbosity", "executionStats"));
                Document plan = e.get("queryPlanner", Document.class).get("winningPlan", Document.class);
                Document stats = e.get("executionStats", Document.class);
                sb.append(cmd.containsKey("find") ? "page: " : "count: ").append(stages(plan))
                        .append(String.format(" (keys examined %s, documents examined %s, %s ms); ",
                                stats.get("totalKeysExamined"), stats.get("totalDocsExamined"),
                                stats.get("executionTimeMillis")));
            }
            return sb.toString().trim();
        }
    }

    private static String stages(Document plan) {
        if (plan == null) {
            return "";
        }
        Document inner = plan.containsKey("queryPlan") ? plan.get("queryPlan", Document.class) : plan;
        String s = inner.getString("stage") + (inner.containsKey("indexName") ? " " + inner.getString("indexName") : "");
        Document input = inner.get("inputStage", Document.class);
        return input == null ? s : s + " <- " + stages(input);
    }

    // --- ingest ------------------------------------------------------------------------------------------------

    void ingest() throws Exception {
        if (!CorpusFiles.present()) {
            return;
        }
        List<String> texts = new ArrayList<>();
        List<LocalDate> dates = new ArrayList<>();
        for (Path f : CorpusFiles.articles()) {
            texts.add(Files.readString(f));
            dates.add(CorpusFiles.published(f));
        }
        Path dir = root.resolve("ingest-store");
        deleteTree(dir);
        int warm = o.quick() ? 6 : texts.size();
        int measured = o.quick() ? texts.size() : 4 * texts.size();
        progress("ingest: empty store, real extractor, 2 clients; %d warm-up articles, then %d measured", warm,
                measured);
        try (ForkedServer s = ForkedServer.start(dir, null, "-Xmx3g", true, root.resolve("logs/ingest.log"))) {
            s.awaitFirstAnswer(300);
            double ready = s.awaitReady(600);
            progress("ingest: ready (models loaded) after %.1f s", ready);
            AtomicInteger next = new AtomicInteger();
            AtomicLong errors = new AtomicLong();
            AtomicReference<String> firstError = new AtomicReference<>();
            long[] window = new long[2];
            Runnable client = () -> {
                try (LoadDriver.RawClient c = new LoadDriver.RawClient("127.0.0.1", s.port())) {
                    for (int i; (i = next.getAndIncrement()) < warm + measured; ) {
                        if (i == warm) {
                            window[0] = System.nanoTime();
                        }
                        int a = i % texts.size();
                        Map<String, Object> input = new LinkedHashMap<>();
                        input.put("text", texts.get(a) + "\n\n(bench copy " + i + ")");
                        if (dates.get(a) != null) {
                            input.put("publishedOn", dates.get(a).toString());
                        }
                        LoadDriver.Answer r = c.sendWithKey(LoadDriver.Request.graphql(
                                body(INGEST, Map.of("input", input))), ForkedServer.KEY);
                        if (r.status() != 200 || LoadDriver.hasGraphQlErrors(r.body())
                                || !r.body().contains("\"created\":true")) {
                            errors.incrementAndGet();
                            firstError.compareAndSet(null, r.status() + " " + r.body());
                        }
                        if (i % 10 == 0) {
                            progress("ingest: %d/%d", i, warm + measured);
                        }
                    }
                } catch (IOException e) {
                    errors.incrementAndGet();
                    firstError.compareAndSet(null, e.toString());
                }
            };
            Thread a = new Thread(client);
            Thread b = new Thread(client);
            a.start();
            b.start();
            a.join();
            b.join();
            window[1] = System.nanoTime();
            double secs = (window[1] - window[0]) / 1e9;
            progress("ingest: %d articles in %.1f s = %.2f articles/s, %d errors%s", measured, secs, measured / secs,
                    errors.get(), firstError.get() == null ? "" : " (" + firstError.get() + ")");
            report.ingest(measured, secs, errors.get(), firstError.get(), ready);
        }
    }

    // --- helpers -----------------------------------------------------------------------------------------------

    static String body(String query, Map<String, Object> variables) {
        return JSON.writeValueAsString(Map.of("query", query, "variables", variables));
    }

    static void progress(String format, Object... args) {
        System.out.printf(Locale.ROOT, "[bench %tT] %s%n", System.currentTimeMillis(), String.format(format, args));
        System.out.flush();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    static String redact(String uri) {
        return uri.replaceAll("//[^@/]*@", "//***@");
    }

    private static void deleteTree(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (var all = Files.walk(dir)) {
                all.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
