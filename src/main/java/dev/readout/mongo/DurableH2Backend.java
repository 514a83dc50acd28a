package dev.readout.mongo;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The H2 backend of mongo-java-server, but every acknowledged write is on disk before the reply, and non-unique indexes
 * are real ({@link H2SecondaryIndex}) instead of being ignored.
 * <p>
 * Out of the box the backend leaves commits to the MVStore's background auto-commit (about a second), so a hard kill
 * right after an acknowledged insert loses it. Here each write command commits the store before its result goes back
 * to the driver; the commit writes the new chunk to the file, so it survives the death of the process.
 * <p>
 * A commit must also never catch a write half done: a document stored but not yet in its indexes would, after a kill,
 * be missing from every query served by an index. The MVStore snapshots its maps one after another, so a commit that
 * runs while another thread writes can do exactly that. Hence auto-commit (background and on memory pressure) is off,
 * write commands run one at a time, and each commits while it still holds the lock; reads are not locked.
 */
public class DurableH2Backend extends H2Backend {

    /** Commands that change data or metadata; everything else (find, aggregate, count, hello, ...) only reads. */
    private static final Set<String> WRITE_COMMANDS = Set.of(
            "insert", "update", "delete", "findandmodify", "createindexes", "dropindexes", "drop",
            "dropdatabase", "create", "renamecollection", "collmod");

    /**
     * Without the background writer nothing rewrites half-empty chunks; this many commits apart the store does it
     * itself (bounded work, under the write lock), so the file does not keep growing under updates.
     */
    private static final int COMMITS_PER_COMPACTION = 1000;
    private static final int COMPACT_FILL_RATE = 50;
    private static final int COMPACT_BYTES = 16 << 20;

    /** Compact on close when live data is under this share of the chunks (percent) ... */
    private static final int COMPACT_ON_CLOSE_FILL_RATE = 50;
    /** ... and the file is big enough for it to matter. */
    private static final long COMPACT_ON_CLOSE_MIN_BYTES = 32L << 20;

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(DurableH2Backend.class);

    private final ReentrantLock writes = new ReentrantLock();
    private int commitsSinceCompaction;

    public DurableH2Backend(String fileName) {
        super(new MVStore.Builder().fileName(fileName).autoCommitDisabled().open());
    }

    /**
     * Documents in a batch of a cursor when the client names no size. MongoDB caps a reply at 16 MB by itself (and
     * returns 101 documents first); this server would put every match in one reply, and the driver refuses one over
     * 48 MB, e.g. the participant lists of a million calls. 101 stays far below that for the service's documents (an
     * article is at most 1 MB of text by validation, a call or statement a few KB).
     */
    static final int DEFAULT_BATCH = 101;

    @Override
    public Document handleCommand(Channel channel, String databaseName, String command, Document query) {
        boundBatches(command, query);
        if (!mutates(command, query)) {
            Document result = super.handleCommand(channel, databaseName, command, query);
            if (getMvStore().hasUnsavedChanges()) {
                // e.g. the first command on a database opened (and built) its indexes
                commitLocked();
            }
            return result;
        }
        writes.lock();
        try {
            return super.handleCommand(channel, databaseName, command, query);
        } finally {
            try {
                commitHeld();
            } finally {
                writes.unlock();
            }
        }
    }

    /**
     * Gives a find and its getMores the default batch size when they ask for none. (The server answers an aggregation
     * in one reply whatever its cursor asks; the service's aggregations return a few documents.)
     */
    private static void boundBatches(String command, Document query) {
        if ("find".equalsIgnoreCase(command) || "getMore".equalsIgnoreCase(command)) {
            query.putIfAbsent("batchSize", DEFAULT_BATCH);
        }
    }

    private static boolean mutates(String command, Document query) {
        if (command == null) {
            return false;
        }
        String name = command.toLowerCase(Locale.ROOT);
        if (WRITE_COMMANDS.contains(name)) {
            return true;
        }
        // an aggregation writes only through a final $out or $merge
        if (name.equals("aggregate") && query.get("pipeline") instanceof Collection<?> stages) {
            return stages.stream().anyMatch(s -> s instanceof Document d
                    && (d.containsKey("$out") || d.containsKey("$merge")));
        }
        return false;
    }

    private void commitLocked() {
        writes.lock();
        try {
            commitHeld();
        } finally {
            writes.unlock();
        }
    }

    /** Callers hold {@link #writes}. */
    private void commitHeld() {
        MVStore store = getMvStore();
        store.commit();
        if (++commitsSinceCompaction >= COMMITS_PER_COMPACTION) {
            commitsSinceCompaction = 0;
            if (store.compact(COMPACT_FILL_RATE, COMPACT_BYTES)) {
                store.commit();
            }
        }
    }

    /**
     * Closes the store and, when most of the file is dead space, rewrites it compactly.
     * <p>
     * A commit per write makes a chunk per write, and the MVStore frees a chunk only when none of its pages is live
     * and it is older than the retention time (45 s, which unlocked readers walking an older version rely on; so it
     * stays). Under steady writes almost every chunk keeps a few live pages, so the file grows to many times its live
     * data (measured: 20k single-document inserts with two indexes, 1.7 GB here against 35 MB with the plain
     * backend's background commits; chunks about 2% live), and in-place compaction barely helps. The offline copy of
     * the live maps into a new file, renamed over the old one atomically, takes that back (565 MB to 7 MB in 1.7 s on a
     * plain MVStore test). It runs after the store is closed, so every acknowledged write is already in the old file;
     * a kill during the copy leaves the old file in place.
     */
    @Override
    public void close() {
        MVStore store = getMvStore();
        String fileName = store.getFileStore() == null ? null : store.getFileStore().getFileName();
        boolean sparse = false;
        writes.lock();
        try {
            if (fileName != null && !store.isClosed()) {
                store.commit();
                sparse = store.getFileStore().size() > COMPACT_ON_CLOSE_MIN_BYTES
                        && store.getFileStore().getChunksFillRate() < COMPACT_ON_CLOSE_FILL_RATE;
            }
            super.close();
        } finally {
            writes.unlock();
        }
        if (sparse) {
            long before = fileSize(fileName);
            long t0 = System.nanoTime();
            try {
                MVStore.compact(fileName, false, null);
                log.info("Compacted the store {} from {} MB to {} MB in {} ms", fileName, before >> 20,
                        fileSize(fileName) >> 20, (System.nanoTime() - t0) / 1_000_000);
            } catch (RuntimeException e) {
                // the old file is still whole; it is compacted at the next close
                log.warn("Could not compact the store {} on close", fileName, e);
            }
        }
    }

    private static long fileSize(String fileName) {
        try {
            return java.nio.file.Files.size(java.nio.file.Path.of(fileName));
        } catch (java.io.IOException e) {
            return -1;
        }
    }

    @Override
    protected MongoDatabase openOrCreateDatabase(String databaseName) {
        return new IndexingH2Database(databaseName, getMvStore(), getCursorRegistry());
    }

    /**
     * An inner class on purpose: the H2Database constructor already opens the stored indexes (calling
     * {@link #openOrCreateSecondaryIndex}) before any field of a subclass is assigned, but the enclosing backend, and so
     * its store, is reachable by then.
     */
    private final class IndexingH2Database extends H2Database {

        IndexingH2Database(String databaseName, MVStore store, CursorRegistry cursors) {
            super(databaseName, store, cursors);
        }

        /** The H2 collection as H2Database opens it (same map names), answering index-ordered queries by walking. */
        @Override
        protected MongoCollection<Object> openOrCreateCollection(String collectionName, CollectionOptions options) {
            MVStore store = getMvStore();
            String collection = getFullCollectionNamespace(collectionName);
            MVMap<Object, Document> data = store.openMap("databases." + collection);
            MVMap<String, Object> meta = store.openMap("meta." + collection);
            return new OrderedH2Collection(this, collectionName, options, data, meta, cursorRegistry);
        }

        @Override
        protected Index<Object> openOrCreateSecondaryIndex(String collectionName, String indexName,
                                                           List<IndexKey> keys, boolean sparse) {
            MVStore store = getMvStore();
            String collection = getFullCollectionNamespace(collectionName);
            // the names H2Database gives its maps, so dropIndex, dropCollection and dropDatabase remove this one too
            MVMap<String, Object> map = store.openMap(collection + "._index_" + indexName);
            MVMap<Object, Document> data = store.openMap("databases." + collection);
            return new H2SecondaryIndex(indexName, keys, sparse, map, data);
        }
    }
}
