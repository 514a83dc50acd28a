package dev.readout.mongo;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The {@code store} health group's details come from the open store file; without one the status is UNKNOWN. */
class EmbeddedStoreHealthIndicatorTest {

    @Test
    void reportsTheFileSizeLiveEstimateAndFillRates(@TempDir Path dir) throws Exception {
        EmbeddedMongo mongo = EmbeddedMongo.start(dir.toString());
        try (MongoClient client = MongoClients.create(mongo.connectionString("readout"))) {
            client.getDatabase("readout").getCollection("articles").insertOne(new Document("text", "x".repeat(5000)));
            Health health = indicator(mongo).health();
            assertThat(health.getStatus()).isEqualTo(Status.UP);
            assertThat(health.getDetails()).containsEntry("fileBytes", Files.size(dir.resolve(EmbeddedMongo.STORE_FILE)))
                    .containsKeys("liveBytesEstimate", "fileToLive", "fillRatePercent", "chunksFillRatePercent",
                            "chunks", "compactionSteps", "longestCompactionStepMillis");
            assertThat((Long) health.getDetails().get("liveBytesEstimate")).isPositive()
                    .isLessThanOrEqualTo(Files.size(dir.resolve(EmbeddedMongo.STORE_FILE)));
        } finally {
            mongo.close();
        }
    }

    @Test
    void unknownWithoutAStoreFile() {
        assertThat(new EmbeddedStoreHealthIndicator(new StaticListableBeanFactory().getBeanProvider(EmbeddedMongo.class))
                .health().getStatus()).isEqualTo(Status.UNKNOWN);
        EmbeddedMongo memory = EmbeddedMongo.start(EmbeddedMongo.MEMORY);
        try {
            assertThat(indicator(memory).health().getStatus()).isEqualTo(Status.UNKNOWN);
        } finally {
            memory.close();
        }
    }

    private static EmbeddedStoreHealthIndicator indicator(EmbeddedMongo mongo) {
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        beans.addBean("embeddedMongo", mongo);
        return new EmbeddedStoreHealthIndicator(beans.getBeanProvider(EmbeddedMongo.class));
    }
}
