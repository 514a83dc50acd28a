package dev.readout.api;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Automatic persisted queries in Apollo's protocol over POST and GET, and HTTP caching of GET answers, as a mobile
 * client uses them.
 */
class PersistedQueriesTest extends ApiTest {

    static String sha256(String s) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    }

    static Map<String, Object> apq(String hash) {
        return Map.of("persistedQuery", Map.of("version", 1, "sha256Hash", hash));
    }

    /** A query no other test registered (the store lives as long as the application). */
    static String freshQuery() {
        return "query Fresh" + UUID.randomUUID().toString().replace("-", "") + " { calls(first: 2) { totalCount "
                + "edges { node { id date participants { name } } } } }";
    }

    @Test
    void unknownHashThenRegisterThenHashAloneOverPostAndGet() throws Exception {
        String query = freshQuery();
        String hash = sha256(query);

        JsonNode unknown = post(null, null, apq(hash), Map.of());
        JsonNode notFound = firstError(unknown);
        assertThat(notFound.path("message").asString()).isEqualTo("PersistedQueryNotFound");
        assertThat(notFound.path("extensions").path("code").asString()).isEqualTo("PERSISTED_QUERY_NOT_FOUND");
        assertThat(notFound.path("extensions").path("classification").asString()).isEqualTo("PersistedQueryNotFound");

        JsonNode registered = post(query, null, apq(hash), Map.of());
        assertThat(registered.path("errors").isMissingNode()).as(registered.toString()).isTrue();

        JsonNode byHash = post(null, null, apq(hash), Map.of());
        assertThat(byHash.path("errors").isMissingNode()).as(byHash.toString()).isTrue();
        assertThat(byHash.path("data")).isEqualTo(registered.path("data"));

        HttpResponse<String> get = get(null, null, apq(hash), Map.of());
        assertThat(get.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(get.body()).path("data")).isEqualTo(registered.path("data"));
        assertThat(get.headers().firstValue("Cache-Control")).hasValue("public, max-age=60");
        String etag = get.headers().firstValue("ETag").orElseThrow();
        // weak: one answer, plain or gzipped (see GraphQlGetHandler)
        assertThat(etag).startsWith("W/\"").endsWith("\"");

        HttpResponse<String> again = get(null, null, apq(hash), Map.of("If-None-Match", etag));
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        assertThat(again.headers().firstValue("ETag")).hasValue(etag);

        HttpResponse<String> stale = get(null, null, apq(hash), Map.of("If-None-Match", "\"something-else\""));
        assertThat(stale.statusCode()).isEqualTo(200);
    }

    @Test
    void unknownHashOverGetIsNotFoundAndNotCached() throws Exception {
        HttpResponse<String> get = get(null, null, apq(sha256(freshQuery())), Map.of());
        assertThat(get.statusCode()).isEqualTo(200);
        assertThat(firstError(JSON.readTree(get.body())).path("message").asString()).isEqualTo("PersistedQueryNotFound");
        assertThat(get.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(get.headers().firstValue("ETag")).isEmpty();
    }

    @Test
    void aHashThatDoesNotMatchTheQueryIsABadRequest() throws Exception {
        JsonNode answer = post(freshQuery(), null, apq(sha256("something else")), Map.of());
        JsonNode error = firstError(answer);
        assertThat(error.path("extensions").path("classification").asString()).isEqualTo("BAD_REQUEST");
        assertThat(error.path("message").asString()).contains("sha256Hash does not match");
        assertThat(answer.path("data").isMissingNode() || answer.path("data").isNull()).isTrue();

        // also when the hash is registered for another query: the other query must not run
        String registered = freshQuery();
        post(registered, null, apq(sha256(registered)), Map.of());
        JsonNode mismatch = post("{ participants(first: 1) { totalCount } }", null, apq(sha256(registered)), Map.of());
        assertThat(firstError(mismatch).path("extensions").path("classification").asString()).isEqualTo("BAD_REQUEST");
        assertThat(mismatch.path("data").isMissingNode() || mismatch.path("data").isNull()).isTrue();
    }

    @Test
    void queryTextOverGetWithVariablesIsCacheable() {
        HttpResponse<String> get = get("query Recent($n: Int) { calls(first: $n) { totalCount edges { node { id } } } }",
                Map.of("n", 2), null, Map.of());
        assertThat(get.statusCode()).isEqualTo(200);
        JsonNode body = JSON.readTree(get.body());
        assertThat(body.path("errors").isMissingNode()).as(get.body()).isTrue();
        assertThat(body.path("data").path("calls").path("edges").size()).isLessThanOrEqualTo(2);
        assertThat(get.headers().firstValue("ETag")).isPresent();
    }

    @Test
    void mutationsAreNeverExecutedOverGet() throws Exception {
        long articles = mongo.getCollection("articles").countDocuments();
        String mutation = "mutation { ingestArticle(input: {text: \"Over GET " + UUID.randomUUID()
                + " nobody spoke to anyone.\"}) { created } }";

        HttpResponse<String> byText = get(mutation, null, null, Map.of("X-API-Key", API_KEY));
        assertThat(byText.statusCode()).isEqualTo(405);
        assertThat(byText.headers().firstValue("Allow").orElse("")).contains("POST");
        assertThat(firstError(JSON.readTree(byText.body())).path("message").asString()).contains("POST");

        // registered over POST (without the key: refused, but the document is stored), then asked for by hash over GET
        String hash = sha256(mutation);
        post(mutation, null, apq(hash), Map.of());
        HttpResponse<String> byHash = get(null, null, apq(hash), Map.of("X-API-Key", API_KEY));
        assertThat(byHash.statusCode()).isEqualTo(405);

        assertThat(mongo.getCollection("articles").countDocuments()).isEqualTo(articles);
    }

    @Test
    void aGetWithoutQueryOrHashSaysWhatToSend() {
        HttpResponse<String> get = get(null, null, null, Map.of());
        assertThat(get.statusCode()).isEqualTo(400);
        assertThat(firstError(JSON.readTree(get.body())).path("message").asString()).contains("'query'");
        HttpResponse<String> badJson = send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(graphql() + "?query=" + encode("{ calls { totalCount } }") + "&variables=%7Bnope")).GET());
        assertThat(badJson.statusCode()).isEqualTo(400);
        assertThat(badJson.body()).contains("variables");
    }
}
