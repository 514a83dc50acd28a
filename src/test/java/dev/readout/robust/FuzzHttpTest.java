package dev.readout.robust;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Seeded fuzzing over HTTP: mangled GraphQL documents, raw bodies and hostile article texts. Every answer is below
 * 500 with no stack trace and no INTERNAL_ERROR, the server still answers a plain query afterwards, and the heap after
 * GC has not grown beyond a bound.
 * <p>
 * Bounded so the default build stays fast; every kind of case runs at every setting:
 * <ul>
 *   <li>{@code -Dreadout.fuzz.documents} (default 80): mangled documents, cycling through eight kinds;</li>
 *   <li>{@code -Dreadout.fuzz.texts} (default 4): random-byte article texts;</li>
 *   <li>{@code -Dreadout.fuzz.scale} (default 0.02): size of the large hostile texts as a share of the full run's
 *       (a 900,000-character token, 50,000 quotation marks, 10,000 lines that each report a call); extraction of
 *       these is what costs: at 1.0 they took 88, 179 and 119 s of a 449 s run. From about 0.1 up the long token
 *       runs CoreNLP's NER out of heap (OutOfMemoryError in NERFeatureFactory, answered as INTERNAL_ERROR), so the
 *       full set fails until extraction bounds token length;</li>
 *   <li>{@code -Dreadout.fuzz.budget} (seconds, default 30): documents and random texts stop early once it is spent
 *       (after at least one of each kind);</li>
 *   <li>{@code -Dreadout.fuzz.seed}.</li>
 * </ul>
 * {@code mvn -B test -Pfull-fuzz -Dtest=FuzzHttpTest} runs the full set (400 documents, 20 texts, scale 1, no budget).
 */
class FuzzHttpTest extends RobustnessContext {

    private static final long SEED = Long.getLong("readout.fuzz.seed", 20261121L);
    private static final int DOCUMENTS = Integer.getInteger("readout.fuzz.documents", 80);
    private static final int RANDOM_TEXTS = Integer.getInteger("readout.fuzz.texts", 4);
    private static final double SCALE = Double.parseDouble(System.getProperty("readout.fuzz.scale", "0.02"));
    private static final long BUDGET_NANOS = (long) (Double.parseDouble(
            System.getProperty("readout.fuzz.budget", "30")) * 1e9);
    private static final long MAX_HEAP_GROWTH = 256L * 1024 * 1024;
    private static final int DOCUMENT_KINDS = 8;

    private static final String[] VALID = {
            "{ calls(first: 5) { totalCount edges { cursor node { id date status participants { name } } } } }",
            "query($id: ID!) { node(id: $id) { __typename id } }",
            "{ participants(first: 3) { edges { node { id name aliases } } pageInfo { hasNextPage endCursor } } }",
            "query { statements(first: 2) { totalCount edges { node { id text } } } }",
            "mutation($input: IngestArticleInput!) { ingestArticle(input: $input) { created article { id } } }",
            "{ __schema { types { name fields { name } } } }",
    };

    private final List<String> failures = new ArrayList<>();
    private final Map<Integer, Integer> statuses = new LinkedHashMap<>();
    /** Slowest requests, for the summary: where the time goes when this test gets slow. */
    private final List<Map.Entry<String, Long>> took = new ArrayList<>();
    private int sent;

    @Test
    void mangledDocumentsAndHostileTextsNeverGive5xx() throws Exception {
        Random random = new Random(SEED);
        // one ordinary article first, so that the language models (loaded once per JVM, on first use) are not
        // counted as growth when this test runs on its own
        postRaw(JSON.writeValueAsString(Map.of("query", VALID[4], "variables", Map.of("input", Map.of("text",
                "Warm-up bulletin. Austrian Chancellor Karl Nehammer spoke with Czech Prime Minister Petr Fiala on Monday.")))), KEY);
        long heapBefore = heapAfterGc();
        long start = System.nanoTime();

        int documents = 0;
        for (int i = 0; i < DOCUMENTS && (i < DOCUMENT_KINDS || System.nanoTime() - start < BUDGET_NANOS / 2); i++) {
            String base = VALID[random.nextInt(VALID.length)];
            String doc = switch (i % DOCUMENT_KINDS) {
                case 0 -> base.substring(0, random.nextInt(base.length()));
                case 1 -> flipBytes(base, random, 1 + random.nextInt(4));
                case 2 -> "{ " + "calls(first: 1) { edges { node { mentions { article { calls { ".repeat(
                        5 + random.nextInt(60)) + "id" + " } } } } }".repeat(5 + random.nextInt(60)) + " }";
                case 3 -> "{ " + "a" + random.nextInt(1000) + ": calls(first: 100) { totalCount } ".repeat(
                        1 + random.nextInt(400)) + "}";
                case 4 -> "{ calls { nope" + random.nextInt(100) + " edges { node { unknownField } } } }";
                case 5 -> "{".repeat(random.nextInt(5000)) + "}".repeat(random.nextInt(5000));
                case 6 -> randomString(random, random.nextInt(2000));
                default -> base;
            };
            Object variables = switch (random.nextInt(6)) {
                case 0 -> Map.of("id", random.nextInt());
                case 1 -> Map.of("input", List.of(1, 2, 3));
                case 2 -> Map.of("input", Map.of("text", random.nextBoolean(), "publishedOn", "x"));
                case 3 -> "not an object";
                case 4 -> Map.of("id", "QXJ0aWNsZTox" + random.nextInt());
                default -> null;
            };
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("query", doc);
            if (variables != null) {
                body.put("variables", variables);
            }
            send("document " + i, JSON.writeValueAsString(body));
            documents++;
        }

        // raw bodies that are not even JSON, or JSON of the wrong shape
        String[] rawBodies = {"", "{", "null", "[]", "\"query\"", "{\"query\":null}", "{\"query\":42}",
                "{\"query\":\"{ calls { totalCount } }\",\"variables\":[1]}", "{\"query\":\"" + "\\u0000".repeat(100)
                + "\"}", new String(randomBytes(random, 3000), StandardCharsets.ISO_8859_1)};
        for (String raw : rawBodies) {
            send("raw body", raw);
        }

        // bodies over the 8 MB request limit: refused before they are buffered, with and without a Content-Length
        String huge = "{\"query\":\"" + "x".repeat(9 * 1024 * 1024) + "\"}";
        HttpResponse<String> sized = send("9 MB body", huge);
        assertThat(sized.statusCode()).isEqualTo(413);
        assertThat(sized.body()).contains("BAD_REQUEST", "8388608 bytes");
        HttpResponse<String> chunked = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(graphqlUrl()))
                .header("Content-Type", "application/json").POST(java.net.http.HttpRequest.BodyPublishers.ofInputStream(
                        () -> new java.io.ByteArrayInputStream(huge.getBytes(StandardCharsets.UTF_8)))).build(),
                HttpResponse.BodyHandlers.ofString());
        check("9 MB chunked body", chunked);
        assertThat(chunked.statusCode()).isBetween(400, 499);

        // hostile article texts through ingestArticle; the large ones sized by the scale
        List<String> texts = new ArrayList<>();
        texts.add("Biden" + "x".repeat(scaled(900_000)));
        texts.add("\"".repeat(scaled(50_000)) + " Blinken said \"\"\"\" \u201c\u201c\u201c nested \u2018 ' \"".repeat(scaled(2000)));
        texts.add("\u201c".repeat(20_000) + "Kuleba said" + "\u201d".repeat(3));
        StringBuilder nested = new StringBuilder();
        for (int d = 0; d < 3000; d++) {
            nested.append(d % 2 == 0 ? "\u201cHe said " : "'she said ");
        }
        texts.add(nested.toString());
        StringBuilder lines = new StringBuilder();
        for (int l = 0; l < scaled(10_000); l++) {
            lines.append("Line ").append(l).append(": Macron spoke with Scholz by phone on Monday.\n");
        }
        texts.add(lines.toString());
        texts.add("\n".repeat(200_000));
        texts.add("word ".repeat(250_000)); // over the 1 MB limit
        texts.add("\ud800\udc00\ud800" + "\u0000".repeat(1000) + "x");
        for (String text : texts) {
            sendText(text);
        }
        // random bytes as text, as many as the budget allows
        int randomTexts = 0;
        for (int i = 0; i < RANDOM_TEXTS && (i < 1 || System.nanoTime() - start < BUDGET_NANOS); i++) {
            sendText(new String(randomBytes(random, 1 + random.nextInt(20_000)), StandardCharsets.UTF_8));
            randomTexts++;
        }

        assertThat(failures).as("5xx, stack traces or internal errors among %d requests", sent).isEmpty();
        JsonNode alive = graphql("{ calls(first: 1) { totalCount } }", null, null);
        assertThat(alive.has("errors")).as(alive.toString()).isFalse();
        assertThat(get("/actuator/health/liveness").statusCode()).isEqualTo(200);

        long heapAfter = heapAfterGc();
        took.sort(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()));
        System.out.printf("Fuzz: %d requests in %d s (%d of %d documents, %d raw bodies, %d hostile texts, %d of %d "
                        + "random texts, scale %s), statuses %s, slowest %s, heap after GC %d MB before, %d MB after%n",
                sent, (System.nanoTime() - start) / 1_000_000_000, documents, DOCUMENTS, rawBodies.length,
                texts.size(), randomTexts, RANDOM_TEXTS, SCALE, statuses, took.subList(0, Math.min(3, took.size())),
                heapBefore >> 20, heapAfter >> 20);
        assertThat(heapAfter - heapBefore).as("heap growth after GC, bytes").isLessThan(MAX_HEAP_GROWTH);
    }

    private static int scaled(int full) {
        return Math.max(1, (int) Math.round(full * SCALE));
    }

    private void sendText(String text) throws Exception {
        Map<String, Object> body = Map.of("query", VALID[4], "variables", Map.of("input", Map.of("text", text)));
        send("hostile text of " + text.length() + " chars", JSON.writeValueAsString(body));
    }

    private HttpResponse<String> send(String what, String body) throws Exception {
        long t0 = System.nanoTime();
        HttpResponse<String> response = postRaw(body, KEY);
        took.add(Map.entry(what, (System.nanoTime() - t0) / 1_000_000));
        check(what, response);
        return response;
    }

    private void check(String what, HttpResponse<String> response) {
        sent++;
        statuses.merge(response.statusCode(), 1, Integer::sum);
        String body = response.body();
        // an unexpected exception is answered 200 with an INTERNAL_ERROR classification: a server fault all the same
        if (response.statusCode() >= 500 || body.contains("\tat ") || body.contains("at dev.readout.")
                || body.contains("INTERNAL_ERROR")) {
            failures.add(what + ": " + response.statusCode() + " " + abbreviate(body));
        }
    }

    private static String flipBytes(String s, Random random, int flips) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < flips; i++) {
            b[random.nextInt(b.length)] ^= (byte) (1 << random.nextInt(8));
        }
        return new String(b, StandardCharsets.UTF_8);
    }

    private static String randomString(Random random, int length) {
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            sb.append((char) random.nextInt(0x3000));
        }
        return sb.toString();
    }

    private static byte[] randomBytes(Random random, int n) {
        byte[] b = new byte[n];
        random.nextBytes(b);
        return b;
    }

    private static long heapAfterGc() throws InterruptedException {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
        }
        return memory.getHeapMemoryUsage().getUsed();
    }
}
