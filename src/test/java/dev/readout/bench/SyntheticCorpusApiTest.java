package dev.readout.bench;

import dev.readout.call.Call;
import dev.readout.graphql.GlobalId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API reads a synthetic store as it reads extracted data: the benchmark's typical mobile query (calls of one
 * participant, 20 a page, with participants and roles) answers the busiest participant's newest calls, and the total
 * agrees with the store.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "readout.embedded.storage=memory", "readout.samples.enabled=false", "readout.models.preload=false"})
class SyntheticCorpusApiTest {

    @LocalServerPort
    int port;
    @Autowired
    MongoTemplate mongo;

    @Test
    void theMobileQueryPagesTheBusiestParticipantsCallsNewestFirst() throws Exception {
        SyntheticCorpus.generate(mongo, 3_000, 5, n -> { });
        String busiest = mongo.findAll(Call.class).stream().flatMap(c -> c.participantIds().stream())
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()))
                .entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        List<Call> expected = new ArrayList<>(mongo.find(Query.query(Criteria.where("participantIds").is(busiest)),
                Call.class));
        expected.sort(Comparator.comparing(Call::date).thenComparing(Call::id).reversed());

        String query = """
                query($id: ID!) { calls(filter: {participantIds: [$id]}, first: 20) {
                  totalCount
                  edges { node { id date medium status
                    participants { id name kind country roles { title organization country } } } }
                  pageInfo { hasNextPage endCursor } } }""";
        String body = JsonMapper.builder().build().writeValueAsString(Map.of("query", query,
                "variables", Map.of("id", GlobalId.of("Participant", busiest))));
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/graphql")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode calls = JsonMapper.builder().build().readTree(response.body()).path("data").path("calls");

        assertThat(calls.path("totalCount").asInt()).as(response.body()).isEqualTo(expected.size());
        List<String> dates = new ArrayList<>();
        calls.path("edges").forEach(e -> dates.add(e.path("node").path("date").asString()));
        assertThat(dates).isEqualTo(expected.subList(0, 20).stream().map(c -> c.date().toString()).toList());
        JsonNode first = calls.path("edges").get(0).path("node");
        assertThat(first.path("participants").size()).isBetween(2, 3);
        assertThat(first.path("participants").findValuesAsString("name")).doesNotContainNull();
        assertThat(calls.path("pageInfo").path("hasNextPage").asBoolean()).isTrue();
    }
}
