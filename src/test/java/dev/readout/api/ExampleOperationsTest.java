package dev.readout.api;

import dev.readout.graphql.GraphiqlController;
import dev.readout.graphql.GraphiqlController.ExampleOperation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs every named operation in graphql/operations over HTTP against the sample corpus, with the variables file
 * beside it (NAME.json) and the API key, exactly as GraphiQL offers them; any error in an answer fails.
 */
class ExampleOperationsTest extends ApiTest {

    static Stream<ExampleOperation> operations() {
        return GraphiqlController.loadExamples().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("operations")
    void runsWithoutErrors(ExampleOperation operation) {
        Map<String, Object> variables = new java.util.HashMap<>(operation.variables() == null ? Map.of()
                : JSON.readValue(operation.variables(), Map.class));
        if (operation.document().contains("$id: ID!") && !variables.containsKey("id")) {
            // operations on one object by id: give them a real one, as a user pastes one from another query
            variables.put("id", operation.document().contains("article(id:") ? anId("Article") : anId("Call"));
        }
        // the merge examples act on two real participants, and leave the shared store as they found it
        List<String> two = twoPeople();
        if (operation.document().contains("MergeParticipantsInput")) {
            variables.put("input", Map.of("participantId", two.get(0), "otherParticipantId", two.get(1),
                    "note", "example operation test"));
        }
        String mergeToUndo = null;
        if (operation.document().contains("UndoParticipantMergeInput")) {
            variables.put("input", Map.of("mergeId", merge(two)));
        }
        JsonNode answer = post(operation.document(), variables, null, Map.of("X-API-Key", API_KEY));

        assertThat(answer.path("errors").isMissingNode()).as("%s answered %s", operation.name(), answer).isTrue();
        assertThat(answer.path("data").isObject()).as(answer.toString()).isTrue();
        assertThat(answer.path("data").properties()).isNotEmpty();
        if (operation.document().contains("MergeParticipantsInput")) {
            undo(answer.path("data").path("mergeParticipants").path("merge").path("id").asString());
        }
    }

    /** Two persons of the sample corpus known by a full name (capitalised words, not "a senior official"). */
    private List<String> twoPeople() {
        List<String> ids = new java.util.ArrayList<>();
        data("{ participants(first: 100) { edges { node { id kind name } } } }", Map.of()).path("participants")
                .path("edges").forEach(e -> {
                    JsonNode n = e.path("node");
                    if (n.path("kind").asString().equals("PERSON")
                            && n.path("name").asString().matches("\\p{Lu}\\S+( \\p{Lu}\\S+)+")) {
                        ids.add(n.path("id").asString());
                    }
                });
        assertThat(ids).hasSizeGreaterThanOrEqualTo(2);
        return ids.subList(0, 2);
    }

    private String merge(List<String> two) {
        JsonNode answer = post("mutation($i: MergeParticipantsInput!) { mergeParticipants(input: $i) { merge { id } } }",
                Map.of("i", Map.of("participantId", two.get(0), "otherParticipantId", two.get(1))), null,
                Map.of("X-API-Key", API_KEY));
        assertThat(answer.path("errors").isMissingNode()).as(answer.toString()).isTrue();
        return answer.path("data").path("mergeParticipants").path("merge").path("id").asString();
    }

    private void undo(String mergeId) {
        JsonNode answer = post("mutation($i: UndoParticipantMergeInput!) { undoParticipantMerge(input: $i) { merge { id } } }",
                Map.of("i", Map.of("mergeId", mergeId)), null, Map.of("X-API-Key", API_KEY));
        assertThat(answer.path("errors").isMissingNode()).as(answer.toString()).isTrue();
    }

    private String anId(String type) {
        JsonNode call = data("{ calls(first: 1) { edges { node { id mentions { article { id } } } } } }", Map.of())
                .path("calls").path("edges").get(0).path("node");
        return type.equals("Article") ? call.path("mentions").get(0).path("article").path("id").asString()
                : call.path("id").asString();
    }

    @Test
    void everyFileInTheFolderIsOnTheClasspathAndRun() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("graphql/operations"))) {
            List<String> names = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".graphql"))
                    .map(n -> n.replaceFirst("\\.graphql$", "")).sorted().toList();
            assertThat(operations().map(ExampleOperation::name).sorted().toList()).isEqualTo(names);
            assertThat(names).contains("RecentCalls", "callsWithParticipants", "participantWithCounterparts",
                    "timeline", "statementsBySpeaker", "ingestArticle", "filteredCalls");
        }
    }

    @Test
    void theRichExamplesFindTheStoredFacts() {
        JsonNode calls = data(operationDocument("callsWithParticipants"),
                Map.of("filter", Map.of("participantName", "blinken"))).path("calls");
        assertThat(calls.path("totalCount").asInt()).isGreaterThanOrEqualTo(3);
        JsonNode profile = data(operationDocument("participantWithCounterparts"), Map.of("name", "Blinken"))
                .path("participants").path("edges").get(0).path("node");
        assertThat(profile.path("counterparts").size()).isGreaterThanOrEqualTo(2);
        assertThat(profile.path("calls").path("totalCount").asInt())
                .isEqualTo(calls.path("totalCount").asInt());
    }

    private static String operationDocument(String name) {
        return operations().filter(o -> o.name().equals(name)).findFirst().orElseThrow().document();
    }
}
