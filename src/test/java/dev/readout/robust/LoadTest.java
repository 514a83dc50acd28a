package dev.readout.robust;

import dev.readout.bench.LoadDriver;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bounded loopback load test (tag {@code load}, not in the default build): N clients for T seconds of mixed
 * reads (call and participant pages, article and node lookups) and ingests (about one request in four; one ingest in
 * five repeats an earlier text and must answer {@code created: false}), with zero errors allowed.
 * <pre>mvn -B test -Pload -Dtest=LoadTest -Dreadout.load.clients=8 -Dreadout.load.seconds=20</pre>
 * Figures are printed and written to {@code target/load-report.txt}.
 */
@Tag("load")
class LoadTest extends RobustnessContext {

    private static final int CLIENTS = Integer.getInteger("readout.load.clients", 8);
    private static final int SECONDS = Integer.getInteger("readout.load.seconds", 20);

    private static final String INGEST = "mutation($input: IngestArticleInput!) { ingestArticle(input: $input) "
            + "{ created article { id } } }";
    private static final String[] READS = {
            "{ calls(first: 20) { totalCount edges { cursor node { id date medium status participants { id name } "
                    + "mentions { sentence article { id url } } } } pageInfo { hasNextPage endCursor } } }",
            "{ participants(first: 20) { totalCount edges { node { id name aliases kind country } } } }",
            "{ statements(first: 10) { totalCount edges { node { id text } } } }",
    };

    @Test
    void mixedQueriesAndIngestsWithZeroErrors() throws Exception {
        List<String> ids = new CopyOnWriteArrayList<>();
        Map<String, String> texts = new ConcurrentHashMap<>();
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        Map<String, AtomicLong> byKind = new ConcurrentHashMap<>();
        List<String> errors = new CopyOnWriteArrayList<>();
        AtomicLong counter = new AtomicLong();
        // warm up: one of each
        graphql(READS[0], null, null);
        long end = System.nanoTime() + SECONDS * 1_000_000_000L;

        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        List<Future<?>> clients = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            Random random = new Random(1000 + c);
            int client = c;
            clients.add(pool.submit(() -> {
                while (System.nanoTime() < end) {
                    int dice = random.nextInt(100);
                    String kind;
                    String doc;
                    Map<String, Object> vars = null;
                    boolean repeat = false;
                    if (dice < 25) {
                        kind = "ingest";
                        doc = INGEST;
                        String text;
                        if (dice < 5 && !texts.isEmpty()) {
                            text = new ArrayList<>(texts.keySet()).get(random.nextInt(texts.size()));
                            repeat = true;
                        } else {
                            long n = counter.incrementAndGet();
                            text = "Load article " + client + "-" + n + ": Foreign Minister Sergey Lavrov spoke by "
                                    + "phone with Foreign Minister Wang Yi on Monday, the " + n + "th call, and said "
                                    + "\u201cwe agreed to keep in touch\u201d.";
                        }
                        vars = Map.of("input", Map.of("text", text, "publishedOn", "2022-03-07"));
                    } else if (dice < 40 && !ids.isEmpty()) {
                        kind = "article";
                        doc = "query($id: ID!) { article(id: $id) { id text publishedOn calls { id } } }";
                        vars = Map.of("id", ids.get(random.nextInt(ids.size())));
                    } else if (dice < 50 && !ids.isEmpty()) {
                        kind = "node";
                        doc = "query($id: ID!) { node(id: $id) { __typename id } }";
                        vars = Map.of("id", ids.get(random.nextInt(ids.size())));
                    } else {
                        kind = "read";
                        doc = READS[random.nextInt(READS.length)];
                    }
                    Map<String, Object> body = new LinkedHashMap<>();
                    body.put("query", doc);
                    if (vars != null) {
                        body.put("variables", vars);
                    }
                    long t0 = System.nanoTime();
                    try {
                        HttpResponse<String> r = postRaw(JSON.writeValueAsString(body), KEY);
                        latencies.add(System.nanoTime() - t0);
                        byKind.computeIfAbsent(kind, k -> new AtomicLong()).incrementAndGet();
                        JsonNode json = JSON.readTree(r.body());
                        if (r.statusCode() != 200 || json.has("errors")) {
                            errors.add(kind + " " + r.statusCode() + " " + abbreviate(r.body()));
                            continue;
                        }
                        if ("ingest".equals(kind)) {
                            JsonNode p = json.path("data").path("ingestArticle");
                            String id = p.path("article").path("id").asString();
                            String text = (String) ((Map<?, ?>) vars.get("input")).get("text");
                            if (repeat) {
                                if (p.path("created").asBoolean() || !id.equals(texts.get(text))) {
                                    errors.add("repeat ingest created a new article or changed id: " + json);
                                }
                            } else {
                                texts.put(text, id);
                                ids.add(id);
                            }
                        }
                    } catch (Exception e) {
                        errors.add(kind + " " + e);
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : clients) {
            f.get();
        }
        pool.shutdown();

        long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        long requests = sorted.length;
        String report = String.format("Load (issue 8) %s: %d clients x %d s, %d requests (%s), %.1f req/s, "
                        + "%d errors, p50 %.1f ms, p99 %.1f ms, max %.1f ms, %d articles ingested, cores %d, "
                        + "java %s, os %s%n", Instant.now(), CLIENTS, SECONDS, requests, byKind, requests / (double) SECONDS,
                errors.size(), LoadDriver.percentile(sorted, 50) / 1e6, LoadDriver.percentile(sorted, 99) / 1e6,
                sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6,
                ids.size(), Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                System.getProperty("os.name") + " " + System.getProperty("os.arch"));
        System.out.print(report);
        Files.writeString(Path.of("target/load-report.txt"), report);
        assertThat(errors).as("errors under load").isEmpty();
        assertThat(requests).isPositive();
    }
}
