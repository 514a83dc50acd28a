package dev.readout.robust;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code kill -9} during ingest: Readout runs in its own JVM on the embedded store in a temporary directory; four
 * clients ingest until {@value #ACKS} articles are acknowledged, then the JVM is killed ({@code destroyForcibly})
 * with requests still in flight. Restarted on the same directory, every acknowledged article is there with its text
 * and id, and ingesting them all again creates nothing (no duplicates).
 */
class KillNineTest {

    private static final int ACKS = 40;
    private static final String KEY = "kill-nine-key";
    private static final String INGEST = "mutation($input: IngestArticleInput!) { ingestArticle(input: $input) "
            + "{ created article { id } } }";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @TempDir
    Path dir;

    @Test
    void everyAcknowledgedArticleSurvivesKillNine() throws Exception {
        Path storage = dir.resolve("store");
        int port = freePort();
        Process first = start(storage, port, dir.resolve("first.log"));
        Map<String, String> acked = new ConcurrentHashMap<>(); // text -> id
        AtomicInteger next = new AtomicInteger();
        try {
            awaitReady(port, first, dir.resolve("first.log"));
            ExecutorService clients = Executors.newFixedThreadPool(4);
            for (int c = 0; c < 4; c++) {
                clients.submit(() -> {
                    while (acked.size() < ACKS * 3 && first.isAlive()) {
                        int n = next.getAndIncrement();
                        String text = "Kill-nine article " + n + ": Blinken spoke with Kuleba by phone, call " + n
                                + ", and both stressed support.";
                        try {
                            JsonNode r = post(port, INGEST, Map.of("input", Map.of("text", text)));
                            JsonNode payload = r.path("data").path("ingestArticle");
                            if (payload.path("created").asBoolean()) {
                                acked.put(text, payload.path("article").path("id").asString());
                                if (acked.size() >= ACKS) {
                                    first.destroyForcibly();
                                }
                            }
                        } catch (Exception e) {
                            return null; // the server died under us: this article was not acknowledged
                        }
                    }
                    return null;
                });
            }
            clients.shutdown();
            assertThat(clients.awaitTermination(5, TimeUnit.MINUTES)).isTrue();
            assertThat(first.waitFor(30, TimeUnit.SECONDS)).isTrue();
        } finally {
            first.destroyForcibly();
        }
        assertThat(acked).hasSizeGreaterThanOrEqualTo(ACKS);
        System.out.printf("Kill -9: %d articles acknowledged, %d attempted, before the kill%n", acked.size(),
                next.get());

        int port2 = freePort();
        Process second = start(storage, port2, dir.resolve("second.log"));
        try {
            awaitReady(port2, second, dir.resolve("second.log"));
            List<String> missing = new ArrayList<>();
            for (var e : acked.entrySet()) {
                JsonNode r = post(port2, "query($id: ID!) { article(id: $id) { id text } }", Map.of("id", e.getValue()));
                if (!e.getKey().equals(r.path("data").path("article").path("text").asString())) {
                    missing.add(e.getValue() + " " + r);
                }
            }
            assertThat(missing).as("acknowledged articles missing after kill -9").isEmpty();
            // the operator's view of the same file (README, configuration): size, live estimate, fill rates
            HttpResponse<String> store = http.send(HttpRequest.newBuilder(
                    URI.create("http://localhost:" + port2 + "/actuator/health/store")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(store.statusCode()).isEqualTo(200);
            assertThat(store.body()).contains("\"status\":\"UP\"").contains("\"fileBytes\"")
                    .contains("\"liveBytesEstimate\"").contains("\"fillRatePercent\"");
            for (var e : acked.entrySet()) {
                JsonNode r = post(port2, INGEST, Map.of("input", Map.of("text", e.getKey())));
                assertThat(r.path("data").path("ingestArticle").path("created").asBoolean()).as(r.toString()).isFalse();
                assertThat(r.path("data").path("ingestArticle").path("article").path("id").asString())
                        .isEqualTo(e.getValue());
            }
        } finally {
            second.destroy();
            if (!second.waitFor(30, TimeUnit.SECONDS)) {
                second.destroyForcibly();
            }
        }
    }

    private Process start(Path storage, int port, Path log) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = List.of(java, "-Xmx512m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-cp", System.getProperty("java.class.path"), ForkedReadout.class.getName(),
                "--server.port=" + port, "--readout.embedded.storage=" + storage, "--readout.api-key=" + KEY,
                "--readout.samples.enabled=false", "--readout.models.preload=false", "--spring.main.banner-mode=off");
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    private void awaitReady(int port, Process process, Path log) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(300);
        while (System.nanoTime() < deadline) {
            assertThat(process.isAlive()).as("Readout exited; see %s", log).isTrue();
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/actuator/health/readiness")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (ConnectException e) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new AssertionError("Readout not ready within 300 s; see " + log);
    }

    private JsonNode post(int port, String query, Map<String, Object> variables) throws Exception {
        String body = JSON.writeValueAsString(Map.of("query", query, "variables", variables));
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/graphql"))
                .timeout(Duration.ofSeconds(60)).header("Content-Type", "application/json").header("X-API-Key", KEY)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        return JSON.readTree(r.body());
    }

    private static int freePort() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

}
