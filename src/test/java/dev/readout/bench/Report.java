package dev.readout.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The figures of one suite run as a dated Markdown section: machine, load average at start, date, the exact command,
 * every table, and whether each target is met. Inserted into BENCHMARKS.md after {@link #MARKER} (newest run first;
 * everything else in the file is kept), and written alone to target/bench/report.md.
 */
final class Report {

    static final String MARKER = "<!-- benchmark suite runs, newest first (written by dev.readout.bench.BenchmarkSuite) -->";

    private final String command;
    private final boolean quick;
    private final String date = ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"));
    private final String machine = machine();
    private final String loadAtStart = loadAverage();
    private final List<String> targets = new ArrayList<>();
    private final List<String> extraction = new ArrayList<>();
    private final List<String> startup = new ArrayList<>();
    private final List<String> api = new ArrayList<>();
    private final List<String> explain = new ArrayList<>();
    private final List<String> export = new ArrayList<>();
    private final List<String> ingest = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    Report(String command, boolean quick) {
        this.command = command;
        this.quick = quick;
    }

    void note(String text) {
        notes.add(text);
    }

    void extraction(double perSecond, double error, Map<String, String> footprint) {
        extraction.add(String.format(Locale.ROOT, "| %.2f%s articles/s | %s s | %s MB | %s ms |", perSecond,
                Double.isNaN(error) ? "" : String.format(Locale.ROOT, " ± %.2f", error),
                footprint.containsKey("model-load-ms") ? String.format(Locale.ROOT, "%.1f",
                        Long.parseLong(footprint.get("model-load-ms")) / 1000.0) : "?",
                footprint.getOrDefault("heap-used-mb", "?"), footprint.getOrDefault("first-extraction-ms", "?")));
        target("extraction ≥ 4 articles/s warm on two cores (aim 10)", String.format(Locale.ROOT, "%.2f/s", perSecond),
                perSecond >= 4);
    }

    void startup(String what, double first, double ready) {
        startup.add(String.format(Locale.ROOT, "| %s | %.2f s | %.2f s |", what, first, ready));
        target("start-up ≤ 20 s to the first GraphQL answer (" + what + "), not blocked by model loading",
                String.format(Locale.ROOT, "%.2f s (models loaded at %.2f s)", first, ready), first <= 20 && first < ready);
    }

    /** The ratio divides by the higher of the two floors, measured before and after the typical query. */
    void api(String where, Stores.Store store, double first, LoadDriver.Result floor1, LoadDriver.Result floor2,
             LoadDriver.Result typical, LoadDriver.Result heavy, LoadDriver.Result jdk) {
        LoadDriver.Result floor = floor2.perSecond() > floor1.perSecond() ? floor2 : floor1;
        double ratio = typical.perSecond() / floor.perSecond();
        api.add(row(where, store, floor1, "—"));
        api.add(row(where, store, typical, String.format(Locale.ROOT, "%.2f", ratio)));
        api.add(row(where, store, heavy, String.format(Locale.ROOT, "%.2f", heavy.perSecond() / floor.perSecond())));
        api.add(row(where, store, floor2, "—"));
        if (jdk != null) {
            api.add(row(where, store, jdk, "—"));
        }
        if (store.calls() == 10_000) {
            target("typical mobile query on " + where + " 10k calls: ≥ half the floor's throughput",
                    String.format(Locale.ROOT, "%.0f vs %.0f req/s = %.2f", typical.perSecond(), floor.perSecond(), ratio),
                    ratio >= 0.5 && typical.errors() == 0);
            target("typical mobile query on " + where + " 10k calls: p99 ≤ 50 ms",
                    String.format(Locale.ROOT, "%.1f ms", typical.p99()), typical.p99() <= 50 && typical.errors() == 0);
        }
        if (store.calls() == 100_000) {
            target("typical mobile query on " + where + " 100k calls: p99 ≤ 30 ms (issue 14)",
                    String.format(Locale.ROOT, "%.1f ms", typical.p99()), typical.p99() <= 30 && typical.errors() == 0);
        }
    }

    /** The sample store (five articles, extracted at start-up): issue 14's typical page against the floor. */
    void samples(LoadDriver.Result floor1, LoadDriver.Result typical, LoadDriver.Result floor2) {
        LoadDriver.Result floor = floor2.perSecond() > floor1.perSecond() ? floor2 : floor1;
        double ratio = typical.perSecond() / floor.perSecond();
        api.add(row("samples", floor1, "—"));
        api.add(row("samples", typical, String.format(Locale.ROOT, "%.3f", ratio)));
        api.add(row("samples", floor2, "—"));
        target("typical page on the sample store: ≥ 0.25 of the floor's throughput (issue 14)",
                String.format(Locale.ROOT, "%.0f vs %.0f req/s = %.3f", typical.perSecond(), floor.perSecond(), ratio),
                ratio >= 0.25 && typical.errors() == 0);
        target("typical page on the sample store: p99 ≤ 30 ms at " + typical.clients() + " clients (issue 14)",
                String.format(Locale.ROOT, "%.1f ms", typical.p99()), typical.p99() <= 30 && typical.errors() == 0);
    }

    private static String row(String where, LoadDriver.Result r, String ratio) {
        return String.format(Locale.ROOT, "| %s | %s | %s | %d | %,d | %.1f | %.1f | %.1f | %.1f | %.1f | %d | %s | %.2f |",
                where, "5 articles", r.name(), r.clients(), r.requests(), r.perSecond(), r.p50(), r.p90(), r.p99(),
                r.max(), r.errors(), ratio, r.serverCpuMs());
    }

    private static String row(String where, Stores.Store store, LoadDriver.Result r, String ratio) {
        return String.format(Locale.ROOT, "| %s | %,d | %s | %d | %,d | %.1f | %.1f | %.1f | %.1f | %.1f | %d | %s | %.2f |",
                where, store.calls(), r.name(), r.clients(), r.requests(), r.perSecond(), r.p50(), r.p90(), r.p99(),
                r.max(), r.errors(), ratio, r.serverCpuMs());
    }

    void explain(Stores.Store store, String heaviest, String uniform) {
        explain.add(String.format(Locale.ROOT, "- %,d calls, heaviest participant: %s", store.calls(), heaviest));
        explain.add(String.format(Locale.ROOT, "- %,d calls, a sampled participant: %s", store.calls(), uniform));
    }

    void export(String where, Stores.Store store, BenchmarkSuite.Export all, BenchmarkSuite.Export one) {
        export.add(String.format(Locale.ROOT, "| %s | %,d | all calls | %,d | %.2f s | %,.0f | %.2f |", where,
                store.calls(), all.rows(), all.seconds(), all.rows() / all.seconds(), all.cpuMsPerRow()));
        export.add(String.format(Locale.ROOT, "| %s | %,d | heaviest participant's calls | %,d | %.2f s | %,.0f | %.2f |",
                where, store.calls(), one.rows(), one.seconds(), one.rows() / one.seconds(), one.cpuMsPerRow()));
    }

    void ingest(int articles, double seconds, long errors, String firstError, double ready) {
        ingest.add(String.format(Locale.ROOT, "| %d | 2 | %.1f s | %.2f | %d | %.1f s |", articles, seconds,
                articles / seconds, errors, ready));
        if (firstError != null) {
            notes.add("First ingest error: `" + firstError.replace('`', '\'').replace('\n', ' ') + "`");
        }
    }

    private void target(String what, String figure, boolean met) {
        targets.add("| " + what + " | " + figure + " | " + (met ? "yes" : "**no**") + " |");
    }

    String section() {
        StringBuilder sb = new StringBuilder();
        sb.append("### ").append(date).append(" UTC").append(quick ? " — quick (smoke) run" : "").append("\n\n");
        sb.append("- machine: ").append(machine).append("\n");
        sb.append("- load average at start: ").append(loadAtStart).append("\n");
        sb.append("- command: `").append(command).append("`\n\n");
        table(sb, "Targets", "| target | figure | met |\n|---|---|---|", targets);
        table(sb, "Extraction (JMH, two threads, warm; model load and heap in a fresh JVM, after GC, models loaded)",
                "| warm, 2 threads | model load | heap in use | first extraction |\n|---|---|---|---|", extraction);
        table(sb, "Start-up (launch to the first 200 answer of `{ __typename }`; ready = readiness UP, models loaded)",
                "| store | first answer | ready |\n|---|---|---|", startup);
        table(sb, "API and growth (closed loop over loopback; latency in ms; ratio = req/s over the floor's)",
                "| store | calls | query | clients | requests | req/s | p50 | p90 | p99 | max | errors | ratio | server CPU ms/request |\n"
                        + "|---|---|---|---|---|---|---|---|---|---|---|---|---|", api);
        if (!explain.isEmpty()) {
            sb.append("#### Query plans on MongoDB (explain)\n\n");
            explain.forEach(l -> sb.append(l).append('\n'));
            sb.append('\n');
        }
        table(sb, "Export (`GET /export/calls.ndjson`, uncompressed, read to the end)",
                "| store | calls | export | rows | time | rows/s | server CPU ms/row |\n|---|---|---|---|---|---|---|", export);
        table(sb, "Ingest end to end (`ingestArticle`, real extractor, empty store, corpus texts made unique)",
                "| articles | clients | time | articles/s | errors | models ready after |\n|---|---|---|---|---|---|", ingest);
        if (!notes.isEmpty()) {
            sb.append("Notes:\n\n");
            notes.forEach(n -> sb.append("- ").append(n).append('\n'));
            sb.append('\n');
        }
        return sb.toString();
    }

    private static void table(StringBuilder sb, String title, String header, List<String> rows) {
        if (rows.isEmpty()) {
            return;
        }
        sb.append("#### ").append(title).append("\n\n").append(header).append('\n');
        rows.forEach(r -> sb.append(r).append('\n'));
        sb.append('\n');
    }

    /** Writes the section alone to {@code alone}, and into {@code benchmarks} after the marker when not null. */
    Path write(Path benchmarks, Path alone) throws IOException {
        String section = section();
        Files.writeString(alone, section);
        if (benchmarks != null) {
            String md = Files.exists(benchmarks) ? Files.readString(benchmarks) : "# Benchmarks\n";
            int at = md.indexOf(MARKER);
            if (at < 0) {
                md = md.stripTrailing() + "\n\n## Benchmark suite (issue 7)\n\n" + MARKER + "\n";
                at = md.indexOf(MARKER);
            }
            int insert = at + MARKER.length();
            md = md.substring(0, insert) + "\n\n" + section.stripTrailing() + "\n" + md.substring(insert);
            Files.writeString(benchmarks, md.replaceAll("\n{3,}", "\n\n"));
        }
        return alone;
    }

    // --- the machine -------------------------------------------------------------------------------------------

    static String machine() {
        String cpu = grep("/proc/cpuinfo", "model name");
        String mem = grep("/proc/meminfo", "MemTotal");
        String ram = "?";
        if (mem != null) {
            ram = String.format(Locale.ROOT, "%.0f GB", Long.parseLong(mem.replaceAll("\\D", "")) / 1048576.0);
        }
        String os = grep("/etc/os-release", "PRETTY_NAME");
        os = os == null ? System.getProperty("os.name") : os.replace("\"", "");
        return String.format(Locale.ROOT, "%s, %d cores, %s RAM, %s (kernel %s, %s), JDK %s (%s)",
                cpu == null ? "?" : cpu, Runtime.getRuntime().availableProcessors(), ram, os,
                System.getProperty("os.version"), System.getProperty("os.arch"), System.getProperty("java.version"),
                System.getProperty("java.vm.name"));
    }

    static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return f[0] + " " + f[1] + " " + f[2] + " (1, 5, 15 min)";
        } catch (IOException e) {
            return String.format(Locale.ROOT, "%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }

    private static String grep(String file, String key) {
        try {
            for (String l : Files.readAllLines(Path.of(file))) {
                if (l.startsWith(key)) {
                    int sep = l.indexOf(l.contains(":") ? ':' : '=');
                    return l.substring(sep + 1).trim();
                }
            }
        } catch (IOException e) {
            // not Linux
        }
        return null;
    }
}
