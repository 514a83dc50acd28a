package dev.readout.ingest;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import dev.readout.extraction.ReadoutExtractor;
import dev.readout.mongo.EmbeddedMongo;
import dev.readout.mongo.MongoConfiguration;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The ingest path as the service wires it (the real extractor unless told otherwise, the real resolver) over a fresh
 * in-memory embedded store.
 */
record InMemoryIngest(EmbeddedMongo server, MongoClient client, MongoTemplate mongo, IngestService ingest)
        implements AutoCloseable {

    static InMemoryIngest start() {
        return start(new ReadoutExtractor());
    }

    /** The same over another extractor (for tests of what is stored rather than what is extracted). */
    static InMemoryIngest start(dev.readout.extraction.Extractor extractor) {
        EmbeddedMongo server = EmbeddedMongo.start(EmbeddedMongo.MEMORY);
        MongoClient client = MongoClients.create(server.connectionString(MongoConfiguration.DATABASE));
        MongoTemplate mongo = MongoConfiguration.standaloneTemplate(client, MongoConfiguration.DATABASE);
        IngestService ingest = new IngestService(mongo, extractor, Resolver.on(mongo),
                new IngestArticleValidator(IngestArticleValidator.DEFAULT_MAX_TEXT_BYTES));
        return new InMemoryIngest(server, client, mongo, ingest);
    }

    @Override
    public void close() {
        client.close();
        server.close();
    }
}
