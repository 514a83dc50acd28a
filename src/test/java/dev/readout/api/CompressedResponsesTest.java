package dev.readout.api;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * GraphQL answers are gzipped on the wire when the client accepts it (server.compression in application.yml), over
 * POST and over the persisted-query GET, and ETag revalidation still answers 304. The client is
 * {@link java.net.http.HttpClient}, which never decompresses by itself: the test reads the raw bytes and decodes them.
 */
class CompressedResponsesTest extends ApiTest {

    /** A first page of 20 calls with participants, roles and mentions: several KB on the sample corpus. */
    static final String PAGE = "query Page { calls(first: 20) { totalCount pageInfo { hasNextPage endCursor } edges { "
            + "node { id date medium status participants { id name kind country roles { title organization } } "
            + "mentions { sentence start end article { id title publishedOn } } } } } }";

    @Test
    void postAnswersAreGzippedAndDecodeToTheSameJson() throws Exception {
        for (String accept : List.of("application/json", "application/graphql-response+json")) {
            HttpResponse<byte[]> plain = postRaw(PAGE, Map.of("Accept", accept));
            HttpResponse<byte[]> gzipped = postRaw(PAGE, Map.of("Accept", accept, "Accept-Encoding", "gzip"));

            assertThat(plain.statusCode()).isEqualTo(200);
            assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
            // the page must be above the threshold (1 KB), else this test would prove nothing
            assertThat(plain.body().length).isGreaterThan(2048);
            JsonNode expected = JSON.readTree(plain.body());
            assertThat(expected.path("errors").isMissingNode()).as(expected.toString()).isTrue();

            assertThat(gzipped.statusCode()).isEqualTo(200);
            assertThat(gzipped.headers().firstValue("Content-Type").orElse("")).startsWith(accept);
            assertThat(gzipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
            assertThat(varyNames(gzipped)).containsOnlyOnce("accept-encoding");
            assertThat(gzipped.body()).startsWith((byte) 0x1f, (byte) 0x8b);
            assertThat(gzipped.body().length).isLessThan(plain.body().length / 2);
            assertThat(JSON.readTree(gunzip(gzipped.body()))).isEqualTo(expected);
        }
    }

    @Test
    void persistedQueryGetAnswersAreGzippedAndStillRevalidateWith304() throws Exception {
        String query = PAGE.replace("query Page", "query Page" + Long.toHexString(System.nanoTime()));
        String hash = PersistedQueriesTest.sha256(query);
        Map<String, Object> ext = PersistedQueriesTest.apq(hash);
        JsonNode registered = post(query, null, ext, Map.of());
        assertThat(registered.path("errors").isMissingNode()).as(registered.toString()).isTrue();

        HttpResponse<byte[]> plain = getRaw(ext, Map.of());
        HttpResponse<byte[]> gzipped = getRaw(ext, Map.of("Accept-Encoding", "gzip"));

        assertThat(plain.statusCode()).isEqualTo(200);
        assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(gzipped.statusCode()).isEqualTo(200);
        assertThat(gzipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(gzipped.body()).startsWith((byte) 0x1f, (byte) 0x8b);
        byte[] decoded = gunzip(gzipped.body());
        assertThat(JSON.readTree(decoded)).isEqualTo(JSON.readTree(plain.body()));
        assertThat(JSON.readTree(decoded).path("data")).isEqualTo(registered.path("data"));
        assertThat(varyNames(gzipped)).containsOnlyOnce("accept-encoding").contains("accept");
        assertThat(varyNames(plain)).containsOnlyOnce("accept-encoding");
        assertThat(gzipped.headers().firstValue("Cache-Control")).hasValue("public, max-age=60");

        // one tag for the JSON, whichever encoding carried it: compression neither drops nor changes it
        String etag = gzipped.headers().firstValue("ETag").orElseThrow();
        assertThat(plain.headers().firstValue("ETag")).hasValue(etag);

        HttpResponse<byte[]> revalidated = getRaw(ext, Map.of("Accept-Encoding", "gzip", "If-None-Match", etag));
        assertThat(revalidated.statusCode()).isEqualTo(304);
        assertThat(revalidated.body()).isEmpty();
        assertThat(revalidated.headers().firstValue("ETag")).hasValue(etag);
        assertThat(revalidated.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(varyNames(revalidated)).contains("accept-encoding");

        // a client that cached the plain answer revalidates against the gzip one's tag and back
        assertThat(getRaw(ext, Map.of("If-None-Match", etag)).statusCode()).isEqualTo(304);
        // a tag the server never gave is not a match: the whole (compressed) answer again
        HttpResponse<byte[]> stale = getRaw(ext, Map.of("Accept-Encoding", "gzip", "If-None-Match", "W/\"other\""));
        assertThat(stale.statusCode()).isEqualTo(200);
        assertThat(gunzip(stale.body())).isEqualTo(decoded);
    }

    @Test
    void tinyAnswersBelowTheThresholdAreSentAsTheyAre() throws Exception {
        HttpResponse<byte[]> post = postRaw("{ __typename }", Map.of("Accept-Encoding", "gzip"));
        assertThat(post.statusCode()).isEqualTo(200);
        assertThat(post.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(JSON.readTree(post.body()).path("data").path("__typename").asString()).isEqualTo("Query");

        String query = "query Tiny" + Long.toHexString(System.nanoTime()) + " { __typename }";
        Map<String, Object> ext = PersistedQueriesTest.apq(PersistedQueriesTest.sha256(query));
        post(query, null, ext, Map.of());
        HttpResponse<byte[]> get = getRaw(ext, Map.of("Accept-Encoding", "gzip"));
        assertThat(get.statusCode()).isEqualTo(200);
        assertThat(get.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(JSON.readTree(get.body()).path("data").path("__typename").asString()).isEqualTo("Query");
        assertThat(get.headers().firstValue("ETag")).isPresent();
    }

    @Test
    void clientsThatRefuseGzipGetPlainAnswers() throws Exception {
        HttpResponse<byte[]> refused = postRaw(PAGE, Map.of("Accept-Encoding", "gzip;q=0, identity"));
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(JSON.readTree(refused.body()).path("data").path("calls").path("edges").size()).isPositive();
    }

    private HttpResponse<byte[]> postRaw(String query, Map<String, String> headers) throws Exception {
        Map<String, String> h = new LinkedHashMap<>(Map.of("Content-Type", "application/json"));
        h.putIfAbsent("Accept", "application/json");
        h.putAll(headers);
        HttpRequest.Builder request = HttpRequest.newBuilder(graphql())
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("query", query))));
        h.forEach(request::header);
        return raw(request);
    }

    private HttpResponse<byte[]> getRaw(Map<String, Object> extensions, Map<String, String> headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(graphql() + "?extensions="
                + encode(JSON.writeValueAsString(extensions)))).GET();
        headers.forEach(request::header);
        return raw(request);
    }

    private static HttpResponse<byte[]> raw(HttpRequest.Builder request) throws Exception {
        // java.net.http sends no Accept-Encoding of its own and hands over the bytes as they came
        return HTTP.send(request.timeout(java.time.Duration.ofSeconds(120)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    /** The field names of every Vary header, lower case, in order (duplicates kept, so a test can count them). */
    private static List<String> varyNames(HttpResponse<?> response) {
        return response.headers().allValues("Vary").stream().flatMap(v -> Arrays.stream(v.split(",")))
                .map(s -> s.trim().toLowerCase(Locale.ROOT)).filter(s -> !s.isEmpty()).toList();
    }

    static byte[] gunzip(byte[] body) throws IOException {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return in.readAllBytes();
        }
    }
}
