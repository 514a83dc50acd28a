package dev.readout.ingest;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code POST /ingest}: one result line per input line, bad lines reported and skipped, the API key required. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"readout.embedded.storage=memory", "readout.samples.enabled=false", "readout.api-key=test-key"})
class BulkIngestControllerTest {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    private HttpResponse<String> post(String body, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/ingest"))
                .POST(HttpRequest.BodyPublishers.ofString(body)).header("Content-Type", "application/x-ndjson");
        if (headers.length > 0) {
            b.headers(headers);
        }
        return HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String article(String marker) {
        return "Foreign Minister Example spoke with his counterpart about the weather and " + marker + ".";
    }

    @Test
    void streamsOneResultPerLineAndABadLineDoesNotStopTheRest() throws Exception {
        String a = article(UUID.randomUUID().toString());
        String c = article(UUID.randomUUID().toString());
        String body = String.join("\n",
                JSON.writeValueAsString(java.util.Map.of("text", a, "url", "https://example.org/" + UUID.randomUUID(),
                        "title", "A", "source", "Bulk", "publishedOn", "2022-03-01")),
                "",
                JSON.writeValueAsString(java.util.Map.of("text", "  " + a + "  ")),
                "this is not json",
                "{\"body\": \"the wrong field\"}",
                "{\"text\": \"   \"}",
                "{\"text\": \"" + article("bad date") + "\", \"publishedOn\": \"2022-02-30\"}",
                "{\"text\": \"" + c + "\"}") + "\n";
        HttpResponse<String> r = post(body, "X-API-Key", "test-key");

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(v ->
                assertThat(v).startsWith("application/x-ndjson"));
        List<JsonNode> lines = new ArrayList<>();
        r.body().lines().forEach(l -> lines.add(JSON.readTree(l)));
        assertThat(lines).extracting(l -> l.get("line").asInt()).containsExactly(1, 3, 4, 5, 6, 7, 8);
        assertThat(lines).extracting(l -> l.get("status").asString())
                .containsExactly("created", "duplicate", "error", "error", "error", "error", "created");
        assertThat(lines.get(1).get("id").asString()).isEqualTo(lines.get(0).get("id").asString());
        assertThat(lines.get(2).get("error").asString()).contains("IngestArticleInput");
        assertThat(lines.get(3).get("error").asString()).contains("body");
        assertThat(lines.get(4).get("error").asString()).contains("text");
        assertThat(lines.get(5).get("error").asString()).contains("publishedOn").contains("YYYY-MM-DD");
        assertThat(lines.get(6).has("error")).isFalse();
        // the date each article is stored with: the line's publishedOn, none for an undated text
        assertThat(lines.get(0).get("publishedOn").asString()).isEqualTo("2022-03-01");
        assertThat(lines.get(1).get("publishedOn").asString()).isEqualTo("2022-03-01");
        assertThat(lines.get(6).has("publishedOn")).isFalse();
    }

    @Test
    void needsTheApiKey() throws Exception {
        String line = "{\"text\": \"" + article(UUID.randomUUID().toString()) + "\"}\n";
        HttpResponse<String> none = post(line);
        assertThat(none.statusCode()).isEqualTo(401);
        assertThat(JSON.readTree(none.body()).get("error").asString()).contains("X-API-Key");
        assertThat(post(line, "X-API-Key", "wrong").statusCode()).isEqualTo(401);
        assertThat(post(line, "Authorization", "Bearer test-key").statusCode()).isEqualTo(200);
    }
}
