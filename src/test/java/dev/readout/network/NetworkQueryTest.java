package dev.readout.network;

import dev.readout.api.ApiTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.URI;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code network} over HTTP on the sample store: the same edges as {@code /export/network.csv} with the same filter,
 * node sizes that are the participants' call counts, the cut to the busiest participants, and the timeline's split by
 * medium and status that the explorer stacks.
 */
class NetworkQueryTest extends ApiTest {

    static final String NETWORK = """
            query($filter: CallFilter, $first: Int) {
              network(filter: $filter, first: $first) {
                totalNodes totalEdges
                nodes { calls participant { id name } }
                edges { calls firstDate lastDate source { id name } target { id name } }
              }
            }""";

    JsonNode network(Map<String, Object> filter, Integer first) {
        Map<String, Object> vars = new java.util.HashMap<>();
        if (filter != null) {
            vars.put("filter", filter);
        }
        if (first != null) {
            vars.put("first", first);
        }
        return data(NETWORK, vars).path("network");
    }

    /** The rows of /export/network.csv for these query parameters, as "source,target,calls,first,last". */
    Set<String> csvEdges(String params) throws Exception {
        HttpResponse<byte[]> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/export/network.csv" + params)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(r.statusCode()).isEqualTo(200);
        Set<String> rows = new TreeSet<>();
        try (MappingIterator<Map<String, String>> it = new CsvMapper().readerFor(Map.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(r.body())) {
            for (Map<String, String> row : it.readAll()) {
                rows.add(row.get("source_id") + "," + row.get("target_id") + "," + row.get("calls") + ","
                        + row.get("first_date") + "," + row.get("last_date"));
            }
        }
        return rows;
    }

    static Set<String> edges(JsonNode network) {
        Set<String> rows = new TreeSet<>();
        for (JsonNode e : network.path("edges")) {
            rows.add(e.path("source").path("id").asString() + "," + e.path("target").path("id").asString() + ","
                    + e.path("calls").asInt() + "," + (e.path("firstDate").isNull() ? "" : e.path("firstDate").asString())
                    + "," + (e.path("lastDate").isNull() ? "" : e.path("lastDate").asString()));
        }
        return rows;
    }

    @Test
    void theNetworkIsTheExportedEdgeListWithTheSameFilter() throws Exception {
        JsonNode all = network(null, null);
        assertThat(all.path("edges").size()).isPositive();
        assertThat(edges(all)).isEqualTo(csvEdges(""));
        assertThat(all.path("totalEdges").asInt()).isEqualTo(all.path("edges").size());

        JsonNode phone = network(Map.of("medium", List.of("PHONE")), null);
        assertThat(edges(phone)).isEqualTo(csvEdges("?medium=PHONE"));
        JsonNode blinken = network(Map.of("participantName", "blinken"), null);
        assertThat(blinken.path("edges").size()).isPositive();
        assertThat(edges(blinken)).isEqualTo(csvEdges("?participantName=blinken"));

        // the nodes are exactly the participants of the edges, each with its number of matching calls
        Set<String> inEdges = new HashSet<>();
        all.path("edges").forEach(e -> {
            inEdges.add(e.path("source").path("id").asString());
            inEdges.add(e.path("target").path("id").asString());
        });
        Set<String> nodes = new HashSet<>();
        for (JsonNode n : all.path("nodes")) {
            String id = n.path("participant").path("id").asString();
            nodes.add(id);
            int calls = data("query($f: CallFilter) { calls(filter: $f, first: 0) { totalCount } }",
                    Map.of("f", Map.of("participantIds", List.of(id)))).path("calls").path("totalCount").asInt();
            assertThat(n.path("calls").asInt()).as(n.toString()).isEqualTo(calls);
        }
        assertThat(nodes).isEqualTo(inEdges);
        assertThat(all.path("totalNodes").asInt()).isEqualTo(nodes.size());
        // an edge's source comes first A to Z, as in the CSV
        for (JsonNode e : all.path("edges")) {
            assertThat(e.path("source").path("name").asString()
                    .compareToIgnoreCase(e.path("target").path("name").asString())).isLessThanOrEqualTo(0);
        }
    }

    @Test
    void firstKeepsTheBusiestParticipantsAndTheEdgesAmongThem() {
        JsonNode all = network(null, null);
        JsonNode two = network(null, 2);
        assertThat(two.path("nodes").size()).isEqualTo(Math.min(2, all.path("nodes").size()));
        assertThat(two.path("totalNodes").asInt()).isEqualTo(all.path("totalNodes").asInt());
        assertThat(two.path("totalEdges").asInt()).isEqualTo(all.path("totalEdges").asInt());
        int busiest = all.path("nodes").get(0).path("calls").asInt();
        for (JsonNode n : all.path("nodes")) {
            assertThat(n.path("calls").asInt()).isLessThanOrEqualTo(busiest);
        }
        Set<String> kept = new HashSet<>();
        two.path("nodes").forEach(n -> kept.add(n.path("participant").path("id").asString()));
        for (JsonNode e : two.path("edges")) {
            assertThat(kept).contains(e.path("source").path("id").asString(), e.path("target").path("id").asString());
        }
        assertThat(network(null, 0).path("nodes").isEmpty()).isTrue();

        // maxEdges keeps the edges with most calls
        JsonNode one = data("{ network(maxEdges: 1) { totalEdges edges { calls } } }", Map.of()).path("network");
        assertThat(one.path("edges").size()).isEqualTo(1);
        assertThat(one.path("totalEdges").asInt()).isEqualTo(all.path("totalEdges").asInt());
        assertThat(one.path("edges").get(0).path("calls").asInt()).isEqualTo(all.path("edges").get(0).path("calls").asInt());
        for (JsonNode e : all.path("edges")) {
            assertThat(e.path("calls").asInt()).isLessThanOrEqualTo(one.path("edges").get(0).path("calls").asInt());
        }
    }

    @Test
    void anOutOfRangeSizeIsABadRequestThatSaysTheRange() {
        for (int first : new int[] {-1, 501}) {
            JsonNode answer = post("query($first: Int) { network(first: $first) { totalNodes } }", Map.of("first", first));
            assertThat(firstError(answer).path("message").asString()).contains("0 to 500");
        }
        JsonNode edges = post("{ network(maxEdges: 5001) { totalEdges } }", Map.of());
        assertThat(firstError(edges).path("message").asString()).contains("0 to 5000");
    }

    @Test
    void timelineCallsSplitByMediumAndByStatusAddUpToTheCalls() {
        JsonNode buckets = data("""
                { timeline(granularity: MONTH) { start calls callsByMedium { medium calls } callsByStatus { status calls } } }""",
                Map.of()).path("timeline");
        assertThat(buckets.size()).isPositive();
        for (JsonNode b : buckets) {
            int media = 0;
            for (JsonNode m : b.path("callsByMedium")) {
                assertThat(m.path("calls").asInt()).isPositive();
                media += m.path("calls").asInt();
            }
            int statuses = 0;
            for (JsonNode s : b.path("callsByStatus")) {
                statuses += s.path("calls").asInt();
            }
            assertThat(media).as(b.toString()).isEqualTo(b.path("calls").asInt());
            assertThat(statuses).as(b.toString()).isEqualTo(b.path("calls").asInt());
        }
        // the split agrees with the medium filter
        int phone = 0;
        for (JsonNode b : buckets) {
            for (JsonNode m : b.path("callsByMedium")) {
                if (m.path("medium").asString().equals("PHONE")) {
                    phone += m.path("calls").asInt();
                }
            }
        }
        int phoneCalls = 0;
        for (JsonNode b : data("{ timeline(granularity: MONTH, filter: {medium: [PHONE]}) { calls } }", Map.of())
                .path("timeline")) {
            phoneCalls += b.path("calls").asInt();
        }
        assertThat(phone).isEqualTo(phoneCalls);
    }
}
