package dev.readout.call;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import dev.readout.mongo.EmbeddedMongo;
import dev.readout.mongo.MongoConfiguration;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Call reports stored before a field was added still read: the store is not migrated when the model grows. */
class StoredCallReportCompatibilityTest {

    @Test
    void aReportStoredBeforeFirstContactsWereReadIsNotAFirst() {
        try (EmbeddedMongo server = EmbeddedMongo.start(EmbeddedMongo.MEMORY);
             MongoClient client = MongoClients.create(server.connectionString(MongoConfiguration.DATABASE))) {
            MongoTemplate mongo = MongoConfiguration.standaloneTemplate(client, MongoConfiguration.DATABASE);
            // the shape written before the "first" field existed
            mongo.getCollection(StoredCallReport.COLLECTION).insertOne(new Document("_id", "a1#0").append("articleId", "a1")
                    .append("index", 0).append("participantRefs", List.of("s1", "s2")).append("participantIds", List.of("p1", "p2"))
                    .append("participantKey", "p1,p2").append("medium", "PHONE").append("status", "HELD")
                    .append("precision", "UNKNOWN").append("callId", "c1"));
            StoredCallReport r = mongo.findById("a1#0", StoredCallReport.class);
            assertThat(r).isNotNull();
            assertThat(r.first()).isFalse();
            assertThat(r.report().first()).isFalse();
            assertThat(r.medium()).isEqualTo(CallMedium.PHONE);
        }
    }
}
