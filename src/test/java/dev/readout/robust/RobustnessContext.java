package dev.readout.robust;

import de.bwaldvogel.mongo.MongoServer;
import dev.readout.mongo.DurableH2Backend;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One Spring context shared by the robustness tests (same configuration, so Spring's test context cache starts it
 * once per JVM): the whole service on a random port, talking to a MongoDB the test owns (mongo-java-server with the
 * durable H2 backend under a temporary directory) as if through {@code MONGODB_URI}, so a test can stop the database
 * and bring it back on the same port with the same data.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"readout.samples.enabled=false", "readout.api-key=" + RobustnessContext.KEY,
                "readout.models.preload=false"})
public abstract class RobustnessContext {

    public static final String KEY = "robust-key-7f3a9c51e2";

    protected static final JsonMapper JSON = JsonMapper.builder().build();

    private static MongoServer mongoServer;
    private static Path store;
    private static int mongoPort;

    @Autowired
    protected MongoTemplate mongo;
    @LocalServerPort
    protected int port;

    protected final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    @DynamicPropertySource
    static void mongoUri(DynamicPropertyRegistry registry) {
        startMongo();
        registry.add("spring.mongodb.uri", () -> "mongodb://127.0.0.1:" + mongoPort + "/readout");
    }

    static synchronized void startMongo() {
        if (mongoServer != null) {
            return;
        }
        try {
            if (store == null) {
                store = Files.createTempDirectory("readout-robust");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        MongoServer server = new MongoServer(new DurableH2Backend(store.resolve("readout.mv.db").toString()));
        server.bind("127.0.0.1", mongoPort);
        mongoPort = server.getLocalAddress().getPort();
        mongoServer = server;
    }

    /** Stops the database as a crash would: open connections are cut. */
    static synchronized void stopMongo() {
        if (mongoServer != null) {
            mongoServer.shutdownNow();
            mongoServer = null;
        }
    }

    protected String graphqlUrl() {
        return "http://localhost:" + port + "/graphql";
    }

    protected HttpResponse<String> postRaw(String body, String key) throws Exception {
        // generous: once real extraction is merged, the fuzz test's 10,000-line article is extracted in the request
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(graphqlUrl()))
                .timeout(Duration.ofSeconds(Long.getLong("readout.test.request-timeout-s", 300)))
                .header("Content-Type", "application/json")
                .header("Accept", "application/graphql-response+json, application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (key != null) {
            b.header("X-API-Key", key);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Sends a GraphQL request; the HTTP status must not be 5xx. Returns the response body as JSON. */
    protected JsonNode graphql(String document, Map<String, ?> variables, String key) throws Exception {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("query", document);
        if (variables != null) {
            body.put("variables", variables);
        }
        HttpResponse<String> response = postRaw(JSON.writeValueAsString(body), key);
        assertThat(response.statusCode()).as("HTTP status for %s", abbreviate(document)).isLessThan(500);
        return JSON.readTree(response.body());
    }

    protected HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The first error's classification ({@code extensions.classification}). */
    protected static String classification(JsonNode response) {
        return response.path("errors").path(0).path("extensions").path("classification").asString();
    }

    protected static String message(JsonNode response) {
        return response.path("errors").path(0).path("message").asString();
    }

    /** Documents per collection, to prove a refused request wrote nothing. */
    protected Map<String, Long> collectionCounts() {
        Map<String, Long> counts = new TreeMap<>();
        for (String name : mongo.getCollectionNames()) {
            counts.put(name, mongo.getCollection(name).countDocuments());
        }
        return counts;
    }

    /** No stack trace, exception class or internal package reaches the client. */
    protected static void assertNoInternals(String body) {
        assertThat(body).doesNotContain("\tat ", "at dev.readout.", "at java.", "at org.", "Exception:",
                "stackTrace", "StackTrace");
    }

    static String abbreviate(String s) {
        return s == null || s.length() <= 200 ? s : s.substring(0, 200) + "...";
    }
}
