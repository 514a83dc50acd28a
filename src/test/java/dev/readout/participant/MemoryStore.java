package dev.readout.participant;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import dev.readout.ingest.Resolver;
import dev.readout.mongo.EmbeddedMongo;
import dev.readout.mongo.MongoConfiguration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

import java.util.List;

/** An in-memory embedded store and its resolver for resolver tests: one per test class, emptied before each test. */
final class MemoryStore implements AutoCloseable {

    /** Every collection the resolver writes. */
    private static final List<String> COLLECTIONS = List.of("participants", "calls", "statements", Sighting.COLLECTION,
            "callReports", "statementReports", ParticipantMerge.COLLECTION);

    private final EmbeddedMongo server;
    private final MongoClient client;
    final MongoTemplate mongo;
    /** The resolver over this store. */
    final Resolver resolver;

    MemoryStore() {
        server = EmbeddedMongo.start(EmbeddedMongo.MEMORY);
        client = MongoClients.create(server.connectionString(MongoConfiguration.DATABASE));
        mongo = MongoConfiguration.standaloneTemplate(client, MongoConfiguration.DATABASE);
        resolver = Resolver.on(mongo);
    }

    void empty() {
        for (String c : COLLECTIONS) {
            mongo.remove(new Query(), c);
        }
    }

    @Override
    public void close() {
        client.close();
        server.close();
    }
}
