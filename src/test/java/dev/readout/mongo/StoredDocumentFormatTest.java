package dev.readout.mongo;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.BinData;
import de.bwaldvogel.mongo.bson.BsonJavaScript;
import de.bwaldvogel.mongo.bson.BsonRegularExpression;
import de.bwaldvogel.mongo.bson.BsonTimestamp;
import de.bwaldvogel.mongo.bson.Decimal128;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.LegacyUUID;
import de.bwaldvogel.mongo.bson.MaxKey;
import de.bwaldvogel.mongo.bson.MinKey;
import de.bwaldvogel.mongo.bson.ObjectId;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The stored form of documents ({@link ConcurrentObjectType}, {@link StoredBson}): BSON when it gives the document back
 * exactly, Java serialization (as ObjectDataType writes it) otherwise, and a store written before, all Java-serialized,
 * opens, reads, takes writes and reopens with every document as it was.
 */
class StoredDocumentFormatTest {

    /** ObjectDataType's tag for a Java-serialized object (TYPE_SERIALIZED_OBJECT in H2's source). */
    private static final int SERIALIZED = 19;

    @Test
    void documentsAreStoredAsBsonAndReadBackEqualWithTheirTypes() {
        Document nested = new Document("b", 2).append("a", List.of(1L, "x", new Document("deep", true)));
        Document document = new Document("_id", new ObjectId())
                .append("text", "Blinken \u00e9t\u00e9 \u4e2d\u6587 \ud83d\ude00 quote \"x\"\n")
                .append("empty", "")
                .append("int", 42).append("negative", -7).append("long", 1L << 40)
                .append("double", 3.25).append("nan", Double.NaN).append("negativeZero", -0.0d)
                .append("yes", true).append("no", false).append("nothing", null)
                .append("date", Instant.ofEpochMilli(1_700_000_000_123L))
                .append("before1970", Instant.ofEpochMilli(-86_400_000L * 365 * 100))
                .append("nested", nested).append("emptyDocument", new Document()).append("emptyList", List.of())
                .append("list", new ArrayList<>(List.of(1, 2.5, "three", new ObjectId())))
                .append("ids", Arrays.asList("a", "b"))
                .append("bin", new BinData(new byte[]{0, 1, 2, (byte) 255}))
                .append("uuid", UUID.randomUUID()).append("legacy", new LegacyUUID(UUID.randomUUID()))
                .append("decimal", Decimal128.ONE).append("timestamp", new BsonTimestamp(123_456_789L))
                .append("max", MaxKey.getInstance()).append("min", MinKey.getInstance())
                .append("code", new BsonJavaScript("function () { return 1; }"))
                .append("z", 0).append("a", 1); // keys out of alphabetical order: the order is kept

        byte[] stored = write(document);
        assertThat(stored[0]).isEqualTo(ConcurrentObjectType.TAG_BSON_DOCUMENT);
        Document read = (Document) read(stored);
        assertThat(read).isEqualTo(document);
        assertThat(new ArrayList<>(read.keySet())).isEqualTo(new ArrayList<>(document.keySet()));
        assertSameTypes(read, document);

        // no equals of its own: compared by its parts (Java deserialization leaves its transient cache null)
        Document withRegex = new Document("r", new BsonRegularExpression("^bl.*n$", "i"));
        byte[] regexBytes = write(withRegex);
        assertThat(regexBytes[0]).isEqualTo(ConcurrentObjectType.TAG_BSON_DOCUMENT);
        BsonRegularExpression regex = (BsonRegularExpression) ((Document) read(regexBytes)).get("r");
        assertThat(regex.getPattern()).isEqualTo("^bl.*n$");
        assertThat(regex.getOptions()).isEqualTo("i");
        assertThat(regex.matcher("Blinken").matches()).isTrue();
    }

    /**
     * Pages reach the type in heap buffers (a slice of a larger one after decompression) and, from some file stores,
     * direct ones; values follow one another, so each read must stop exactly at its own end.
     */
    @Test
    void valuesAreReadFromAnyBufferOneAfterAnother() {
        Document first = new Document("_id", new ObjectId()).append("text", "a\u00e9\ud83d\ude00");
        ObjectId id = new ObjectId();
        Document second = new Document("n", 2).append("list", List.of(new Document("x", 1)));
        WriteBuffer buff = new WriteBuffer();
        ConcurrentObjectType type = new ConcurrentObjectType();
        type.write(buff, new Object[]{first, id, second, "after"}, 4);
        byte[] bytes = bytes(buff);
        byte[] padded = new byte[bytes.length + 7];
        System.arraycopy(bytes, 0, padded, 5, bytes.length);
        ByteBuffer direct = ByteBuffer.allocateDirect(bytes.length + 3);
        direct.position(3);
        direct.put(bytes).position(3);
        for (ByteBuffer in : List.of(ByteBuffer.wrap(bytes), ByteBuffer.wrap(padded, 5, bytes.length).slice(),
                direct.slice())) {
            Object[] read = new Object[4];
            new ConcurrentObjectType().read(in, read, 4);
            assertThat(read).containsExactly(first, id, second, "after");
            assertThat(in.remaining()).isZero();
        }
    }

    @Test
    void documentsBsonWouldChangeKeepJavaSerialization() {
        Map<String, Object> plainMap = new LinkedHashMap<>();
        plainMap.put("k", "v");
        List<Object> odd = List.of(
                new Date(1_700_000_000_000L),                       // BSON gives an Instant back
                1.5f, (short) 3, (byte) 4, 'c', new java.math.BigDecimal("1.10"),
                new LinkedHashSet<>(List.of("a", "b")),              // a Set comes back as a List
                plainMap, new TreeMap<>(Map.of("k", 1)),             // a Map that is not a Document comes back as one
                Instant.ofEpochSecond(1_700_000_000L, 123_456_789),  // below the millisecond
                Instant.MAX,                                         // beyond epoch milliseconds
                "lone \ud83d surrogate",                             // UTF-8 writes '?' for it
                List.of(new Date(0L)));                              // at any depth
        for (Object value : odd) {
            Document document = new Document("_id", 1).append("v", value);
            byte[] stored = write(document);
            assertThat(stored[0]).as("%s", value.getClass()).isEqualTo((byte) SERIALIZED);
            Document read = (Document) read(stored);
            assertThat(read).as("%s", value.getClass()).isEqualTo(document);
            assertSameTypes(read, document);
        }
        Document nulKey = new Document("a\u0000b", 1);
        byte[] stored = write(nulKey);
        assertThat(stored[0]).isEqualTo((byte) SERIALIZED);
        assertThat(read(stored)).isEqualTo(nulKey);
    }

    /** Keys and other values but ObjectIds are written as ObjectDataType writes them: the same bytes. */
    @Test
    void everythingButDocumentsAndObjectIdsIsWrittenAsObjectDataTypeWritesIt() {
        org.h2.mvstore.type.ObjectDataType plain = new org.h2.mvstore.type.ObjectDataType();
        for (Object value : List.of("key", 12, 1L << 50, 2.5, List.of(1, 2), new Object[]{1, "a"}, new Date(5L),
                Instant.ofEpochMilli(7L), UUID.randomUUID())) {
            WriteBuffer expected = new WriteBuffer();
            plain.write(expected, value);
            assertThat(write(value)).as("%s", value).isEqualTo(bytes(expected));
        }
    }

    /**
     * ObjectIds in their 12 bytes, read back equal, ordered as ObjectDataType orders them (unsigned bytes, also against
     * ObjectIds it reads from their old serialized form, and against keys of other kinds), and estimated at what
     * ObjectDataType's learned estimate settles at, so pages split as before.
     */
    @Test
    void objectIdsAreStoredInTwelveBytesAndOrderedAsBefore() {
        org.h2.mvstore.type.ObjectDataType plain = new org.h2.mvstore.type.ObjectDataType();
        ConcurrentObjectType type = new ConcurrentObjectType();
        java.util.Random random = new java.util.Random(14);
        List<Object> keys = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            byte[] id = new byte[12];
            random.nextBytes(id); // high bytes above 127 too: the order is unsigned
            ObjectId objectId = new ObjectId(id);
            byte[] stored = write(objectId);
            assertThat(stored).hasSize(13);
            assertThat(stored[0]).isEqualTo(ConcurrentObjectType.TAG_OBJECT_ID);
            assertThat(read(stored)).isEqualTo(objectId).isExactlyInstanceOf(ObjectId.class);
            WriteBuffer old = new WriteBuffer();
            plain.write(old, objectId);
            byte[] oldBytes = bytes(old);
            assertThat(oldBytes[0]).isEqualTo((byte) SERIALIZED);
            keys.add(i % 2 == 0 ? objectId : read(oldBytes)); // half of them as a store written before holds them
        }
        keys.addAll(List.of("a string _id", 5, 7L));
        for (Object a : keys) {
            for (Object b : keys) {
                assertThat(Integer.signum(type.compare(a, b))).as("%s vs %s", a, b)
                        .isEqualTo(Integer.signum(plain.compare(a, b)));
            }
        }
        Object[] sorted = keys.stream().sorted(plain::compare).toArray();
        for (int i = 0; i < sorted.length; i++) {
            assertThat(type.binarySearch(sorted[i], sorted, sorted.length, 0)).isEqualTo(i);
        }
        for (int i = 0; i < 300; i++) {
            plain.write(new WriteBuffer(), new ObjectId());
        }
        assertThat(type.getMemory(new ObjectId())).isEqualTo(ConcurrentObjectType.OBJECT_ID_MEMORY)
                .isCloseTo(plain.getMemory(new ObjectId()), org.assertj.core.data.Offset.offset(2));
    }

    /**
     * A store as Readout wrote it before (the plain H2 backend's ObjectDataType: every document Java-serialized, as
     * ConcurrentObjectType wrote them then) opens with every document equal, serves its indexes, takes inserts, updates
     * and deletes, and reopens with old and new forms side by side; then again after the offline compaction
     * {@link DurableH2Backend#close} runs on sparse files.
     */
    @Test
    void aStoreWrittenBeforeOpensReadsTakesWritesAndReopens(@TempDir Path dir) {
        Path file = dir.resolve(EmbeddedMongo.STORE_FILE);
        MongoServer old = new MongoServer(new H2Backend(file.toString()));
        List<org.bson.Document> written;
        try (MongoClient client = MongoClients.create("mongodb://" + hostPort(old.bind()))) {
            MongoCollection<org.bson.Document> calls = client.getDatabase("readout").getCollection("calls");
            calls.createIndex(Indexes.ascending("key"), new IndexOptions().name("key").unique(true));
            for (int i = 0; i < 300; i++) {
                calls.insertOne(oldCall(i));
            }
            client.getDatabase("readout").getCollection("articles")
                    .insertOne(new org.bson.Document("_id", "a-string-id").append("text", "x".repeat(5000)));
            written = calls.find().sort(Sorts.ascending("_id")).into(new ArrayList<>());
        } finally {
            old.shutdownNow();
        }
        assertThat(tags(file, "databases.readout.calls")).containsOnlyKeys(SERIALIZED);
        assertThat(keyTags(file, "databases.readout.calls")).containsOnlyKeys(SERIALIZED);

        List<org.bson.Document> expected = new ArrayList<>(written);
        EmbeddedMongo mongo = EmbeddedMongo.start(dir.toString());
        try (MongoClient client = MongoClients.create(mongo.connectionString("readout"))) {
            MongoCollection<org.bson.Document> calls = client.getDatabase("readout").getCollection("calls");
            assertThat(calls.find().sort(Sorts.ascending("_id")).into(new ArrayList<>())).isEqualTo(written);
            for (org.bson.Document call : written) {
                assertThat(calls.find(new org.bson.Document("_id", call.get("_id"))).first()).isEqualTo(call);
            }
            assertThat(calls.find(new org.bson.Document("key", "k17")).first()).isEqualTo(written.get(17));
            calls.createIndex(Indexes.ascending("participantIds"), new IndexOptions().name("participantIds"));
            assertThat(calls.countDocuments(new org.bson.Document("participantIds", "p3"))).isEqualTo(written.stream()
                    .filter(d -> d.getList("participantIds", String.class).contains("p3")).count());
            assertThat(client.getDatabase("readout").getCollection("articles").find().first().getString("text"))
                    .hasSize(5000);

            // writes: new documents, old ones changed (written again, now as BSON), one removed
            for (int i = 300; i < 320; i++) {
                calls.insertOne(oldCall(i));
            }
            for (int i = 0; i < 300; i += 10) {
                calls.updateOne(new org.bson.Document("key", "k" + i),
                        new org.bson.Document("$set", new org.bson.Document("updated", i)));
            }
            calls.deleteOne(new org.bson.Document("key", "k5"));
            expected = calls.find().sort(Sorts.ascending("_id")).into(new ArrayList<>());
            assertThat(expected).hasSize(319);
            assertThat(calls.find(new org.bson.Document("key", "k10")).first()).containsEntry("updated", 10);
        } finally {
            mongo.close();
        }
        Map<Integer, Integer> mixed = tags(file, "databases.readout.calls");
        assertThat(mixed.get((int) ConcurrentObjectType.TAG_BSON_DOCUMENT)).as("BSON documents").isPositive();
        assertThat(mixed.get(SERIALIZED)).as("documents never written again").isPositive();
        Map<Integer, Integer> keys = keyTags(file, "databases.readout.calls");
        assertThat(keys.get((int) ConcurrentObjectType.TAG_OBJECT_ID)).as("new ObjectId keys").isPositive();
        assertThat(keys.get(SERIALIZED)).as("ObjectId keys written before").isPositive();

        assertReopensWith(dir, expected);
        MVStore.compact(file.toString(), false, null); // as DurableH2Backend.close does
        assertReopensWith(dir, expected);
    }

    private static void assertReopensWith(Path dir, List<org.bson.Document> expected) {
        EmbeddedMongo again = EmbeddedMongo.start(dir.toString());
        try (MongoClient client = MongoClients.create(again.connectionString("readout"))) {
            MongoCollection<org.bson.Document> calls = client.getDatabase("readout").getCollection("calls");
            assertThat(calls.find().sort(Sorts.ascending("_id")).into(new ArrayList<>())).isEqualTo(expected);
            assertThat(calls.find(new org.bson.Document("key", "k310")).first()).isNotNull();
            assertThat(calls.countDocuments(new org.bson.Document("participantIds", "p3")))
                    .isEqualTo(expected.stream().filter(d -> d.getList("participantIds", String.class).contains("p3"))
                            .count());
        } finally {
            again.close();
        }
    }

    /** A call-like document with the value kinds the service stores. */
    private static org.bson.Document oldCall(int i) {
        return new org.bson.Document("key", "k" + i)
                .append("participantIds", List.of("p" + i % 7, "p" + i % 11))
                .append("date", i % 5 == 0 ? null : new Date(1_700_000_000_000L + i * 86_400_000L))
                .append("medium", i % 2 == 0 ? "phone" : "in-person")
                .append("confidence", i / 300.0).append("mentions", (long) i)
                .append("roles", List.of(new org.bson.Document("title", "Secretary of State").append("since", 2021)))
                .append("text", "Blinken \u00e9t\u00e9 \ud83d\ude00 ".repeat(1 + i % 4));
    }

    /** How many values of the map start with each tag, read by the new type without changing the file. */
    private static Map<Integer, Integer> tags(Path file, String mapName) {
        Map<Integer, Integer> counts = new TreeMap<>();
        try (MVStore store = new MVStore.Builder().fileName(file.toString()).readOnly().open()) {
            MVMap<Object, Object> map = store.openMap(mapName, new MVMap.Builder<>()
                    .keyType(new ConcurrentObjectType()).valueType(new TagCounting(counts)));
            map.forEach((k, v) -> { });
        }
        return counts;
    }

    /** As {@link #tags}, for the keys (every leaf page's keys; inner pages' keys are copies of some of them). */
    private static Map<Integer, Integer> keyTags(Path file, String mapName) {
        Map<Integer, Integer> counts = new TreeMap<>();
        try (MVStore store = new MVStore.Builder().fileName(file.toString()).readOnly().open()) {
            MVMap<Object, Object> map = store.openMap(mapName, new MVMap.Builder<>()
                    .keyType(new TagCounting(counts)).valueType(new ConcurrentObjectType()));
            map.forEach((k, v) -> { });
        }
        return counts;
    }

    /** Reads with ConcurrentObjectType and counts the first byte of each value. */
    private static final class TagCounting extends BasicDataType<Object> {
        private final ConcurrentObjectType type = new ConcurrentObjectType();
        private final Map<Integer, Integer> counts;

        TagCounting(Map<Integer, Integer> counts) {
            this.counts = counts;
        }

        @Override
        public Object read(ByteBuffer buff) {
            counts.merge((int) buff.get(buff.position()), 1, Integer::sum);
            return type.read(buff);
        }

        @Override
        public int getMemory(Object obj) {
            return type.getMemory(obj);
        }

        @Override
        public void write(WriteBuffer buff, Object obj) {
            throw new UnsupportedOperationException("read only");
        }

        @Override
        public int compare(Object a, Object b) {
            return type.compare(a, b);
        }

        @Override
        public Object[] createStorage(int size) {
            return new Object[size];
        }
    }

    private static byte[] write(Object value) {
        WriteBuffer buff = new WriteBuffer();
        new ConcurrentObjectType().write(buff, value);
        return bytes(buff);
    }

    private static byte[] bytes(WriteBuffer buff) {
        ByteBuffer b = buff.getBuffer();
        b.flip();
        byte[] out = new byte[b.remaining()];
        b.get(out);
        return out;
    }

    private static Object read(byte[] stored) {
        ByteBuffer buff = ByteBuffer.wrap(stored);
        Object value = new ConcurrentObjectType().read(buff);
        assertThat(buff.remaining()).as("bytes left after the value").isZero();
        return value;
    }

    /** Same classes at every depth (equals alone lets an Integer of a Long's value, or a Date for an Instant, pass). */
    private static void assertSameTypes(Object read, Object written) {
        if (written == null) {
            assertThat(read).isNull();
            return;
        }
        if (written instanceof Document w) {
            assertThat(read).isInstanceOf(Document.class);
            for (String key : w.keySet()) {
                assertSameTypes(((Document) read).get(key), w.get(key));
            }
        } else if (written instanceof List<?> w) {
            assertThat(read).isInstanceOf(List.class);
            for (int i = 0; i < w.size(); i++) {
                assertSameTypes(((List<?>) read).get(i), w.get(i));
            }
        } else {
            assertThat(read.getClass()).as("%s", written).isEqualTo(written.getClass());
        }
    }

    private static String hostPort(java.net.InetSocketAddress a) {
        return a.getHostString() + ":" + a.getPort();
    }
}
