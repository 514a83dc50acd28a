package dev.readout.mongo;

import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;
import io.netty.buffer.ByteBuf;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;
import org.h2.mvstore.type.ObjectDataType;

import java.nio.ByteBuffer;

/**
 * The MVStore's default key and value type ({@link ObjectDataType}: the same order, the same bytes on disk but for
 * documents and ObjectIds, below), made safe to use from several threads at once.
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
 * every value is written with its own tag, and the remembered kind is a cache only.
 * <p>
 * Documents ({@link Document}, the values of every collection's map) are written as BSON instead of Java serialization
 * when BSON gives them back exactly ({@link StoredBson}): one tag byte, {@link #TAG_BSON_DOCUMENT}, then the BSON
 * document, which carries its own length. Reading a stored document by Java deserialization was 40 % of the CPU of the
 * calls export. The tag is one {@code ObjectDataType} never writes (it writes 0-14 and 19 as type ids, 32-49 and
 * 64-119 as tags with the value folded in; H2 2.4.240's source), and its reader fails on any tag it does not write, so the two forms
 * cannot be mistaken for each other: every other value, and a document BSON would change, is written by the map's
 * {@code ObjectDataType} exactly as before, and a value written before (a Java-serialized document among them) is read
 * by it as before. A store written before this opens and reads as it was; its documents are written as BSON when they
 * are written again (updated, or their page rewritten by compaction). A store written by this type is not readable by
 * a Readout from before it (ObjectDataType refuses the tag: "Unknown tag 127").
 * <p>
 * The memory estimate of a BSON document follows what {@code ObjectDataType} does for a serialized object, so pages
 * split and the cache counts as before: a moving average of twice the written length, starting at 10,000 bytes, learned
 * by the map's writes under the same lock ({@link #bsonAverage}). Decoding learns nothing and takes no lock: the decoder
 * is stateless.
 * <p>
 * ObjectIds (the keys of the collections' maps, the positions in the indexes' maps) were Java-serialized too, 101 bytes
 * and an {@code ObjectInputStream} each: with documents in BSON, reading the keys of the calls' pages was as much of
 * the export's CPU as decoding the documents. They are written as {@link #TAG_OBJECT_ID} and their 12 bytes, and
 * compared by {@link ObjectId#compareTo} directly, which is what {@code ObjectDataType} ends at for two of them (as
 * serialized objects of one Comparable class). Their memory estimate is fixed at what {@code ObjectDataType}'s learned
 * estimate settles at for them ({@link #OBJECT_ID_MEMORY}), so index and data pages split as they did once that
 * estimate had settled; it no longer starts at 10,000 bytes after each opening of the store.
 */
final class ConcurrentObjectType extends BasicDataType<Object> {

    /** The tag of a BSON document: 127, which ObjectDataType neither writes nor reads (it fails on it). */
    static final byte TAG_BSON_DOCUMENT = 127;
    /** The tag of an ObjectId in its 12 bytes: 126, free like 127. */
    static final byte TAG_OBJECT_ID = 126;
    /**
     * ObjectDataType's memory estimate for an ObjectId once it has settled: twice its serialized length (101 bytes),
     * measured.
     */
    static final int OBJECT_ID_MEMORY = 202;
    private static final int OBJECT_ID_LENGTH = 12;

    /** The map's own instance for sizes and writes, used by one thread at a time (synchronized on it). */
    private final ObjectDataType learning = new ObjectDataType();
    /** Comparisons and reads, lock-free: an instance per thread. */
    private final ThreadLocal<ObjectDataType> perThread = ThreadLocal.withInitial(ObjectDataType::new);
    /**
     * The memory estimate of a BSON document: twice the written length, as a moving average over this map's writes
     * (ObjectDataType's rule for a serialized object, whose start it shares). Written under the lock on
     * {@link #learning}; read without it (an int is read whole, and an estimate a write late is as good).
     */
    private volatile int bsonAverage = 10_000;

    @Override
    public int compare(Object a, Object b) {
        if (a != null && b != null && a.getClass() == ObjectId.class && b.getClass() == ObjectId.class) {
            return ((ObjectId) a).compareTo((ObjectId) b);
        }
        return perThread.get().compare(a, b);
    }

    /** BasicDataType's search, with the comparison above. */
    @Override
    public int binarySearch(Object key, Object storage, int size, int initialGuess) {
        return super.binarySearch(key, storage, size, initialGuess);
    }

    @Override
    public Object read(ByteBuffer buff) {
        byte tag = buff.get(buff.position());
        if (tag == TAG_BSON_DOCUMENT) {
            buff.get();
            return StoredBson.decode(buff);
        }
        if (tag == TAG_OBJECT_ID) {
            buff.get();
            byte[] id = new byte[OBJECT_ID_LENGTH];
            buff.get(id);
            return new ObjectId(id);
        }
        return perThread.get().read(buff);
    }

    @Override
    public void read(ByteBuffer buff, Object storage, int len) {
        Object[] values = (Object[]) storage;
        for (int i = 0; i < len; i++) {
            values[i] = read(buff);
        }
    }

    @Override
    public int getMemory(Object obj) {
        if (obj instanceof Document) {
            // a document BSON could not hold exactly is estimated the same way; there are next to none
            return bsonAverage;
        }
        if (obj != null && obj.getClass() == ObjectId.class) {
            return OBJECT_ID_MEMORY;
        }
        synchronized (learning) {
            return learning.getMemory(obj);
        }
    }

    @Override
    public void write(WriteBuffer buff, Object obj) {
        synchronized (learning) {
            writeLocked(buff, obj);
        }
    }

    @Override
    public void write(WriteBuffer buff, Object storage, int len) {
        Object[] values = (Object[]) storage;
        synchronized (learning) {
            for (int i = 0; i < len; i++) {
                writeLocked(buff, values[i]);
            }
        }
    }

    /** Callers hold the lock on {@link #learning}. */
    private void writeLocked(WriteBuffer buff, Object obj) {
        if (obj != null && obj.getClass() == ObjectId.class) {
            buff.put(TAG_OBJECT_ID).put(((ObjectId) obj).toByteArray());
            return;
        }
        if (obj instanceof Document document) {
            ByteBuf bson = StoredBson.encode(document);
            if (bson != null) {
                int length = bson.readableBytes();
                bsonAverage = (int) ((length * 2L + 15L * bsonAverage) / 16);
                buff.put(TAG_BSON_DOCUMENT).put(bson.array(), bson.arrayOffset() + bson.readerIndex(), length);
                return;
            }
        }
        learning.write(buff, obj);
    }

    @Override
    public Object[] createStorage(int size) {
        return new Object[size];
    }
}
