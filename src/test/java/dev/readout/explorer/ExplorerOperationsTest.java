package dev.readout.explorer;

import dev.readout.api.ApiTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The explorer's named operations (explorer-ui/src/operations, bundled into the page with their hashes) run as the
 * page runs them: persisted queries over GET, registered once over POST, then answered by hash with HTTP caching.
 */
class ExplorerOperationsTest extends ApiTest {

    static final Path OPERATIONS = Path.of("explorer-ui/src/operations");

    static Map<String, String> operations() throws Exception {
        Map<String, String> ops = new TreeMap<>();
        try (Stream<Path> files = Files.list(OPERATIONS)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".graphql")).toList()) {
                ops.put(f.getFileName().toString().replace(".graphql", ""), Files.readString(f));
            }
        }
        return ops;
    }

    static String sha256(String s) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void everyOperationRunsAsAPersistedQueryOverGet() throws Exception {
        JsonNode some = data("""
                { calls(first: 1, filter: {participantName: "Blinken"}) { edges { node { id participants { id } } } }
                  statements(first: 1) { edges { node { id } } } }""", Map.of());
        JsonNode call = some.path("calls").path("edges").get(0).path("node");
        String person = call.path("participants").get(0).path("id").asString();
        String other = call.path("participants").get(1).path("id").asString();
        Map<String, Map<String, Object>> variables = Map.of(
                "ExplorerTimeline", Map.of("granularity", "MONTH", "filter", Map.of()),
                "ExplorerNetwork", Map.of("filter", Map.of("medium", List.of("PHONE", "VIDEO")), "first", 250,
                        "maxEdges", 1000),
                "ExplorerSuggest", Map.of("name", "blinken"),
                "ExplorerPerson", Map.of("id", person),
                "ExplorerPairCalls", Map.of("filter", Map.of("participantIds", List.of(person, other))),
                "ExplorerCall", Map.of("id", call.path("id").asString()),
                "ExplorerStatement", Map.of("id", some.path("statements").path("edges").get(0).path("node").path("id")
                        .asString()));
        Map<String, String> ops = operations();
        assertThat(ops.keySet()).containsExactlyInAnyOrderElementsOf(variables.keySet());
        for (var op : ops.entrySet()) {
            String name = op.getKey();
            assertThat(op.getValue()).as(name).containsPattern("query " + name + "\\b");
            Map<String, Object> ext = Map.of("persistedQuery", Map.of("version", 1, "sha256Hash", sha256(op.getValue())));
            JsonNode registered = post(op.getValue(), variables.get(name), ext, Map.of());
            assertThat(registered.path("errors").isMissingNode()).as("%s: %s", name, registered).isTrue();
            HttpResponse<String> byHash = get(null, variables.get(name), ext, Map.of());
            assertThat(byHash.statusCode()).as(name).isEqualTo(200);
            JsonNode answer = JSON.readTree(byHash.body());
            assertThat(answer.path("errors").isMissingNode()).as("%s: %s", name, answer).isTrue();
            assertThat(answer.path("data")).as(name).isEqualTo(registered.path("data"));
            assertThat(byHash.headers().firstValue("Cache-Control")).as(name).hasValue("public, max-age=60");
        }
    }

    @Test
    void theSearchBoxIgnoresAccentsAndCase() {
        JsonNode plain = data("{ participants(filter: {name: \"zelensk\"}, first: 5) { edges { node { name } } } }",
                Map.of());
        JsonNode accented = data("{ participants(filter: {name: \"ZÉLENSK\"}, first: 5) { edges { node { name } } } }",
                Map.of());
        assertThat(plain.path("participants").path("edges").size()).isPositive();
        assertThat(accented).isEqualTo(plain);
    }
}
