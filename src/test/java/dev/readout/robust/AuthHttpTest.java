package dev.readout.robust;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import tools.jackson.databind.JsonNode;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Mutations need the key: without it, or with a wrong one, UNAUTHORIZED and not one document written in any
 * collection. Neither the real key nor a wrong one reaches the log, even with request logging at DEBUG.
 */
@ExtendWith(OutputCaptureExtension.class)
class AuthHttpTest extends RobustnessContext {

    private static final String INGEST = IngestValidationHttpTest.INGEST;
    private static final String WRONG = "robust-key-7f3a9c51e3";

    @Autowired
    LoggingSystem logging;

    private HttpResponse<String> send(String body, String header, String value) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(graphqlUrl())).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (header != null) {
            b.header(header, value);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void missingOrWrongKeyIsUnauthorizedAndWritesNothingAndNoKeyIsLogged(CapturedOutput output) throws Exception {
        List<String> loggers = List.of("org.springframework.web", "org.springframework.graphql", "dev.readout",
                "org.apache.coyote.http11");
        loggers.forEach(l -> logging.setLogLevel(l, LogLevel.DEBUG));
        try {
            String text = "Kyiv, March 4, 2022: Zelensky spoke with Scholz by phone about the auth test.";
            String body = JSON.writeValueAsString(Map.of("query", INGEST,
                    "variables", Map.of("input", Map.of("text", text, "url", "https://example.org/auth"))));
            // two ingests aliased in one document, and a mutation with bad input: the key is checked first
            String aliased = JSON.writeValueAsString(Map.of("query", "mutation { a: ingestArticle(input: {text: \"A "
                    + "auth\"}) { created } b: ingestArticle(input: {text: \"\", url: \"ftp://x\"}) { created } }"));
            Map<String, Long> before = collectionCounts();

            String[][] refusals = {
                    {null, null},
                    {"X-API-Key", WRONG},
                    {"X-API-Key", ""},
                    {"X-API-Key", KEY.substring(0, KEY.length() - 1)},
                    {"X-API-Key", KEY + "0"},
                    {"X-API-Key", KEY.toUpperCase()},
                    {"Authorization", "Bearer " + WRONG},
                    {"Authorization", "Basic " + KEY},
                    {"Authorization", "Bearer"},
            };
            for (String[] h : refusals) {
                for (String b : new String[]{body, aliased}) {
                    HttpResponse<String> response = send(b, h[0], h[1]);
                    assertThat(response.statusCode()).isLessThan(500);
                    JsonNode r = JSON.readTree(response.body());
                    assertThat(r.path("errors").size()).as(response.body()).isPositive();
                    for (JsonNode e : r.path("errors")) {
                        assertThat(e.path("extensions").path("classification").asString()).as(response.body())
                                .isEqualTo("UNAUTHORIZED");
                    }
                    assertThat(response.body()).doesNotContain(KEY).doesNotContain("\"created\":true");
                }
            }
            assertThat(collectionCounts()).as("nothing written by refused mutations").isEqualTo(before);

            HttpResponse<String> ok = send(body, "X-API-Key", KEY);
            assertThat(ok.body()).contains("\"created\":true");
            HttpResponse<String> bearer = send(body, "Authorization", "Bearer " + KEY);
            assertThat(bearer.body()).contains("\"created\":false");
            assertThat(collectionCounts().get("articles")).isEqualTo(before.getOrDefault("articles", 0L) + 1);

            // reads need no key
            JsonNode read = graphql("{ calls(first: 1) { totalCount } }", null, null);
            assertThat(read.path("errors").isMissingNode()).as(read.toString()).isTrue();
        } finally {
            loggers.forEach(l -> logging.setLogLevel(l, null));
        }
        assertThat(output.getAll()).as("log output during the requests").isNotEmpty()
                .doesNotContain(KEY).doesNotContain(WRONG);
    }
}
