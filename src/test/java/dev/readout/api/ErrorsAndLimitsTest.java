package dev.readout.api;

import org.bson.Document;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Classified, actionable errors; depth and complexity limits; introspection on; no internals leak. */
class ErrorsAndLimitsTest extends ApiTest {

    @Test
    void pageSizesAboveOneHundredAreBadRequests() {
        for (String q : List.of("{ calls(first: 101) { totalCount } }", "{ statements(last: 500) { totalCount } }",
                "{ participants(first: 1000) { totalCount } }")) {
            JsonNode error = firstError(post(q, Map.of()));
            assertThat(error.path("extensions").path("classification").asString()).isEqualTo("BAD_REQUEST");
            assertThat(error.path("message").asString()).contains("at most 100");
        }
    }

    @Test
    void syntaxAndValidationErrorsAreBadRequests() {
        JsonNode unknownField = firstError(post("{ calls { totalCount colour } }", Map.of()));
        assertThat(unknownField.path("extensions").path("classification").asString()).isEqualTo("BAD_REQUEST");
        assertThat(unknownField.path("extensions").path("code").asString()).isEqualTo("ValidationError");
        assertThat(unknownField.path("message").asString()).contains("colour");

        JsonNode syntax = firstError(post("{ calls { totalCount ", Map.of()));
        assertThat(syntax.path("extensions").path("classification").asString()).isEqualTo("BAD_REQUEST");

        JsonNode badDate = firstError(post("query($d: Date) { calls(filter: {from: $d}) { totalCount } }",
                Map.of("d", "2022-13-45")));
        assertThat(badDate.path("extensions").path("classification").asString()).isEqualTo("BAD_REQUEST");

        JsonNode badId = firstError(post("{ article(id: \"nonsense\") { id } }", Map.of()));
        assertThat(badId.path("extensions").path("classification").asString()).isEqualTo("BAD_REQUEST");
        assertThat(badId.path("message").asString()).contains("Malformed id");

        JsonNode badCursor = firstError(post("{ calls(after: \"bm9wZQ\") { totalCount } }", Map.of()));
        assertThat(badCursor.path("message").asString()).contains("Invalid cursor");
    }

    @Test
    void anUnknownParticipantIdInAFilterIsNotFound() {
        String stale = java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString(("Participant:" + new ObjectId().toHexString()).getBytes());
        JsonNode error = firstError(post("query($p: ID!) { calls(filter: {participantIds: [$p]}) { totalCount } }",
                Map.of("p", stale)));
        assertThat(error.path("extensions").path("classification").asString()).isEqualTo("NOT_FOUND");
        assertThat(error.path("message").asString()).contains(stale);
    }

    @Test
    void mutationsWithoutTheKeyAreUnauthorized() {
        JsonNode error = firstError(post("mutation { ingestArticle(input: {text: \"Nobody called.\"}) { created } }",
                Map.of()));
        assertThat(error.path("extensions").path("classification").asString()).isEqualTo("UNAUTHORIZED");
        assertThat(error.path("message").asString()).contains("X-API-Key");
    }

    @Test
    void tooDeepQueriesAreRefusedBeforeRunning() {
        String deep = "{ calls { edges { node { participants { calls { edges { node { participants { calls { edges "
                + "{ node { participants { name } } } } } } } } } } } } }";
        JsonNode error = firstError(post(deep, Map.of()));
        assertThat(error.path("extensions").path("classification").asString()).isEqualTo("BAD_REQUEST");
        assertThat(error.path("message").asString()).contains("levels deep").contains("max-depth");
    }

    @Test
    void tooComplexQueriesAreRefusedBeforeRunning() {
        String wide = "{ calls(first: 100) { edges { node { participants { calls(first: 100) { totalCount "
                + "edges { node { id date } } } } } } } }";
        JsonNode error = firstError(post(wide, Map.of()));
        assertThat(error.path("extensions").path("classification").asString()).isEqualTo("BAD_REQUEST");
        assertThat(error.path("message").asString()).contains("complexity").contains("first/last");
    }

    @Test
    void introspectionStaysOnAndIsNotLimited() {
        JsonNode data = data("{ __schema { queryType { name } types { name fields { name type { name ofType { name "
                + "ofType { name ofType { name ofType { name ofType { name ofType { name } } } } } } } } } } }",
                Map.of());
        assertThat(data.path("__schema").path("queryType").path("name").asString()).isEqualTo("Query");
    }

    @Test
    void anInternalFailureReachesTheClientWithoutItsInternals() {
        // a stored call the code cannot read: an enum value no version of Readout writes
        ObjectId id = new ObjectId();
        mongo.getCollection("calls").insertOne(new Document("_id", id).append("participantIds", List.of())
                .append("medium", "TELEPATHY").append("status", "HELD").append("datePrecision", "UNKNOWN")
                .append("mentions", List.of()));
        try {
            String callId = java.util.Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(("Call:" + id.toHexString()).getBytes());
            JsonNode answer = post("query($id: ID!) { node(id: $id) { id } }", Map.of("id", callId));
            JsonNode error = firstError(answer);
            assertThat(error.path("extensions").path("classification").asString()).isEqualTo("INTERNAL_ERROR");
            assertThat(error.path("message").asString()).contains("reference");
            assertThat(answer.toString()).doesNotContain("TELEPATHY", "Exception", "dev.readout", "at org.",
                    "java.lang");
        } finally {
            mongo.getCollection("calls").deleteOne(new Document("_id", id));
        }
    }

    @Test
    void corsPreflightFromAnAllowedOriginIsAnswered() {
        HttpResponse<String> preflight = send(HttpRequest.newBuilder(graphql())
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "https://app.example.org")
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type, x-api-key"));
        assertThat(preflight.statusCode()).isEqualTo(200);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).hasValue("https://app.example.org");
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Methods").orElse("")).contains("POST");
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Headers").orElse("").toLowerCase())
                .contains("x-api-key");

        HttpResponse<String> get = send(HttpRequest.newBuilder(java.net.URI.create(graphql() + "?query="
                + encode("{ calls(first: 1) { totalCount } }"))).header("Origin", "http://localhost:5173").GET());
        assertThat(get.statusCode()).isEqualTo(200);
        assertThat(get.headers().firstValue("Access-Control-Allow-Origin")).hasValue("http://localhost:5173");
        assertThat(get.headers().firstValue("Access-Control-Expose-Headers").orElse("")).contains("ETag");
    }

    @Test
    void corsPreflightFromAnotherOriginIsRefused() {
        HttpResponse<String> preflight = send(HttpRequest.newBuilder(graphql())
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "https://evil.example.com")
                .header("Access-Control-Request-Method", "POST"));
        assertThat(preflight.statusCode()).isEqualTo(403);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }
}
