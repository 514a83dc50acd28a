package dev.readout.mongo;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A query whose answer is larger than one wire message (48 MB) comes back in batches, as from MongoDB, whatever the
 * caller asked: the embedded server by itself puts every match of a find without a batch size in its first reply, which
 * the driver then refuses (a million calls' participant lists, a busy participant's calls in a large store).
 */
class LargeCursorTest {

    @Test
    void aFindLargerThanOneMessageIsAnsweredInBatches(@TempDir Path dir) {
        try (EmbeddedMongo server = EmbeddedMongo.start(dir.toString());
             MongoClient client = MongoClients.create(server.connectionString("t"))) {
            MongoCollection<Document> big = client.getDatabase("t").getCollection("big");
            String text = "x".repeat(20_000);
            List<Document> batch = new ArrayList<>();
            for (int i = 0; i < 3_000; i++) {
                batch.add(new Document("_id", i).append("text", text));
                if (batch.size() == 500) {
                    big.insertMany(batch);
                    batch.clear();
                }
            }
            long seen = 0;
            for (Document d : big.find()) {
                assertThat(d.getString("text")).hasSize(20_000);
                seen++;
            }
            assertThat(seen).isEqualTo(3_000);
        }
    }
}
