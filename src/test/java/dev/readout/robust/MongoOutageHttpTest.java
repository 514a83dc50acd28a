package dev.readout.robust;

import dev.readout.graphql.ReadoutExceptionResolver;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpResponse;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * MongoDB goes away: requests fail within seconds (short driver timeouts) with a clear INTERNAL_ERROR message and no
 * stack trace, readiness turns DOWN while liveness stays UP, and when MongoDB is back on the same port the service
 * answers again by itself, with what it had stored.
 */
class MongoOutageHttpTest extends RobustnessContext {

    private static final String ARTICLE = "query($id: ID!) { article(id: $id) { id text } }";

    @Test
    void failsFastWhileMongoIsDownAndRecoversByItself() throws Exception {
        JsonNode stored = graphql(IngestValidationHttpTest.INGEST, Map.of("input", Map.of(
                "text", "Ankara, March 5, 2022: Erdogan spoke with Putin before the outage test.")), KEY);
        String id = stored.path("data").path("ingestArticle").path("article").path("id").asString();
        assertThat(id).as(stored.toString()).isNotBlank();
        HttpResponse<String> ready = get("/actuator/health/readiness");
        assertThat(ready.statusCode()).isEqualTo(200);
        assertThat(ready.body()).contains("\"mongo\"", "\"languageModels\"", "\"readinessState\"");
        assertThat(get("/actuator/health/liveness").body()).contains("livenessState").doesNotContain("mongo");

        stopMongo();
        try {
            for (int i = 0; i < 3; i++) {
                long t0 = System.nanoTime();
                JsonNode read = graphql(ARTICLE, Map.of("id", id), null);
                JsonNode write = graphql(IngestValidationHttpTest.INGEST, Map.of("input", Map.of(
                        "text", "Written while MongoDB is down " + i)), KEY);
                long ms = (System.nanoTime() - t0) / 1_000_000;
                for (JsonNode r : new JsonNode[]{read, write}) {
                    assertThat(classification(r)).as(r.toString()).isEqualTo("INTERNAL_ERROR");
                    assertThat(message(r)).isEqualTo(ReadoutExceptionResolver.STORAGE_UNAVAILABLE);
                    assertNoInternals(r.toString());
                }
                assertThat(ms).as("a read and a write while MongoDB is down, in ms").isLessThan(15_000);
            }
            HttpResponse<String> readiness = get("/actuator/health/readiness");
            assertThat(readiness.statusCode()).isEqualTo(503);
            assertThat(readiness.body()).contains("\"status\":\"DOWN\"");
            assertThat(get("/actuator/health/liveness").statusCode()).isEqualTo(200);
        } finally {
            startMongo();
        }

        long deadline = System.nanoTime() + 60_000_000_000L;
        JsonNode back;
        do {
            Thread.sleep(500);
            back = graphql(ARTICLE, Map.of("id", id), null);
        } while (back.has("errors") && System.nanoTime() < deadline);
        assertThat(back.has("errors")).as(back.toString()).isFalse();
        assertThat(back.path("data").path("article").path("id").asString()).isEqualTo(id);
        JsonNode write = graphql(IngestValidationHttpTest.INGEST, Map.of("input", Map.of(
                "text", "Written after MongoDB came back.")), KEY);
        assertThat(write.path("data").path("ingestArticle").path("created").asBoolean()).as(write.toString()).isTrue();
        assertThat(get("/actuator/health/readiness").statusCode()).isEqualTo(200);
    }
}
