package dev.readout;

import dev.readout.article.Article;
import dev.readout.ingest.StartupTasks;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole service over HTTP, as a newcomer meets it: embedded MongoDB in memory, the sample corpus loaded in the
 * background, GraphiQL served, mutations only with the API key.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"readout.embedded.storage=memory", "readout.api-key=http-test-key"})
@AutoConfigureHttpGraphQlTester
class ReadoutHttpTest {

    private static final String INGEST = """
            mutation Ingest($input: IngestArticleInput!) {
              ingestArticle(input: $input) { created article { id publishedOn url } }
            }""";

    @Autowired
    HttpGraphQlTester graphQl;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    StartupTasks startup;
    @LocalServerPort
    int port;

    @Test
    void ingestWithTheKeyOnceThenNodeLooksItUpAndWithoutTheKeyNothingIsWritten() throws Exception {
        startup.await();
        assertThat(mongo.count(new Query(), Article.class)).as("the sample corpus").isEqualTo(5);

        Map<String, Object> input = Map.of("text", "Washington [US], March 3, 2022 (ANI): Blinken spoke with Kuleba.",
                "url", "https://example.org/http-test");

        graphQl.document(INGEST).variable("input", input).execute()
                .errors().expect(e -> "UNAUTHORIZED".equals(e.getErrorType().toString())).verify()
                .path("ingestArticle").pathDoesNotExist();
        graphQl.mutate().header("X-API-Key", "not-the-key").build()
                .document(INGEST).variable("input", input).execute()
                .errors().expect(e -> "UNAUTHORIZED".equals(e.getErrorType().toString()));
        assertThat(mongo.count(new Query(), Article.class)).isEqualTo(5);

        HttpGraphQlTester withKey = graphQl.mutate().header("X-API-Key", "http-test-key").build();
        String id = withKey.document(INGEST).variable("input", input).execute()
                .path("ingestArticle.created").entity(Boolean.class).isEqualTo(true)
                .path("ingestArticle.article.publishedOn").entity(String.class).isEqualTo("2022-03-03")
                .path("ingestArticle.article.id").entity(String.class).get();
        graphQl.mutate().header("Authorization", "Bearer http-test-key").build()
                .document(INGEST).variable("input", input).execute()
                .path("ingestArticle.created").entity(Boolean.class).isEqualTo(false)
                .path("ingestArticle.article.id").entity(String.class).isEqualTo(id);
        assertThat(mongo.count(new Query(), Article.class)).isEqualTo(6);

        graphQl.document("query($id: ID!) { node(id: $id) { __typename id ... on Article { url text } } }")
                .variable("id", id).execute()
                .path("node.__typename").entity(String.class).isEqualTo("Article")
                .path("node.id").entity(String.class).isEqualTo(id)
                .path("node.url").entity(String.class).isEqualTo("https://example.org/http-test");
    }

    @Test
    void graphiqlAndHealthAreServed() throws Exception {
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();
        HttpResponse<String> graphiql = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/graphiql")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(graphiql.statusCode()).isEqualTo(200);
        assertThat(graphiql.body()).containsIgnoringCase("graphiql");

        HttpResponse<String> health = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"");

        // the store group shows its details; this test's store is in memory, so there is no file to report
        HttpResponse<String> store = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health/store")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(store.statusCode()).isEqualTo(200);
        assertThat(store.body()).contains("\"status\":\"UNKNOWN\"").contains("in memory");
    }
}
