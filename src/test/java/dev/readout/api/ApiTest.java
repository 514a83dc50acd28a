package dev.readout.api;

import dev.readout.SampleFacts;
import dev.readout.article.Article;
import dev.readout.ingest.IngestService;
import dev.readout.ingest.Resolver;
import dev.readout.ingest.StartupTasks;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One running application for all API tests over HTTP (Spring's context cache reuses it across test classes): the
 * embedded MongoDB in memory with the sample corpus loaded, plus the gold facts of two samples stored through the
 * real Resolver, so queries have calls and statements whatever the extraction engine finds on this branch.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "readout.embedded.storage=memory",
        "readout.samples.enabled=true",
        "readout.api-key=" + ApiTest.API_KEY,
        "readout.cors.allowed-origins=https://app.example.org,http://localhost:*",
        // the participant cache's time bound (for other instances' writes) is ParticipantCacheTest's; here a slow
        // machine must not turn cached participants into extra MongoDB commands, and a test's own writes must show
        // without it (this instance's writes drop the cache at once)
        "readout.cache.participants.max-staleness=1h",
        // the same for kept answers (ResponseStoreTest checks the time bound): every API test that writes and then
        // reads checks that this instance's writes show at once
        "readout.cache.responses.max-staleness=1h"})
@Import(MongoCommandCounter.class)
public abstract class ApiTest {

    public static final String API_KEY = "test-key";
    protected static final JsonMapper JSON = JsonMapper.builder().build();
    protected static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private static volatile boolean factsStored;

    @LocalServerPort
    protected int port;
    @Autowired
    protected MongoTemplate mongo;
    @Autowired
    StartupTasks startup;
    @Autowired
    IngestService ingest;
    @Autowired
    Resolver resolver;

    @BeforeEach
    void sampleCorpusWithGoldFacts() throws InterruptedException {
        if (factsStored) {
            return;
        }
        synchronized (ApiTest.class) {
            if (factsStored) {
                return;
            }
            startup.await();
            store(SampleFacts.BLINKEN_TRUSS, SampleFacts.blinkenTruss(), LocalDate.of(2022, 2, 24));
            store(SampleFacts.BLINKEN_LAVROV, SampleFacts.blinkenLavrov(), LocalDate.of(2022, 2, 1));
            factsStored = true;
        }
    }

    private void store(String sample, dev.readout.extraction.Extraction facts, LocalDate published) {
        // the sample is stored already: ingesting its text again returns it
        Article article = ingest.ingest(new IngestService.IngestRequest(SampleFacts.text(sample), null, null, null,
                null)).article();
        resolver.resolve(article.id(), facts, published);
    }

    protected URI graphql() {
        return URI.create("http://localhost:" + port + "/graphql");
    }

    /** POSTs a GraphQL request and returns the whole JSON answer. */
    protected JsonNode post(String query, Map<String, Object> variables) {
        return post(query, variables, null, Map.of());
    }

    protected JsonNode post(String query, Map<String, Object> variables, Map<String, Object> extensions,
                            Map<String, String> headers) {
        Map<String, Object> body = new LinkedHashMap<>();
        if (query != null) {
            body.put("query", query);
        }
        if (variables != null && !variables.isEmpty()) {
            body.put("variables", variables);
        }
        if (extensions != null) {
            body.put("extensions", extensions);
        }
        HttpResponse<String> response = send(HttpRequest.newBuilder(graphql())
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .headers(flatten(headers))
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    /** POSTs and asserts the answer has no errors; returns {@code data}. */
    protected JsonNode data(String query, Map<String, Object> variables) {
        JsonNode answer = post(query, variables);
        assertThat(answer.path("errors").isMissingNode() || answer.path("errors").isEmpty())
                .as("errors in %s", answer).isTrue();
        return answer.path("data");
    }

    /** The first error of an answer that must have one. */
    protected JsonNode firstError(JsonNode answer) {
        assertThat(answer.path("errors").isArray() && !answer.path("errors").isEmpty()).as("an error in %s", answer)
                .isTrue();
        return answer.path("errors").get(0);
    }

    protected HttpResponse<String> get(String query, Map<String, Object> variables, Map<String, Object> extensions,
                                       Map<String, String> headers) {
        StringBuilder url = new StringBuilder(graphql().toString()).append("?");
        if (query != null) {
            url.append("query=").append(encode(query)).append("&");
        }
        if (variables != null) {
            url.append("variables=").append(encode(JSON.writeValueAsString(variables))).append("&");
        }
        if (extensions != null) {
            url.append("extensions=").append(encode(JSON.writeValueAsString(extensions))).append("&");
        }
        return send(HttpRequest.newBuilder(URI.create(url.toString())).headers(flatten(headers)).GET());
    }

    protected static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    protected static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.timeout(Duration.ofSeconds(120)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String[] flatten(Map<String, String> headers) {
        if (headers == null || headers.isEmpty()) {
            return new String[]{"X-Readout-Test", "1"};
        }
        return headers.entrySet().stream().flatMap(e -> List.of(e.getKey(), e.getValue()).stream())
                .toArray(String[]::new);
    }
}
