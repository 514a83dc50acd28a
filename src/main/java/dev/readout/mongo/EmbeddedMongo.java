package dev.readout.mongo;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The in-process MongoDB: mongo-java-server on 127.0.0.1 at a free port, with the durable H2 backend storing
 * under a directory, or in memory when the storage is {@code memory}.
 */
public final class EmbeddedMongo implements AutoCloseable {

    public static final String MEMORY = "memory";
    static final String STORE_FILE = "readout.mv.db";

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMongo.class);

    private final MongoServer server;
    private final InetSocketAddress address;
    private final String storage;

    private EmbeddedMongo(MongoServer server, InetSocketAddress address, String storage) {
        this.server = server;
        this.address = address;
        this.storage = storage;
    }

    /** Starts the server on a free port; {@code storage} is a directory or {@code memory}. */
    public static EmbeddedMongo start(String storage) {
        return start(storage, 0);
    }

    /**
     * Starts the server on {@code port} of 127.0.0.1 (0: any free port); {@code storage} is a directory or
     * {@code memory}. Another Readout process can share the store through {@code MONGODB_URI=mongodb://127.0.0.1:port}.
     */
    public static EmbeddedMongo start(String storage, int port) {
        MongoBackend backend;
        if (MEMORY.equalsIgnoreCase(storage)) {
            backend = new MemoryBackend();
        } else {
            Path dir = Path.of(storage);
            try {
                Files.createDirectories(dir);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot create the embedded MongoDB directory " + dir.toAbsolutePath()
                        + "; set readout.embedded.storage to a writable directory or to 'memory'", e);
            }
            backend = new DurableH2Backend(dir.resolve(STORE_FILE).toString());
        }
        MongoServer server = new MongoServer(backend);
        server.bind("127.0.0.1", port);
        InetSocketAddress address = server.getLocalAddress();
        log.info("Embedded MongoDB listening on {}:{} ({})", address.getHostString(), address.getPort(),
                MEMORY.equalsIgnoreCase(storage) ? "in memory" : "files under " + Path.of(storage).toAbsolutePath());
        return new EmbeddedMongo(server, address, storage);
    }

    public String connectionString(String database) {
        return "mongodb://" + address.getHostString() + ":" + address.getPort() + "/" + database;
    }

    public String storage() {
        return storage;
    }

    @Override
    public void close() {
        server.shutdownNow();
    }
}
