package dev.readout.robust;

import dev.readout.bench.ForkedServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two Readout processes on one store, as users who outgrow one machine run them: the first on its embedded server
 * (listening on a port chosen here), the second pointed at it with {@code MONGODB_URI}. Eighteen articles reporting
 * one phone call (six reports, each sent three times with a different bulletin line, so each is a new article) are
 * ingested at once, alternately through each process, with the real extractor. What is stored must be one call with
 * every article among its mentions and one participant per person, read back alike through both processes.
 *
 * <p>The second process reaches MongoDB over a link that delays every request by {@value #LAG_MS} ms, as a distant
 * replica set would, so its resolutions last long enough for the first process's to fall inside them: the two contend
 * for the lease. Resolution re-derives everything an article touches from what all articles contributed, so an
 * overlap without the lease would mostly heal at the next resolution of the same people; the overlap that is never
 * healed (one resolution reading, the other writing, then the first writing) is forced in
 * {@code dev.readout.ingest.ResolutionInterleavingTest}, with and without the lease.
 */
class TwoProcessesTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String INGEST = "mutation($input: IngestArticleInput!) { ingestArticle(input: $input) "
            + "{ created article { id } } }";

    /** Six reports of one phone call, written for this test (2022-02-01 was a Tuesday). */
    static final List<String> ARTICLES = List.of(
            " date 2022-02-01 \nU.S. Secretary of State Antony Blinken spoke by phone on Tuesday with Russian Foreign "
                    + "Minister Sergey Lavrov about Ukraine, the State Department said.",
            " date 2022-02-01 \nRussian Foreign Minister Sergey Lavrov and U.S. Secretary of State Antony Blinken held a "
                    + "telephone conversation on Tuesday, the Russian Foreign Ministry said.",
            " date 2022-02-02 \nU.S. Secretary of State Antony Blinken and Russian Foreign Minister Sergey Lavrov spoke by "
                    + "telephone on Tuesday. Blinken urged Lavrov to pursue diplomacy.",
            " date 2022-02-01 \nIn a phone call on Tuesday, U.S. Secretary of State Antony Blinken told Russian Foreign "
                    + "Minister Sergey Lavrov that the United States remains open to dialogue.",
            " date 2022-02-01 \nRussian Foreign Minister Sergey Lavrov spoke with U.S. Secretary of State Antony Blinken "
                    + "by phone on Tuesday, his ministry said.",
            " date 2022-02-02 \nU.S. Secretary of State Antony Blinken had a phone call with Russian Foreign Minister "
                    + "Sergey Lavrov on Tuesday about European security.");

    static final int LAG_MS = 40;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    @TempDir
    Path dir;

    @Test
    void parallelIngestsThroughTwoProcessesGiveOneCallAndOneParticipantPerPerson() throws Exception {
        int mongoPort;
        try (ServerSocket s = new ServerSocket(0)) {
            mongoPort = s.getLocalPort();
        }
        // both answer slowly while the language models load on a busy machine; the limit is not what is tested here
        String[] settings = {"--readout.graphql.timeout=300s"};
        try (ForkedServer first = ForkedServer.start(null, null, "-Xmx2500m", true, dir.resolve("first.log"),
                concat(settings, "--readout.embedded.storage=memory", "--readout.embedded.port=" + mongoPort))) {
            first.awaitFirstAnswer(600);
            try (LaggyLink link = new LaggyLink(mongoPort, LAG_MS);
                 ForkedServer second = ForkedServer.start(null, "mongodb://127.0.0.1:" + link.port() + "/readout",
                         "-Xmx2500m", true, dir.resolve("second.log"), settings)) {
                first.awaitReady(900);
                second.awaitReady(900);

                List<String> texts = new ArrayList<>();
                for (int copy = 1; copy <= 3; copy++) {
                    for (String a : ARTICLES) {
                        texts.add(a.replaceFirst("\n", "\nBulletin " + copy + ".\n"));
                    }
                }
                ExecutorService pool = Executors.newFixedThreadPool(texts.size());
                CountDownLatch go = new CountDownLatch(1);
                List<Future<JsonNode>> answers = new ArrayList<>();
                for (int i = 0; i < texts.size(); i++) {
                    int port = i % 2 == 0 ? first.port() : second.port();
                    String text = texts.get(i);
                    answers.add(pool.submit(() -> {
                        go.await();
                        return post(port, INGEST, Map.of("input", Map.of("text", text)));
                    }));
                }
                go.countDown();
                Set<String> articleIds = new HashSet<>();
                for (Future<JsonNode> f : answers) {
                    JsonNode r = f.get(10, TimeUnit.MINUTES);
                    assertThat(r.has("errors")).as(r.toString()).isFalse();
                    articleIds.add(r.path("data").path("ingestArticle").path("article").path("id").asString());
                }
                pool.shutdown();
                assertThat(articleIds).hasSize(texts.size());

                // read back through each process: the same single call, with every article, and one record per person
                for (ForkedServer server : List.of(first, second)) {
                    JsonNode calls = post(server.port(), """
                            { calls(filter: {participantName: "Lavrov"}, first: 100) {
                                totalCount edges { node { id date medium participants { name } mentions { article { id } } } }
                            } }""", Map.of()).path("data").path("calls");
                    assertThat(calls.path("totalCount").asInt()).as(calls.toString()).isEqualTo(1);
                    JsonNode call = calls.path("edges").path(0).path("node");
                    assertThat(call.path("date").asString()).isEqualTo("2022-02-01");
                    Set<String> mentioned = new HashSet<>();
                    call.path("mentions").forEach(m -> mentioned.add(m.path("article").path("id").asString()));
                    assertThat(mentioned).isEqualTo(articleIds);
                    for (String name : List.of("Blinken", "Lavrov")) {
                        JsonNode people = post(server.port(), "query($n: String) { participants(filter: {name: $n}) "
                                + "{ totalCount } }", Map.of("n", name));
                        assertThat(people.path("data").path("participants").path("totalCount").asInt())
                                .as("participant records for %s: %s", name, people).isEqualTo(1);
                    }
                }
            }
        }
    }

    /** A TCP link to a local port that holds back every chunk sent towards it by {@code lagMs}. */
    static final class LaggyLink implements AutoCloseable {
        private final ServerSocket server;
        private final ExecutorService pumps = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "laggy-link");
            t.setDaemon(true);
            return t;
        });

        LaggyLink(int targetPort, int lagMs) throws java.io.IOException {
            server = new ServerSocket(0);
            pumps.submit(() -> {
                while (!server.isClosed()) {
                    java.net.Socket in = server.accept();
                    java.net.Socket out = new java.net.Socket("127.0.0.1", targetPort);
                    pumps.submit(() -> pump(in, out, lagMs));
                    pumps.submit(() -> pump(out, in, 0));
                }
                return null;
            });
        }

        int port() {
            return server.getLocalPort();
        }

        private static Void pump(java.net.Socket from, java.net.Socket to, int lagMs) {
            byte[] buffer = new byte[64 * 1024];
            try (from; to) {
                var in = from.getInputStream();
                var out = to.getOutputStream();
                for (int n; (n = in.read(buffer)) >= 0; ) {
                    if (lagMs > 0) {
                        Thread.sleep(lagMs);
                    }
                    out.write(buffer, 0, n);
                    out.flush();
                }
            } catch (Exception closed) {
                // either side went away: the other is closed with it
            }
            return null;
        }

        @Override
        public void close() throws java.io.IOException {
            server.close();
            pumps.shutdownNow();
        }
    }

    private static String[] concat(String[] a, String... b) {
        List<String> all = new ArrayList<>(List.of(a));
        all.addAll(List.of(b));
        return all.toArray(String[]::new);
    }

    private JsonNode post(int port, String query, Map<String, Object> variables) throws Exception {
        String body = JSON.writeValueAsString(Map.of("query", query, "variables", variables));
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/graphql"))
                .timeout(Duration.ofMinutes(10)).header("Content-Type", "application/json")
                .header("X-API-Key", ForkedServer.KEY).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        return JSON.readTree(r.body());
    }
}
