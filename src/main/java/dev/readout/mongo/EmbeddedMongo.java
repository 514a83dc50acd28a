package dev.readout.mongo;

import de.bwaldvogel.mongo.backend.AbstractMongoBackend;
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
    private final DurableH2Backend files;
    private final InProcessFinds finds;

    private EmbeddedMongo(MongoServer server, InetSocketAddress address, String storage, DurableH2Backend files,
                          AbstractMongoBackend backend) {
        this.server = server;
        this.address = address;
        this.storage = storage;
        this.files = files;
        this.finds = new InProcessFinds(backend);
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
        return start(storage, port, CompactionSettings.DEFAULTS);
    }

    /** As {@link #start(String, int)}, with the file store compacted in the background as {@code compaction} says. */
    public static EmbeddedMongo start(String storage, int port, CompactionSettings compaction) {
        AbstractMongoBackend backend;
        DurableH2Backend files = null;
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
            files = new DurableH2Backend(dir.resolve(STORE_FILE).toString(), compaction);
            backend = files;
        }
        MongoServer server = new MongoServer(backend);
        server.bind("127.0.0.1", port);
        InetSocketAddress address = server.getLocalAddress();
        log.info("Embedded MongoDB listening on {}:{} ({})", address.getHostString(), address.getPort(),
                MEMORY.equalsIgnoreCase(storage) ? "in memory" : "files under " + Path.of(storage).toAbsolutePath());
        return new EmbeddedMongo(server, address, storage, files, backend);
    }

    public String connectionString(String database) {
        return "mongodb://" + address.getHostString() + ":" + address.getPort() + "/" + database;
    }

    public String storage() {
        return storage;
    }

    /** The store file's size and fill rates; null in memory or once closed. */
    public StoreStats stats() {
        return files == null ? null : files.stats();
    }

    /**
     * Where the store file's bytes go (live pages, dead pages, emptied chunks waiting for a sync, free gaps), from its
     * chunk list; null in memory. For measurements ({@code bench/StoreGrowth}): the health detail has the totals.
     */
    public org.h2.mvstore.ChunkSpace space() {
        return files == null || files.getMvStore().isClosed() ? null : org.h2.mvstore.ChunkSpace.of(files.getMvStore());
    }

    /**
     * Finds answered in this process, without the wire ({@link InProcessFinds}); the
     * exports read through them.
     */
    public InProcessFinds finds() {
        return finds;
    }

    /** The store file, or null in memory. */
    public Path file() {
        return files == null ? null : Path.of(storage).resolve(STORE_FILE);
    }

    @Override
    public void close() {
        server.shutdownNow();
    }
}
