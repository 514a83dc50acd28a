package dev.readout.robust;

import dev.readout.article.Article;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

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
 * Eight identical ingests at once over HTTP, three rounds, texts differing only in whitespace: one article each
 * round, one {@code created: true}, every answer the same id, and no error.
 */
class ConcurrentIngestHttpTest extends RobustnessContext {

    @Test
    void concurrentIdenticalIngestsGiveOneArticle() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            for (int round = 0; round < 3; round++) {
                String base = "Brussels, March 8, 2022: Michel spoke with Zelensky, concurrency round " + round + ".";
                CountDownLatch go = new CountDownLatch(1);
                List<Future<JsonNode>> answers = new ArrayList<>();
                for (int i = 0; i < 8; i++) {
                    String text = i % 2 == 0 ? base : "  " + base.replace(" ", "  ") + "\n";
                    answers.add(pool.submit((Callable<JsonNode>) () -> {
                        go.await();
                        return graphql(IngestValidationHttpTest.INGEST, Map.of("input", Map.of("text", text)), KEY);
                    }));
                }
                go.countDown();
                int created = 0;
                Set<String> ids = new HashSet<>();
                for (Future<JsonNode> f : answers) {
                    JsonNode r = f.get();
                    assertThat(r.has("errors")).as(r.toString()).isFalse();
                    JsonNode p = r.path("data").path("ingestArticle");
                    created += p.path("created").asBoolean() ? 1 : 0;
                    ids.add(p.path("article").path("id").asString());
                }
                assertThat(created).as("created:true answers in round %d", round).isEqualTo(1);
                assertThat(ids).hasSize(1);
                // stored as first received: single or doubled spaces
                String marker = "round " + round + ".";
                assertThat(mongo.findAll(Article.class).stream()
                        .filter(a -> a.text().replaceAll("\\s+", " ").contains("concurrency " + marker)).count())
                        .isEqualTo(1);
            }
        } finally {
            pool.shutdown();
        }
    }
}
