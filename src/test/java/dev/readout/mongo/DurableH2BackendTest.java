package dev.readout.mongo;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An acknowledged write must be on disk before the reply: the store file, copied the instant after the driver got its
 * acknowledgements (as a hard kill would leave it, with no clean close and no background commit), holds the data.
 */
class DurableH2BackendTest {

    @Test
    void everyAcknowledgedWriteIsInTheStoreFileBeforeTheReply(@TempDir Path dir) throws Exception {
        Path snapshot = dir.resolve("snapshot");
        Files.createDirectories(snapshot);
        EmbeddedMongo mongo = EmbeddedMongo.start(dir.resolve("data").toString());
        try (MongoClient client = MongoClients.create(mongo.connectionString("readout"))) {
            MongoCollection<Document> articles = client.getDatabase("readout").getCollection("articles");
            for (int i = 0; i < 3; i++) {
                articles.insertOne(new Document("n", i));
            }
            articles.updateOne(new Document("n", 0), new Document("$set", new Document("updated", true)));
            articles.deleteOne(new Document("n", 2));
            // the state on disk right now, without closing anything
            Files.copy(dir.resolve("data").resolve(EmbeddedMongo.STORE_FILE), snapshot.resolve("copy.mv.db"));
        } finally {
            mongo.close();
        }

        MongoServer reopened = new MongoServer(new H2Backend(snapshot.resolve("copy.mv.db").toString()));
        try (MongoClient client = MongoClients.create("mongodb://" + hostPort(reopened.bind()))) {
            MongoCollection<Document> articles = client.getDatabase("readout").getCollection("articles");
            assertThat(articles.countDocuments()).isEqualTo(2);
            assertThat(articles.find(new Document("n", 0)).first()).containsEntry("updated", true);
            assertThat(articles.find(new Document("n", 2)).first()).isNull();
        } finally {
            reopened.shutdownNow();
        }
    }

    private static String hostPort(java.net.InetSocketAddress a) {
        return a.getHostString() + ":" + a.getPort();
    }
}
