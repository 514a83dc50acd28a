package dev.readout.api;

import dev.readout.SampleFacts;
import dev.readout.call.Call;
import dev.readout.call.CallMedium;
import dev.readout.call.CallStatus;
import dev.readout.call.DatePrecision;
import dev.readout.graphql.ResponseCaching;
import dev.readout.participant.Participant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kept answers of read-only queries: served byte for byte as computed, without a MongoDB command; never kept for
 * mutations, introspection or errors; kept apart by variables and API key; and never stale after a write of this
 * instance (here through the template, as resolution and merges write).
 */
class ResponseCachingTest extends ApiTest {

    private static final String CALLS = """
            query Calls($name: String, $n: Int) {
              calls(filter: {participantName: $name}, first: $n) {
                totalCount edges { node { id date medium participants { name country roles { title } } } } } }""";

    @Autowired
    ResponseCaching answers;

    private HttpResponse<String> raw(String query, Map<String, Object> variables, Map<String, String> headers) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("query", query);
        body.put("variables", variables);
        HttpRequest.Builder request = HttpRequest.newBuilder(graphql()).header("Content-Type", "application/json")
                .header("Accept", "application/graphql-response+json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        headers.forEach(request::header);
        HttpResponse<String> response = send(request);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response;
    }

    private List<String> commands(Runnable request) {
        MongoCommandCounter.COMMANDS.clear();
        request.run();
        return List.copyOf(MongoCommandCounter.COMMANDS);
    }

    @Test
    void anAnswerAskedForAgainIsTheSameBytesAndCostsNoCommand() {
        Map<String, Object> vars = Map.of("name", "blinken", "n", 20);
        answers.clear();
        String[] bodies = new String[2];
        assertThat(commands(() -> bodies[0] = raw(CALLS, vars, Map.of()).body())).isNotEmpty();
        HttpResponse<String>[] again = new HttpResponse[1];
        assertThat(commands(() -> again[0] = raw(CALLS, vars, Map.of()))).isEmpty();
        assertThat(again[0].body()).isEqualTo(bodies[0]);
        assertThat(again[0].headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/graphql-response+json"));
        assertThat(JSON.readTree(bodies[0]).path("data").path("calls").path("totalCount").asInt()).isPositive();

        // the same operation written differently shares the entry; over GET too, with the same ETag as computed
        String respaced = CALLS.replace("\n", "\n\n  ").replace(" {", "{") + " # a comment";
        assertThat(commands(() -> bodies[1] = raw(respaced, vars, Map.of()).body())).isEmpty();
        assertThat(bodies[1]).isEqualTo(bodies[0]);
        HttpResponse<String> get = get(CALLS, vars, null, Map.of());
        answers.clear();
        HttpResponse<String> computedGet = get(CALLS, vars, null, Map.of());
        assertThat(get.body()).isEqualTo(computedGet.body());
        assertThat(get.headers().firstValue("ETag")).isEqualTo(computedGet.headers().firstValue("ETag")).isPresent();
    }

    @Test
    void aPersistedQueryIsKeptByItsHash() throws Exception {
        String query = "{ calls(first: 4) { totalCount edges { node { id participants { name } } } } }";
        String hash = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(query.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        Map<String, Object> extensions = Map.of("persistedQuery", Map.of("version", 1, "sha256Hash", hash));
        answers.clear();
        JsonNode registered = post(query, Map.of(), extensions, Map.of());
        JsonNode[] byHash = new JsonNode[2];
        assertThat(commands(() -> byHash[0] = post(null, Map.of(), extensions, Map.of()))).isNotEmpty();
        assertThat(commands(() -> byHash[1] = post(null, Map.of(), extensions, Map.of()))).isEmpty();
        assertThat(byHash[0].path("data")).isEqualTo(registered.path("data"));
        assertThat(byHash[1]).isEqualTo(byHash[0]);
    }

    @Test
    void variablesAndTheApiKeyKeepAnswersApart() {
        answers.clear();
        JsonNode two = JSON.readTree(raw(CALLS, Map.of("n", 2), Map.of()).body());
        JsonNode three = JSON.readTree(raw(CALLS, Map.of("n", 3), Map.of()).body());
        assertThat(two.path("data").path("calls").path("edges").size()).isEqualTo(2);
        assertThat(three.path("data").path("calls").path("edges").size()).isEqualTo(3);
        assertThat(JSON.readTree(raw(CALLS, Map.of("name", "lavrov", "n", 3), Map.of()).body()))
                .isNotEqualTo(three);

        assertThat(commands(() -> raw(CALLS, Map.of("n", 2), Map.of("X-API-Key", API_KEY))))
                .as("an answer kept for a request without the key is not served to one with it").isNotEmpty();
        assertThat(commands(() -> raw(CALLS, Map.of("n", 2), Map.of("Authorization", "Bearer " + API_KEY))))
                .as("the same key either way").isEmpty();
        assertThat(commands(() -> raw(CALLS, Map.of("n", 2), Map.of("X-API-Key", "not-the-key"))))
                .as("a wrong key is no key").isEmpty();
    }

    @Test
    void aWriteInThisInstanceShowsAtOnce() {
        Map<String, Object> vars = Map.of("name", "lavrov", "n", 50);
        int before = JSON.readTree(raw(CALLS, vars, Map.of()).body()).path("data").path("calls").path("totalCount")
                .asInt();
        raw(CALLS, vars, Map.of()); // kept now
        Participant lavrov = mongo.findOne(Query.query(Criteria.where("name").regex("Lavrov$")), Participant.class);
        assertThat(lavrov).as("the sample store's Lavrov").isNotNull();
        Call added = mongo.insert(new Call(null, List.of(lavrov.id()), lavrov.id(), LocalDate.of(1999, 1, 1),
                DatePrecision.DAY, null, CallMedium.PHONE, CallStatus.HELD, List.of(), null));
        try {
            int after = JSON.readTree(raw(CALLS, vars, Map.of()).body()).path("data").path("calls")
                    .path("totalCount").asInt();
            assertThat(after).isEqualTo(before + 1);
        } finally {
            mongo.remove(Query.query(Criteria.where("_id").is(added.id())), Call.class);
        }
        assertThat(JSON.readTree(raw(CALLS, vars, Map.of()).body()).path("data").path("calls").path("totalCount")
                .asInt()).isEqualTo(before);
    }

    @Test
    void mutationsIntrospectionAndErrorsAreNeverKept() {
        answers.clear();
        String ingest = """
                mutation($input: IngestArticleInput!) { ingestArticle(input: $input) { created article { id } } }""";
        Map<String, Object> input = Map.of("input", Map.of("text", SampleFacts.text(SampleFacts.BLINKEN_LAVROV)));
        for (int i = 0; i < 2; i++) {
            List<String> sent = commands(() -> assertThat(JSON.readTree(raw(ingest, input,
                    Map.of("X-API-Key", API_KEY)).body()).path("data").path("ingestArticle").path("created")
                    .asBoolean()).isFalse());
            assertThat(sent).as("the mutation runs every time").anyMatch(c -> c.endsWith(" articles"));
        }

        String typename = "{ __typename }";
        raw(typename, Map.of(), Map.of());
        assertThat(answers.size()).as("answered without reading anything: not kept").isZero();
        raw("{ __schema { queryType { name } } }", Map.of(), Map.of());
        raw("query { calls(first: 1000) { totalCount } }", Map.of(), Map.of()); // an error: over 100 a page
        assertThat(answers.size()).isZero();
    }
}
