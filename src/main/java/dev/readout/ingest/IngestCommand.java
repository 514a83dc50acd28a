package dev.readout.ingest;

import dev.readout.ReadoutApplication;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

/**
 * {@code java -jar readout.jar ingest PATH… [--published-on YYYY-MM-DD] [--spring.property=value…]}: ingests
 * {@code .txt} articles (dated as {@link TxtArticleDate} says: sidecar, the text's own date, the default),
 * directories of them (recursively) and {@code .ndjson}/{@code .jsonl} files of {@code IngestArticleInput} lines into
 * the store Readout would use (the embedded one under {@code ./data}, or {@code MONGODB_URI}), without opening an HTTP
 * port or loading the sample articles. A progress bar goes to stderr, then a summary with what has no date; the exit
 * code is 0 when nothing failed, 1 when something did, 2 for a usage error, 130 when
 * interrupted.
 * <p>
 * Interrupting (Ctrl-C) lets the article in hand finish, prints the summary and closes the store cleanly. Running the
 * same command again is safe: articles are identified by their content hash, so those already stored are reported as
 * duplicates and the rest are ingested.
 */
public final class IngestCommand {

    public static final String NAME = "ingest";

    private static final int MAX_LISTED_FAILURES = 20;

    /** The publication date of every .txt article that gives none itself (no sidecar, header or dateline). */
    static final String PUBLISHED_ON = "--published-on";

    private IngestCommand() {
    }

    public static boolean isIngest(String[] args) {
        return args.length > 0 && NAME.equals(args[0]);
    }

    private enum Kind { TXT, NDJSON }

    private record Input(Path path, Kind kind, long items) {
    }

    /** Runs the command; {@code args[0]} is "ingest". Returns the exit code. */
    public static int run(String[] args, PrintStream err) {
        List<Path> paths = new ArrayList<>();
        List<String> springArgs = new ArrayList<>();
        boolean explain = false;
        LocalDate publishedOn = null;
        for (int i = 1; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--explain")) {
                explain = true;
                continue;
            }
            if (a.equals(PUBLISHED_ON) || a.startsWith(PUBLISHED_ON + "=")) {
                String value = a.equals(PUBLISHED_ON) ? (i + 1 < args.length ? args[++i] : "")
                        : a.substring(PUBLISHED_ON.length() + 1);
                try {
                    publishedOn = TxtArticleDate.parse(value.strip(), PUBLISHED_ON);
                } catch (IllegalArgumentException e) {
                    err.println("readout ingest: " + e.getMessage());
                    return 2;
                }
                continue;
            }
            if (a.equals("--help") || a.equals("-h")) {
                usage(err);
                return 0;
            }
            if (a.startsWith("--")) {
                if (!a.startsWith("--readout.samples.enabled") && !a.startsWith("--server.port")) {
                    springArgs.add(a);
                }
            } else {
                paths.add(Path.of(a));
            }
        }
        if (paths.isEmpty()) {
            usage(err);
            return 2;
        }
        if (explain) {
            return ExplainCommand.run(paths, publishedOn, System.out, err);
        }
        springArgs.add("--readout.samples.enabled=false");
        // no HTTP port, whatever SERVER_PORT says (command-line arguments win over the environment)
        springArgs.add("--server.port=-1");

        List<Input> inputs;
        try {
            inputs = inputs(paths);
        } catch (IllegalArgumentException e) {
            err.println("readout ingest: " + e.getMessage());
            return 2;
        } catch (UncheckedIOException e) {
            err.println("readout ingest: cannot read " + e.getMessage());
            return 2;
        }
        long total = inputs.stream().mapToLong(Input::items).sum();
        err.println("Readout ingest: " + total + " article(s) in " + inputs.size() + " file(s); opening the store…");

        ConfigurableApplicationContext context;
        try {
            // a servlet context, so web-layer beans find what they need; --server.port=-1 opens no port
            context = new SpringApplicationBuilder(ReadoutApplication.class)
                    .web(WebApplicationType.SERVLET)
                    .bannerMode(Banner.Mode.OFF)
                    .logStartupInfo(false)
                    .registerShutdownHook(false)
                    .properties(Map.of(
                            "logging.level.root", "WARN",
                            // a generated API key means nothing to a command that serves no API
                            "logging.level.dev.readout.graphql.ApiKeys", "ERROR"))
                    .run(springArgs.toArray(String[]::new));
        } catch (RuntimeException e) {
            Throwable root = e;
            while (root.getCause() != null) {
                root = root.getCause();
            }
            String message = String.valueOf(root.getMessage());
            err.println("readout ingest: cannot start: " + message + (message.toLowerCase(Locale.ROOT).contains("lock")
                    ? " (is a Readout server using the same store? stop it, or pass --readout.embedded.storage=DIR)"
                    : ""));
            return 1;
        }

        AtomicBoolean stop = new AtomicBoolean();
        CountDownLatch finished = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            stop.set(true);
            try {
                // let the article in hand finish and the store close cleanly
                finished.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "readout-ingest-interrupt");
        Runtime.getRuntime().addShutdownHook(hook);

        Counts counts = new Counts();
        Progress progress = new Progress(err, total, interactive(err));
        try {
            BulkIngest bulk = new BulkIngest(context.getBean(IngestService.class));
            progress.update(0, null);
            for (Input input : inputs) {
                if (stop.get()) {
                    break;
                }
                switch (input.kind()) {
                    case TXT -> {
                        counts.add(input.path().toString(), txt(bulk, input.path(), publishedOn));
                        progress.update(counts.done(), input.path().getFileName().toString());
                    }
                    case NDJSON -> ndjson(bulk, input.path(), counts, progress, stop);
                }
            }
            progress.update(counts.done(), null);
            progress.finish();
            boolean interrupted = stop.get() && counts.done() < total;
            summary(err, counts, total, progress, interrupted);
            dates(err, counts, context.getBean(MongoTemplate.class));
            return interrupted ? 130 : counts.failed > 0 ? 1 : 0;
        } finally {
            context.close();
            finished.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running: it waits for the latch released above
            }
        }
    }

    private static BulkIngest.Result txt(BulkIngest bulk, Path path, LocalDate fallback) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(path)))
                    .toString();
        } catch (CharacterCodingException e) {
            return BulkIngest.Result.error("not UTF-8 text");
        } catch (IOException e) {
            return BulkIngest.Result.error("cannot read: " + e.getMessage());
        }
        LocalDate date;
        try {
            date = TxtArticleDate.of(path, text, fallback);
        } catch (IllegalArgumentException e) {
            return BulkIngest.Result.error(e.getMessage());
        }
        return bulk.ingest(new IngestService.IngestRequest(text, null, null, null, date));
    }

    private static void ndjson(BulkIngest bulk, Path path, Counts counts, Progress progress, AtomicBoolean stop) {
        try (BufferedReader in = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            BulkIngest.Line line = new BulkIngest.Line();
            long n = 0;
            while (!stop.get() && BulkIngest.readLine(in, line)) {
                n++;
                if (line.isBlank()) {
                    continue;
                }
                BulkIngest.Result r = line.overflow
                        ? BulkIngest.Result.error("line longer than " + BulkIngest.MAX_LINE_CHARS + " characters")
                        : bulk.ingestJson(line.text.toString());
                counts.add(path + ":" + n, r);
                progress.update(counts.done(), path.getFileName() + ":" + n);
            }
        } catch (IOException | UncheckedIOException e) {
            counts.add(path.toString(), BulkIngest.Result.error("cannot read the rest of the file: " + e.getMessage()));
        }
    }

    private static final class Counts {
        long created;
        long duplicate;
        long failed;
        long undatedArticles;
        final List<String> failures = new ArrayList<>();
        /** The stored articles this run handled (created or duplicate), for counting their undated calls. */
        final Set<String> articleIds = new LinkedHashSet<>();

        void add(String where, BulkIngest.Result r) {
            if (r.articleId() != null && articleIds.add(r.articleId()) && r.publishedOn() == null) {
                undatedArticles++;
            }
            switch (r.status()) {
                case created -> created++;
                case duplicate -> duplicate++;
                case error -> {
                    failed++;
                    if (failures.size() < MAX_LISTED_FAILURES) {
                        failures.add(where + ": " + r.error());
                    }
                }
            }
        }

        long done() {
            return created + duplicate + failed;
        }
    }

    private static void summary(PrintStream err, Counts c, long total, Progress progress, boolean interrupted) {
        if (interrupted) {
            err.println("Interrupted after " + c.done() + " of " + total + ". Run the same command again to continue: "
                    + "articles already stored are skipped as duplicates.");
        }
        err.println("Summary: " + c.created + " created, " + c.duplicate + " duplicate, " + c.failed + " failed ("
                + c.done() + " of " + total + " in " + progress.totals(c.done()) + ")");
        if (!c.failures.isEmpty()) {
            err.println("Failures:");
            c.failures.forEach(f -> err.println("  " + f));
            if (c.failed > c.failures.size()) {
                err.println("  … and " + (c.failed - c.failures.size()) + " more");
            }
        }
    }

    /**
     * What has no date among the articles handled and the calls they report: undated articles' calls can only be
     * dated by their own words ("on Feb 24"), and a call with no date is left out of timelines and date filters.
     */
    private static void dates(PrintStream err, Counts c, MongoTemplate mongo) {
        if (c.articleIds.isEmpty()) {
            return;
        }
        DateCoverage.Calls calls;
        try {
            calls = DateCoverage.calls(mongo, c.articleIds);
        } catch (RuntimeException e) {
            // the articles are stored either way: a count that fails must not turn the run into a failure
            err.println("Dates: " + c.undatedArticles + " of " + c.articleIds.size()
                    + " article(s) have no publication date; calls not counted: " + e.getMessage());
            return;
        }
        err.println("Dates: " + c.undatedArticles + " of " + c.articleIds.size()
                + " article(s) have no publication date; " + calls.undated() + " of " + calls.total()
                + " call(s) they report have no date");
        if (c.undatedArticles > 0) {
            err.println("  Give .txt articles their date with a sidecar FILE.txt.date (one YYYY-MM-DD) or "
                    + PUBLISHED_ON + " YYYY-MM-DD for all that state none; NDJSON lines with \"publishedOn\".");
        }
    }

    private static List<Input> inputs(List<Path> paths) {
        List<Input> out = new ArrayList<>();
        for (Path p : paths) {
            if (!Files.exists(p)) {
                throw new IllegalArgumentException("no such file or directory: " + p);
            }
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    List<Path> files = walk.filter(Files::isRegularFile).filter(f -> kind(f) != null).sorted().toList();
                    for (Path f : files) {
                        out.add(input(f));
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(p.toString(), e);
                }
            } else {
                if (kind(p) == null) {
                    throw new IllegalArgumentException("don't know how to read " + p
                            + ": give .txt articles, .ndjson/.jsonl files of IngestArticleInput lines, or directories");
                }
                out.add(input(p));
            }
        }
        return out;
    }

    private static Kind kind(Path f) {
        String name = f.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".txt")) {
            return Kind.TXT;
        }
        if (name.endsWith(".ndjson") || name.endsWith(".jsonl")) {
            return Kind.NDJSON;
        }
        return null;
    }

    private static Input input(Path f) {
        Kind k = kind(f);
        if (k == Kind.TXT) {
            return new Input(f, k, 1);
        }
        try (Stream<String> lines = Files.lines(f, StandardCharsets.UTF_8)) {
            return new Input(f, k, lines.filter(l -> !l.isBlank()).count());
        } catch (IOException | UncheckedIOException e) {
            throw new UncheckedIOException(f.toString(), e instanceof IOException io ? io
                    : ((UncheckedIOException) e).getCause());
        }
    }

    /** Whether the stream is a terminal that can redraw a bar in place (Java 22+ can tell better; 17 has console()). */
    private static boolean interactive(PrintStream err) {
        if (err != System.err || System.console() == null) {
            return false;
        }
        try {
            Method isTerminal = java.io.Console.class.getMethod("isTerminal");
            return (Boolean) isTerminal.invoke(System.console());
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }

    private static void usage(PrintStream err) {
        err.println("""
                Usage: java -jar readout.jar ingest PATH... [--published-on YYYY-MM-DD] [--property=value...]
                       java -jar readout.jar ingest --explain FILE... [--published-on YYYY-MM-DD]
                  PATH  a .txt article (optionally starting with " date YYYY-MM-DD "), a .ndjson/.jsonl file of
                        {"text":..., "url":..., "title":..., "source":..., "publishedOn":"YYYY-MM-DD"} lines,
                        or a directory of them (searched recursively)
                A .txt article's publication date: its sidecar FILE.txt.date (one YYYY-MM-DD) if there is one,
                else the date the text gives (the header, a dateline), else --published-on, else none.
                The summary says how many articles and calls have no date.
                Stores into the embedded MongoDB under ./data (--readout.embedded.storage=DIR to change) or into
                MONGODB_URI when set. Safe to interrupt and re-run: stored articles are skipped as duplicates.
                --explain stores nothing: it prints what the extractor finds in each .txt FILE and why (people,
                a trace of the rules per trigger word, calls, statements).""");
    }
}
