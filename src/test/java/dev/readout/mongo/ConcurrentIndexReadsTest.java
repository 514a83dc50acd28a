package dev.readout.mongo;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoServer;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.WriteBuffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.Serializable;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Unlocked reads of the embedded store while other threads write and compact it. The store's maps used to share the
 * MVStore's ObjectDataType between threads, whose remembered last kind is not safe to share: a query comparing ObjectId
 * positions while the compactor rewrote the collection's pages (String and ObjectId keys) failed now and then with
 * "Can not compare" (see {@link ConcurrentObjectType}).
 */
class ConcurrentIndexReadsTest {

    /** A Serializable, Comparable key, stored by ObjectDataType as a serialized object as an ObjectId is. */
    record Key(int n) implements Serializable, Comparable<Key> {
        @Override
        public int compareTo(Key o) {
            return Integer.compare(n, o.n);
        }
    }

    /**
     * The type itself: one thread writes keys of two kinds, as a page write does, while another compares serialized
     * keys. With the MVStore's ObjectDataType in place of ConcurrentObjectType this fails within a second here (about
     * 8,000 of 34 million comparisons in 5 s, "Can not compare").
     */
    @Test
    void oneTypeComparesOnOneThreadWhileAnotherWrites() throws Exception {
        ConcurrentObjectType type = new ConcurrentObjectType();
        AtomicBoolean stop = new AtomicBoolean();
        Thread writer = new Thread(() -> {
            WriteBuffer buff = new WriteBuffer();
            for (int i = 0; !stop.get(); i++) {
                buff.clear();
                type.write(buff, (i & 1) == 0 ? "doc-" + i : new Key(i));
                type.getMemory((i & 1) == 0 ? new Key(i) : "doc-" + i);
            }
        });
        writer.start();
        long failures = 0;
        RuntimeException first = null;
        long compared = 0;
        try {
            long end = System.nanoTime() + 2_000_000_000L;
            while (System.nanoTime() < end) {
                try {
                    assertThat(type.compare(new Key(1), new Key(2))).isNegative();
                    assertThat(type.compare("doc-2", "doc-1")).isPositive();
                    compared += 2;
                } catch (RuntimeException e) {
                    failures++;
                    first = first == null ? e : first;
                }
            }
        } finally {
            stop.set(true);
            writer.join();
        }
        assertThat(first).as("%d of %d comparisons failed", failures, compared + failures).isNull();
        assertThat(compared).isGreaterThan(100_000);
    }

    /**
     * Several clients query secondary indexes (and the _id index) of a collection whose _ids are ObjectIds and
     * Strings, while another inserts, updates and deletes documents and the compactor rewrites chunks as often as it
     * can (a 1 ms interval, every chunk under 99% live). The documents the readers ask for are never written after the
     * start, so every answer is known: any exception, or a missing or extra document, fails. Before the maps had
     * {@link ConcurrentObjectType} this failed within 4-9 s in each of three runs ("Can not compare").
     */
    @Test
    void indexedReadsWhileTheCompactorRewritesEverything(@TempDir Path dir) throws Exception {
        stress(dir, new CompactionSettings(Duration.ofMillis(1), 99, 64 << 10, Duration.ZERO), 500);
    }

    /**
     * The same without the compactor: the race was never the compactor's own, a commit of another connection writes
     * pages with the same types (this failed as well, in both of two runs within 7 s, before the fix).
     */
    @Test
    void indexedReadsWhileAnotherConnectionWrites(@TempDir Path dir) throws Exception {
        stress(dir, CompactionSettings.OFF, 0);
    }

    private void stress(Path dir, CompactionSettings settings, long minSteps) throws Exception {
        DurableH2Backend backend = new DurableH2Backend(dir.resolve("c.mv.db").toString(), settings);
        MongoServer server = new MongoServer(backend);
        String uri = uri(server);
        ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
        AtomicBoolean stop = new AtomicBoolean();
        AtomicLong reads = new AtomicLong();
        AtomicLong writes = new AtomicLong();
        List<Thread> threads = new ArrayList<>();
        try (MongoClient setup = MongoClients.create(uri)) {
            MongoCollection<Document> docs = setup.getDatabase("t").getCollection("docs");
            docs.createIndex(Indexes.compoundIndex(Indexes.ascending("ids"), Indexes.descending("date")),
                    new IndexOptions().name("ids_date"));
            // the fixed documents: each "fixed-k" value is in exactly these, with _ids of both kinds
            Set<Object> fixed = new HashSet<>();
            for (int i = 0; i < 300; i++) {
                Object id = i % 3 == 0 ? "fixed-" + i : new ObjectId();
                docs.insertOne(new Document("_id", id).append("ids", List.of("fixed-" + (i % 5), "x" + i))
                        .append("date", new java.util.Date(1_700_000_000_000L + i * 60_000L)).append("n", i));
                fixed.add(id);
            }
            threads.add(new Thread(() -> churn(uri, stop, writes, failures), "churn"));
            for (int r = 0; r < 3; r++) {
                int seed = r;
                threads.add(new Thread(() -> query(uri, seed, stop, reads, failures), "reader-" + r));
            }
            threads.forEach(Thread::start);
            long end = System.nanoTime() + 15_000_000_000L;
            long stepsAtStart = backend.stats().compactionSteps();
            while (System.nanoTime() < end && failures.isEmpty()
                    && (reads.get() < 3_000 || backend.stats().compactionSteps() - stepsAtStart < minSteps)) {
                Thread.sleep(50);
            }
            stop.set(true);
            for (Thread t : threads) {
                t.join(30_000);
            }
            assertThat(failures).as("failures under concurrent compaction").isEmpty();
            assertThat(backend.stats().compactionSteps() - stepsAtStart).as("compaction steps")
                    .isGreaterThanOrEqualTo(minSteps / 10);
            assertThat(reads.get()).isGreaterThan(300);
            assertThat(writes.get()).isGreaterThan(50);
            assertThat(docs.countDocuments(Filters.in("_id", fixed))).isEqualTo(300);
        } finally {
            stop.set(true);
            server.shutdownNow();
        }
    }

    private static void churn(String uri, AtomicBoolean stop, AtomicLong writes, ConcurrentLinkedQueue<Throwable> failures) {
        Random random = new Random(1);
        List<Object> mine = new ArrayList<>();
        try (MongoClient client = MongoClients.create(uri)) {
            MongoCollection<Document> docs = client.getDatabase("t").getCollection("docs");
            for (int i = 0; !stop.get(); i++) {
                int op = random.nextInt(4);
                if (op < 2 || mine.size() < 20) {
                    Object id = random.nextBoolean() ? "churn-" + i : new ObjectId();
                    docs.insertOne(new Document("_id", id).append("ids", List.of("churn-" + random.nextInt(5)))
                            .append("date", new java.util.Date()).append("pad", "p".repeat(random.nextInt(400))));
                    mine.add(id);
                } else if (op == 2) {
                    docs.updateOne(Filters.eq("_id", mine.get(random.nextInt(mine.size()))),
                            Updates.set("ids", List.of("churn-" + random.nextInt(5), "y" + i)));
                } else {
                    docs.deleteOne(Filters.eq("_id", mine.remove(random.nextInt(mine.size()))));
                }
                writes.incrementAndGet();
            }
        } catch (Throwable e) {
            failures.add(e);
        }
    }

    private static void query(String uri, int seed, AtomicBoolean stop, AtomicLong reads,
                              ConcurrentLinkedQueue<Throwable> failures) {
        Random random = new Random(seed);
        try (MongoClient client = MongoClients.create(uri)) {
            MongoCollection<Document> docs = client.getDatabase("t").getCollection("docs");
            while (!stop.get()) {
                int k = random.nextInt(5);
                List<Document> got = switch (random.nextInt(3)) {
                    // served by the index: positions sorted with the data map's key type
                    case 0 -> docs.find(Filters.eq("ids", "fixed-" + k)).into(new ArrayList<>());
                    // served by walking the index in order
                    case 1 -> docs.find(Filters.all("ids", List.of("fixed-" + k)))
                            .sort(new Document("date", -1).append("_id", -1)).into(new ArrayList<>());
                    default -> docs.find(Filters.in("ids", List.of("fixed-" + k, "churn-" + k))).into(new ArrayList<>())
                            .stream().filter(d -> d.getList("ids", Object.class).contains("fixed-" + k)).toList();
                };
                assertThat(got).as("fixed-%d", k).hasSize(60)
                        .allSatisfy(d -> assertThat(d.getInteger("n") % 5).isEqualTo(k));
                reads.incrementAndGet();
            }
        } catch (Throwable e) {
            failures.add(e);
        }
    }

    /** Every map the backend opens (data, meta, _id and secondary indexes) has the thread-safe types. */
    @Test
    void everyMapOfTheServerHasTheThreadSafeTypes(@TempDir Path dir) {
        String file = dir.resolve("m.mv.db").toString();
        for (int start = 0; start < 2; start++) {
            DurableH2Backend backend = new DurableH2Backend(file, CompactionSettings.OFF);
            MongoServer server = new MongoServer(backend);
            try (MongoClient client = MongoClients.create(uri(server))) {
                MongoCollection<Document> docs = client.getDatabase("t").getCollection("docs");
                docs.createIndex(Indexes.ascending("ids"), new IndexOptions().name("ids"));
                docs.createIndex(Indexes.ascending("u"), new IndexOptions().name("u").unique(true));
                docs.insertOne(new Document("ids", List.of("a")).append("u", start));
                assertThat(docs.countDocuments(Filters.eq("ids", "a"))).isEqualTo(start + 1);
                MVStore store = backend.getMvStore();
                List<String> names = new ArrayList<>(store.getMapNames());
                assertThat(names).contains("databases.t.docs", "meta.t.docs", "t.docs._index__id_", "t.docs._index_ids",
                        "t.docs._index_u");
                for (String name : names) {
                    // open already: openMap returns the map as the backend opened it
                    MVMap<Object, Object> map = store.openMap(name);
                    assertThat(map.getKeyType()).as(name).isInstanceOf(ConcurrentObjectType.class);
                    assertThat(map.getValueType()).as(name).isInstanceOf(ConcurrentObjectType.class);
                }
            } finally {
                server.shutdownNow();
            }
        }
    }

    private static String uri(MongoServer server) {
        java.net.InetSocketAddress a = server.bind();
        return "mongodb://" + a.getHostString() + ":" + a.getPort();
    }
}
