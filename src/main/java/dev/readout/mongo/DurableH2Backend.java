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
import org.h2.mvstore.FileStore;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.RandomAccessStore;
import org.h2.mvstore.SparseChunkRewrite;

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
 * to the driver; the commit writes the new chunk to the file, so it survives the death of the process, and with the
 * compactor on the file is synced before the reply as well (which also frees what earlier commits emptied). A write that
 * asks for no journal ({@code j: false}, {@link WriteBatches}) is the exception, as in MongoDB: it is committed with the
 * next durable write or by the compactor's next round, within an interval.
 * <p>
 * A commit must also never catch a write half done: a document stored but not yet in its indexes would, after a kill,
 * be missing from every query served by an index. The MVStore snapshots its maps one after another, so a commit that
 * runs while another thread writes can do exactly that. Hence auto-commit (background and on memory pressure) is off,
 * write commands run one at a time, and each commits while it still holds the lock; reads are not locked, which is
 * why every map is opened with {@link ConcurrentObjectType} instead of the MVStore's default type ({@link #openMap}).
 * <p>
 * A commit per write leaves most of the file dead pages; the {@link StoreCompactor} rewrites and moves chunks in the
 * background, in bounded steps under the same lock ({@link #compactStep}), and syncs the file after them. Reads
 * register the store version they walk, and the last sync holds the versions after it ({@link #sync}), so a chunk's
 * space is reused only when no read can reach it and the commit that emptied it is on the disk; that lets the
 * MVStore's retention time drop to zero, which under steady writes alone kept tens of MB of emptied chunks.
 */
public class DurableH2Backend extends H2Backend {

    /** Commands that change data or metadata; everything else (find, aggregate, count, hello, ...) only reads. */
    private static final Set<String> WRITE_COMMANDS = Set.of(
            "insert", "update", "delete", "findandmodify", "createindexes", "dropindexes", "drop",
            "dropdatabase", "create", "renamecollection", "collmod");

    /** A file this small has its gaps moved into first when they are the larger waste ({@link #compactStep}). */
    static final long SMALL_FILE_BYTES = 4L << 20;

    /** The least a compaction step rewrites or moves, however small the store ({@link #stepLimit}). */
    static final int MIN_STEP_BYTES = 64 << 10;

    /** Compact on close when live data is under this share of the chunks (percent) ... */
    private static final int COMPACT_ON_CLOSE_FILL_RATE = 50;
    /** ... and the file is big enough for it to matter. */
    private static final long COMPACT_ON_CLOSE_MIN_BYTES = 32L << 20;

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(DurableH2Backend.class);

    /** Fair: a compaction step queues behind the write commands already waiting instead of barging in again. */
    private final ReentrantLock writes = new ReentrantLock(true);
    /** One sync at a time: each moves {@link #synced} on. Taken before {@link #writes}, never while holding it. */
    private final ReentrantLock syncs = new ReentrantLock();
    private final CompactionSettings compaction;
    private final StoreCompactor compactor;
    /** The version the last sync covered; chunks that died from it on keep their space until the next sync. */
    private volatile MVStore.TxCounter synced;

    public DurableH2Backend(String fileName) {
        this(fileName, CompactionSettings.DEFAULTS);
    }

    public DurableH2Backend(String fileName, CompactionSettings compaction) {
        super(open(fileName, compaction));
        this.compaction = compaction;
        // without the compactor nothing would ever move this on; then the retention time alone guards reuse
        this.synced = compaction.enabled() ? getMvStore().registerVersionUsage() : null;
        this.compactor = compaction.enabled()
                ? new StoreCompactor(compaction, this::compactStep, this::sync, this::fileWrites, this::uncommitted)
                : null;
    }

    private static MVStore open(String fileName, CompactionSettings compaction) {
        MVStore store = new MVStore.Builder().fileName(fileName).autoCommitDisabled().open();
        // reads register the version they walk (handleCommand), so the retention time no longer has to cover them;
        // see CompactionSettings#retention
        store.setRetentionTime((int) Math.min(Integer.MAX_VALUE, compaction.retention().toMillis()));
        if (compaction.enabled()) {
            // The MVStore keeps the chunks of the last five versions by default (for stores that open old versions,
            // which nothing here does; H2's own database sets it to 0 as well). Here the registered versions alone say
            // what must be kept: each read's and the last sync's (see sync()). Five versions are five commits'
            // chunks, each as large as much of a small store, which kept a store of a few MB at three to four times its
            // data however fast the compactor ran (BENCHMARKS.md, issue 18, seventh round).
            store.setVersionsToKeep(0);
        }
        return store;
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
            return read(() -> super.handleCommand(channel, databaseName, command, query));
        }
        boolean durable = !unjournaled(query);
        Document result;
        writes.lock();
        try {
            result = super.handleCommand(channel, databaseName, command, query);
        } finally {
            try {
                if (durable) {
                    commitHeld();
                }
            } finally {
                writes.unlock();
            }
        }
        if (durable && compactor != null) {
            // outside the write lock, so other writes go on: the reply waits for the disk, and the chunks this and
            // earlier commits emptied are free for the next commit instead of waiting for the compactor's round,
            // which under a fast writer on a small store was most of the file
            sync();
        }
        return result;
    }

    /**
     * Whether a write may be acknowledged before it is on disk: it asks for no journal ({@code j: false},
     * {@link WriteBatches}) and the compactor runs, whose next round commits it (within an interval) unless a durable
     * write has committed it first. Without the compactor nothing would, so then every write commits.
     */
    private boolean unjournaled(Document query) {
        return compactor != null && query.get("writeConcern") instanceof Document concern
                && Boolean.FALSE.equals(concern.get("j"));
    }

    /**
     * Runs an unlocked read holding the store version it walks: a chunk that an older version of a page lives in is
     * not overwritten while a read may still reach it, however long the read takes (a whole-collection scan can take
     * longer than any retention time). Commits and compaction steps go on meanwhile. What the read itself wrote (the
     * first command on a database opens, and builds, its indexes) is committed after it; unjournaled writes waiting
     * for their commit are left to it. Read commands and this process's own reads ({@link InProcessFinds}) both run so.
     */
    <T> T read(java.util.function.Supplier<T> command) {
        MVStore store = getMvStore();
        boolean committed = !store.hasUnsavedChanges();
        MVStore.TxCounter version = store.registerVersionUsage();
        T result;
        try {
            result = command.get();
        } finally {
            store.deregisterVersionUsage(version);
        }
        if (committed && store.hasUnsavedChanges()) {
            commitLocked();
        }
        return result;
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
            if (getMvStore().isClosed()) {
                return;
            }
            commitHeld();
        } finally {
            writes.unlock();
        }
    }

    /** Callers hold {@link #writes}. */
    private void commitHeld() {
        getMvStore().commit();
    }

    /**
     * One bounded compaction step, run by the {@link StoreCompactor}'s thread; true when it rewrote chunks or shortened
     * the file.
     * <p>
     * Why the file grows: every write command commits, and every commit writes a new chunk holding the pages it
     * changed (and the paths above them, and the store's own layout). The pages they replace stay in older chunks, and
     * a chunk's space is reused only once nothing in it is live and it is older than the retention time. Under steady
     * writes most chunks keep a few live pages, so without rewriting them the file becomes mostly dead pages.
     * <p>
     * A step does one of two things, whichever is due. When less than {@code fillRate}% of the rewritable chunks'
     * bytes is live, it has the MVStore copy the live pages of its sparsest old chunks, those at most
     * {@code fillRate}% live ({@link SparseChunkRewrite}), into a new chunk and commits; the emptied chunks' space is
     * reused once a sync covers that commit. Otherwise, when chunks fill less than {@code fillRate}% of the file, it
     * moves chunks from the end of the file into the gaps, and the file is truncated; the MVStore writes its header and
     * syncs before and after a move, so a crash in the middle leaves either place valid. On a file of at most
     * {@link #SMALL_FILE_BYTES} whose gaps are more than its dead pages, the move comes first. Either does at most
     * {@link #stepLimit} bytes: a quarter of the live data, at most {@code stepBytes}.
     * <p>
     * It holds {@link #writes} throughout: the rewrite changes no data, but its commit, like every commit here, must
     * not catch a write command half done. So a write waits at most one bounded step, and no write command's reply
     * ever waits for compaction otherwise.
     */
    boolean compactStep() {
        writes.lock();
        try {
            MVStore store = getMvStore();
            FileStore<?> file = store.getFileStore();
            if (store.isClosed() || file == null) {
                return false;
            }
            // first free what earlier steps and commits emptied, once no version still readable needs it: a chunk
            // waiting for that would otherwise count as sparse and have live chunks rewritten for nothing
            file.dropUnusedChunks();
            if (store.hasUnsavedChanges()) {
                store.commit();
            }
            java.util.Map<String, String> info = info(file);
            int fill = file.getFillRate();
            long size = file.size();
            long live = size * fill / 100 * intInfo(info, "info.CHUNKS_FILL_RATE") / 100;
            int limit = stepLimit(live, compaction.stepBytes());
            long gaps = size / 100 * (100 - fill);
            // on a small file the gaps are often the larger waste (a commit's chunk is larger than most of them, so
            // commits do not fill them), and rewrites, due under steady writes nearly always, would starve the moves
            // that alone give gaps back; a move of a small file is short
            boolean movesFirst = size <= SMALL_FILE_BYTES && gaps > size / 100 * fill - live;
            if (movesFirst && move(file, fill, limit)) {
                return true;
            }
            // the fill rate of the chunks that can be rewritten (live, with dead pages); that of all chunks counts the
            // emptied ones that wait for a sync as well, which no rewrite frees
            if (intInfo(info, "info.CHUNKS_FILL_RATE_RW") < compaction.fillRate()
                    && (SparseChunkRewrite.rewrite(store, compaction.fillRate(), limit)
                        // a chunk with more live bytes than the limit is rewritten only in a step of the full size
                        || limit < compaction.stepBytes()
                            && SparseChunkRewrite.rewrite(store, compaction.fillRate(), compaction.stepBytes()))) {
                store.commit();
                return true;
            }
            // a move already tried in this step is not tried again: it would only write the layout and sync once more
            return !movesFirst && move(file, fill, limit);
        } finally {
            writes.unlock();
        }
    }

    /**
     * Moves chunks from the end of the file into its gaps, when chunks fill less than {@code fill-rate} of it; true when
     * that shortened the file. Callers hold {@link #writes}.
     * <p>
     * Only a shorter file counts as progress. A move that finds no chunk to fit a gap still writes the store's layout
     * in a new chunk, which fills the file a little more until the next sync frees the chunk it replaced: counted as
     * progress, that made an idle store take hundreds of steps a second, each with a sync. A move that filled gaps
     * without shortening the file ends the round instead, and the next round (after the next write) moves more.
     */
    private boolean move(FileStore<?> file, int fill, int limit) {
        if (!(file instanceof RandomAccessStore random) || fill >= compaction.fillRate()) {
            return false;
        }
        long before = random.size();
        // as much as the gaps hold (at most the step): chunks moved into the gaps free the end of the file only once
        // the last ones are moved, and a move writes the bytes it moves, not the live ones alone
        long gaps = before / 100 * (100 - fill);
        random.compactMoveChunks(compaction.fillRate(), Math.max(limit, Math.min(gaps, compaction.stepBytes())),
                getMvStore());
        return random.size() < before;
    }

    /**
     * Forces the file's chunks to the disk, then lets the space of chunks that died before it be reused.
     * <p>
     * A chunk's space may be overwritten only once the commit that recorded it dead is on the disk: otherwise a power
     * loss could leave the new chunk over it while the disk still holds an older commit that needs it, and the store
     * would not open. The MVStore approximates this with its retention time (45 s after a chunk was written, by
     * which the operating system has usually written back); here it is exact instead. Between syncs a registered
     * version holds every chunk that died since the last sync ({@link #synced}); after a sync that registration
     * moves on to the current version. One sync at a time ({@link #syncs}); writes go on meanwhile. Called by the
     * compactor's rounds and after each durable write (and by tests that drive the rounds themselves).
     */
    void sync() {
        syncs.lock();
        try {
            MVStore store = getMvStore();
            if (store.isClosed() || synced == null) {
                return;
            }
            if (store.hasUnsavedChanges()) {
                // unjournaled writes: this is the commit that puts them on disk within an interval
                commitLocked();
            }
            // every chunk written so far belongs to a version below this one, so the sync below covers each commit
            // that recorded a chunk dead before it
            MVStore.TxCounter next = store.registerVersionUsage();
            try {
                store.sync();
            } catch (RuntimeException e) {
                store.deregisterVersionUsage(next);
                throw e;
            }
            MVStore.TxCounter previous = synced;
            synced = next;
            store.deregisterVersionUsage(previous);
        } finally {
            syncs.unlock();
        }
    }

    /**
     * The most one step rewrites or moves: a quarter of the live data, at least {@link #MIN_STEP_BYTES} and at most the
     * configured step. A step's new chunk is written before the chunks it empties can be freed (after the next sync),
     * so while it runs the file holds both: a step as large as the store, which a fixed 2 MB is for a store of a few
     * MB, doubles the file for that moment. Sized to the store, a step adds at most a quarter, and holds up writes for
     * a time that grows with the store instead of a fixed one.
     */
    static int stepLimit(long liveBytes, int stepBytes) {
        return (int) Math.min(stepBytes, Math.max(MIN_STEP_BYTES, liveBytes / 4));
    }

    private static int intInfo(java.util.Map<String, String> info, String key) {
        return Integer.parseInt(info.getOrDefault(key, "100"));
    }

    /** Whether writes wait in memory for a commit (unjournaled ones). */
    private boolean uncommitted() {
        MVStore store = getMvStore();
        return !store.isClosed() && store.hasUnsavedChanges();
    }

    /** The file's write count (chunks, headers): it changes whenever anything is written. */
    private long fileWrites() {
        FileStore<?> file = getMvStore().getFileStore();
        return file == null ? 0 : file.getWriteCount();
    }

    /** The file store's own figures ("info.CHUNK_COUNT", "info.CHUNKS_FILL_RATE_RW", ...), as it reports them now. */
    private static java.util.Map<String, String> info(FileStore<?> file) {
        java.util.Map<String, String> info = new java.util.HashMap<>();
        file.populateInfo(info::put);
        return info;
    }

    /** The file's size and fill rates as the MVStore reports them now; null once the store is closed. */
    public StoreStats stats() {
        MVStore store = getMvStore();
        FileStore<?> file = store.getFileStore();
        if (store.isClosed() || file == null) {
            return null;
        }
        java.util.Map<String, String> info = info(file);
        long size = file.size();
        int fill = file.getFillRate();
        int chunksFill = file.getChunksFillRate();
        return new StoreStats(size, size * fill * chunksFill / 10_000, fill, chunksFill,
                Integer.parseInt(info.getOrDefault("info.CHUNK_COUNT", "0")),
                compactor == null ? 0 : compactor.steps(), compactor == null ? 0 : compactor.longestStepMillis());
    }

    /**
     * Closes the store and, when most of the file is dead space, rewrites it compactly (with the background
     * compaction on, the file rarely gets there).
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
        if (compactor != null) {
            compactor.close();
        }
        syncs.lock();
        try {
            if (synced != null) {
                // the MVStore closes only with no version registered; close() commits and syncs by itself
                store.deregisterVersionUsage(synced);
                synced = null;
            }
        } finally {
            syncs.unlock();
        }
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
            MVMap<Object, Document> data = openMap(store, "databases." + collection);
            MVMap<String, Object> meta = openMap(store, "meta." + collection);
            return new OrderedH2Collection(this, collectionName, options, data, meta, cursorRegistry);
        }

        /**
         * H2Database's unique index (the _id index among them), on a map opened here first with the thread-safe types:
         * H2Database then opens it by name and gets this one.
         */
        @Override
        protected Index<Object> openOrCreateUniqueIndex(String collectionName, String indexName, List<IndexKey> keys,
                                                        boolean sparse) {
            openMap(getMvStore(), getFullCollectionNamespace(collectionName) + "._index_" + indexName);
            return super.openOrCreateUniqueIndex(collectionName, indexName, keys, sparse);
        }

        @Override
        protected Index<Object> openOrCreateSecondaryIndex(String collectionName, String indexName,
                                                           List<IndexKey> keys, boolean sparse) {
            MVStore store = getMvStore();
            String collection = getFullCollectionNamespace(collectionName);
            // the names H2Database gives its maps, so dropIndex, dropCollection and dropDatabase remove this one too
            MVMap<String, Object> map = openMap(store, collection + "._index_" + indexName);
            MVMap<Object, Document> data = openMap(store, "databases." + collection);
            return new H2SecondaryIndex(indexName, keys, sparse, map, data);
        }
    }

    /**
     * Opens a map of the server (data, meta, index) with the thread-safe types instead of the MVStore's default
     * ObjectDataType, which unlocked reads on the request threads and page writes on the committing or compacting thread
     * must not share ({@link ConcurrentObjectType}). Every map the backend uses is opened here before H2Database opens it
     * by name; the MVStore keeps the first opening, so a map opened elsewhere first would silently keep the unsafe type,
     * hence the check.
     */
    static <K, V> MVMap<K, V> openMap(MVStore store, String name) {
        MVMap<K, V> map = store.openMap(name, new MVMap.Builder<K, V>()
                .keyType(new ConcurrentObjectType()).valueType(new ConcurrentObjectType()));
        if (!(map.getKeyType() instanceof ConcurrentObjectType) || !(map.getValueType() instanceof ConcurrentObjectType)) {
            throw new IllegalStateException("The map " + name + " of the embedded store was opened with the type "
                    + map.getKeyType().getClass().getName() + ", which is not safe to share between threads");
        }
        return map;
    }
}
