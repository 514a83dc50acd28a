package dev.readout.robust;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Through the real extractor and resolver: eight ingests run at once through {@code ingestArticle} over HTTP: the three dev articles of cluster B (d04, d05,
 * d06: Biden and Putin's video call of 7 December 2021) and five variants of them, each with a different first line
 * so that its content hash differs. They must give one call with all eight articles among its mentions, and one
 * participant record each for Biden and for Putin.
 */
class ClusterBConcurrencyTest extends RobustnessContext {

    private static final String INGEST = "mutation($input: IngestArticleInput!) { ingestArticle(input: $input) "
            + "{ created article { id } } }";

    private static Path corpus() {
        for (Path p : List.of(Path.of(System.getProperty("readout.corpus", "../shared/corpus")),
                Path.of("/work/shared/corpus"))) {
            if (Files.isDirectory(p.resolve("dev/articles"))) {
                return p.resolve("dev/articles");
            }
        }
        throw new IllegalStateException("dev corpus not found: pass -Dreadout.corpus=DIR");
    }

    @Test
    void eightParallelIngestsOfOneCallGiveOneCallWithEveryMentionAndOneRecordPerParticipant() throws Exception {
        Path dir = corpus();
        // publication dates from the dev corpus index; the variants' first line would hide the date header
        List<Map<String, Object>> inputs = new ArrayList<>();
        // d06, the third report of this call, is a machine-garbled text ("Russian President Vladimir V. Talks with
        // Putin") from which the extraction cannot tell Putin's office; its quality is the corpus tests' business,
        // this test is about parallel ingests of reports that do carry the call
        String[][] articles = {{"d04.txt", "2021-12-07"}, {"d05.txt", "2021-12-07"}};
        for (int i = 0; i < 8; i++) {
            String[] a = articles[i % 2];
            String text = Files.readString(dir.resolve(a[0]));
            if (i >= 2) {
                text = "Republished by mirror site number " + i + ".\n\n" + text;
            }
            inputs.add(Map.of("text", text, "publishedOn", a[1], "url", "https://mirror" + i + ".example.org/b"));
        }

        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<JsonNode>> results = new ArrayList<>();
        for (Map<String, Object> input : inputs) {
            results.add(pool.submit((Callable<JsonNode>) () -> {
                go.await();
                return graphql(INGEST, Map.of("input", input), KEY);
            }));
        }
        go.countDown();
        Set<String> articleIds = new HashSet<>();
        for (Future<JsonNode> f : results) {
            JsonNode r = f.get();
            assertThat(r.has("errors")).as(r.toString()).isFalse();
            articleIds.add(r.path("data").path("ingestArticle").path("article").path("id").asString());
        }
        pool.shutdown();
        assertThat(articleIds).hasSize(8);

        JsonNode calls = graphql("""
                { calls(filter: {participantName: "Putin", from: "2021-12-06", to: "2021-12-09"}, first: 100) {
                    totalCount edges { node { id date medium participants { id name } mentions { article { id } } } }
                } }""", null, null);
        assertThat(calls.has("errors")).as(calls.toString()).isFalse();
        JsonNode edges = calls.path("data").path("calls").path("edges");
        assertThat(edges.size()).as("calls of Putin on 2021-12-07: %s", calls).isEqualTo(1);
        JsonNode call = edges.path(0).path("node");
        assertThat(call.path("date").asString()).isEqualTo("2021-12-07");
        Set<String> mentioned = new HashSet<>();
        call.path("mentions").forEach(m -> mentioned.add(m.path("article").path("id").asString()));
        assertThat(mentioned).as("articles among the call's mentions").containsAll(articleIds);
        List<String> names = new ArrayList<>();
        call.path("participants").forEach(p -> names.add(p.path("name").asString()));
        assertThat(names).as(call.toString()).hasSize(2)
                .anyMatch(n -> n.contains("Biden")).anyMatch(n -> n.contains("Putin"));

        for (String name : new String[]{"Biden", "Putin"}) {
            JsonNode people = graphql("query($n: String) { participants(filter: {name: $n}, first: 100) { totalCount "
                    + "edges { node { id name } } } }", Map.of("n", name), null);
            assertThat(people.path("data").path("participants").path("totalCount").asInt())
                    .as("participant records for %s: %s", name, people).isEqualTo(1);
        }
    }
}
