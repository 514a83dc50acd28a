package dev.readout.mongo;

import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;
import org.h2.mvstore.type.ObjectDataType;

import java.nio.ByteBuffer;

/**
 * The MVStore's default key and value type ({@link ObjectDataType}: the same bytes on disk, the same order), made safe to
 * use from several threads at once.
 * <p>
 * Why: an {@code ObjectDataType} remembers the kind of the last object it handled (its private field {@code last},
 * switched by every read, write and memory estimate) and reads that field twice in a row without a lock when it picks
 * the kind for a comparison. One map's type is shared by every thread that uses the map: the server's request threads,
 * whose reads take no lock, and the thread that writes its pages (a commit, a compaction step rewriting chunks). When a
 * write switches the field between the two reads, a comparison of two ObjectIds gets the String kind for one of them
 * and fails with "Can not compare" (UnsupportedOperationException from BasicDataType), or a read or write of a page
 * gets the wrong kind. That is what failed H2SecondaryIndexTest now and then (about one CI run in eight) under the
 * 100 ms compactor: its steps rewrite (read, compare, write) the pages of a collection whose _ids are ObjectIds and
 * Strings while a query sorts positions with the same key type. Without the compactor the same race needs a read
 * during another connection's commit, which is rarer but happens (ConcurrentIndexReadsTest failed that way too).
 * <p>
 * So each map keeps its own {@code ObjectDataType} for what depends on what it learned: sizes and writes. A write of a
 * serialized object (an ObjectId, a Document) updates its average size, which is what its memory estimate for such an
 * object returns, and the MVStore splits pages and sizes its cache by those estimates; one instance per map, as the
 * MVStore's default gives, keeps them as they were. (Shared by keys and values, or by all maps, an instance switches
 * kinds all the time, and each switch to serialized objects starts a new estimate at 10,000 bytes: measured on a plain
 * MVStore, 1,500 small documents under Integer keys took 1,500 leaf pages instead of 243; and with one instance per
 * thread for all maps, DurableH2BackendTest's compacted file stayed 23 times its live data.) Those calls take a lock;
 * they run on the writing thread (under the backend's write lock anyway) and, sampled, when a reader loads a page.
 * Comparisons and reads learn nothing, so each thread uses its own {@code ObjectDataType} for them, without a lock:
 * every value is written with its own tag, and the remembered kind is a cache only. The file's format is unchanged; a
 * store written before opens as it was.
 */
final class ConcurrentObjectType extends BasicDataType<Object> {

    /** The map's own instance for sizes and writes, used by one thread at a time (synchronized on it). */
    private final ObjectDataType learning = new ObjectDataType();
    /** Comparisons and reads, lock-free: an instance per thread. */
    private final ThreadLocal<ObjectDataType> perThread = ThreadLocal.withInitial(ObjectDataType::new);

    @Override
    public int compare(Object a, Object b) {
        return perThread.get().compare(a, b);
    }

    @Override
    public int binarySearch(Object key, Object storage, int size, int initialGuess) {
        return perThread.get().binarySearch(key, storage, size, initialGuess);
    }

    @Override
    public Object read(ByteBuffer buff) {
        return perThread.get().read(buff);
    }

    @Override
    public void read(ByteBuffer buff, Object storage, int len) {
        perThread.get().read(buff, storage, len);
    }

    @Override
    public int getMemory(Object obj) {
        synchronized (learning) {
            return learning.getMemory(obj);
        }
    }

    @Override
    public void write(WriteBuffer buff, Object obj) {
        synchronized (learning) {
            learning.write(buff, obj);
        }
    }

    @Override
    public void write(WriteBuffer buff, Object storage, int len) {
        synchronized (learning) {
            learning.write(buff, storage, len);
        }
    }

    @Override
    public Object[] createStorage(int size) {
        return new Object[size];
    }
}
