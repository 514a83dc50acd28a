package dev.readout.mongo;

import de.bwaldvogel.mongo.MongoDatabase;
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

    private final ReentrantLock writes = new ReentrantLock();
    private int commitsSinceCompaction;

    public DurableH2Backend(String fileName) {
        super(new MVStore.Builder().fileName(fileName).autoCommitDisabled().open());
    }

    @Override
    public Document handleCommand(Channel channel, String databaseName, String command, Document query) {
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
