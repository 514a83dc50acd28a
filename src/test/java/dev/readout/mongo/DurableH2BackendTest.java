package dev.readout.mongo;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An acknowledged write must be on disk before the reply: the store file, copied the instant after the driver got its
 * acknowledgements (as a hard kill would leave it, with no clean close and no background commit), holds the data.
 */
class DurableH2BackendTest {

    @Test
    void everyAcknowledgedWriteIsInTheStoreFileBeforeTheReply(@TempDir Path dir) throws Exception {
        Path snapshot = dir.resolve("snapshot");
        Files.createDirectories(snapshot);
        EmbeddedMongo mongo = EmbeddedMongo.start(dir.resolve("data").toString());
        try (MongoClient client = MongoClients.create(mongo.connectionString("readout"))) {
            MongoCollection<Document> articles = client.getDatabase("readout").getCollection("articles");
            for (int i = 0; i < 3; i++) {
                articles.insertOne(new Document("n", i));
            }
            articles.updateOne(new Document("n", 0), new Document("$set", new Document("updated", true)));
            articles.deleteOne(new Document("n", 2));
            // the state on disk right now, without closing anything
            Files.copy(dir.resolve("data").resolve(EmbeddedMongo.STORE_FILE), snapshot.resolve("copy.mv.db"));
        } finally {
            mongo.close();
        }

        // reopened by Readout's backend: documents are stored as BSON, which the plain H2 backend cannot read
        // (StoredDocumentFormatTest)
        MongoServer reopened = new MongoServer(new DurableH2Backend(snapshot.resolve("copy.mv.db").toString()));
        try (MongoClient client = MongoClients.create("mongodb://" + hostPort(reopened.bind()))) {
            MongoCollection<Document> articles = client.getDatabase("readout").getCollection("articles");
            assertThat(articles.countDocuments()).isEqualTo(2);
            assertThat(articles.find(new Document("n", 0)).first()).containsEntry("updated", true);
            assertThat(articles.find(new Document("n", 2)).first()).isNull();
        } finally {
            reopened.shutdownNow();
        }
    }

    /**
     * A write that asks for no journal (an article's resolution, {@link WriteBatches}) is acknowledged from memory: it
     * is not in the file until the next durable write commits it with its own, or, with no other write, until the
     * compactor's next round does (within an interval). Reads see it at once either way.
     */
    @Test
    void unjournaledWritesReachTheFileWithTheNextDurableWriteOrWithinAnInterval(@TempDir Path dir) throws Exception {
        java.time.Duration hour = java.time.Duration.ofHours(1);
        EmbeddedMongo slow = EmbeddedMongo.start(dir.resolve("slow").toString(), 0,
                new CompactionSettings(hour, 80, 2 << 20, java.time.Duration.ZERO));
        try (MongoClient client = MongoClients.create(slow.connectionString("readout"))) {
            MongoCollection<Document> calls = client.getDatabase("readout").getCollection("calls");
            calls.insertOne(new Document("n", 0)); // durable: creates the collection on disk
            MongoCollection<Document> unjournaled = calls.withWriteConcern(WriteBatches.UNJOURNALED);
            unjournaled.insertOne(new Document("n", 1));
            unjournaled.updateOne(new Document("n", 0), new Document("$set", new Document("resolved", true)));
            assertThat(calls.countDocuments()).as("read before any commit").isEqualTo(2);
            assertThat(reopenedCopy(slow, dir.resolve("before")).get("count")).isEqualTo(1);

            calls.insertOne(new Document("n", 2)); // durable: commits the two unjournaled writes with it
            Map<String, Object> after = reopenedCopy(slow, dir.resolve("after"));
            assertThat(after.get("count")).isEqualTo(3);
            assertThat(after.get("resolved")).isEqualTo(true);
        } finally {
            slow.close();
        }

        EmbeddedMongo ticking = EmbeddedMongo.start(dir.resolve("ticking").toString(), 0,
                new CompactionSettings(java.time.Duration.ofMillis(50), 80, 2 << 20, java.time.Duration.ZERO));
        try (MongoClient client = MongoClients.create(ticking.connectionString("readout"))) {
            MongoCollection<Document> calls = client.getDatabase("readout").getCollection("calls");
            calls.insertOne(new Document("n", 0));
            calls.withWriteConcern(WriteBatches.UNJOURNALED).insertOne(new Document("n", 1));
            long deadline = System.nanoTime() + 10_000_000_000L;
            int onDisk = 0;
            for (int i = 0; onDisk < 2 && System.nanoTime() < deadline; i++) {
                Thread.sleep(50);
                onDisk = (int) reopenedCopy(ticking, dir.resolve("tick" + i)).get("count");
            }
            assertThat(onDisk).as("documents in the file, no durable write since the unjournaled one").isEqualTo(2);
        } finally {
            ticking.close();
        }
    }

    /**
     * A durable write's reply waits for the disk (a sync after its commit), and that sync is what lets the space of
     * chunks emptied before it be reused: a document rewritten hundreds of times by durable writes keeps the file
     * small with no compaction round at all (the interval here is an hour). Without the sync each rewrite's chunk
     * would wait for the compactor's round, and the file would hold every one of them.
     */
    @Test
    void durableWritesSyncSoEmptiedChunksAreReusedWithoutACompactionRound(@TempDir Path dir) {
        long written = 300L * 20_000;
        assertThat(largestFileWhileRewriting(dir, 20_000, 300))
                .as("largest file while a 20 KB document was rewritten 300 times (%d bytes written)", written)
                .isLessThan(written / 10);
    }

    /**
     * Only what a read or the last sync still needs is kept: the MVStore's default of five old versions is off. A
     * document of 200 KB rewritten by durable writes, with no compaction round (the interval is an hour), leaves the
     * file at its live chunk, the one or two emptied chunks a sync frees only at the next commit, and the header:
     * about three copies (measured 0.62 MB). With five versions kept it held seven (1.44 MB), which on a store of a
     * few MB was most of the file.
     */
    @Test
    void noOldVersionIsKeptBeyondWhatReadsAndTheLastSyncNeed(@TempDir Path dir) {
        assertThat(largestFileWhileRewriting(dir, 200_000, 20))
                .as("largest file while a 200 KB document was rewritten 20 times").isLessThan(4L * 200_000);
    }

    /**
     * Rewrites one document of {@code size} bytes {@code times} times by durable writes on a store whose compactor runs
     * once an hour (so no round takes part), and returns the largest the file was after a write.
     */
    private static long largestFileWhileRewriting(Path dir, int size, int times) {
        EmbeddedMongo mongo = EmbeddedMongo.start(dir.resolve("data").toString(), 0,
                new CompactionSettings(java.time.Duration.ofHours(1), 80, 2 << 20, java.time.Duration.ZERO));
        try (MongoClient client = MongoClients.create(mongo.connectionString("readout"))) {
            MongoCollection<Document> calls = client.getDatabase("readout").getCollection("calls");
            calls.insertOne(new Document("_id", 1).append("text", "x".repeat(size)));
            long largest = 0;
            for (int i = 0; i < times; i++) {
                calls.updateOne(new Document("_id", 1), new Document("$set", new Document("n", i)));
                largest = Math.max(largest, fileSize(mongo.file()));
            }
            assertThat(calls.find(new Document("_id", 1)).first()).containsEntry("n", times - 1);
            return largest;
        } finally {
            mongo.close();
        }
    }

    /** What a hard kill would leave of the store now: its file copied and opened by Readout's backend. */
    private static Map<String, Object> reopenedCopy(EmbeddedMongo mongo, Path dir) throws java.io.IOException {
        Files.createDirectories(dir);
        Path copy = dir.resolve("copy.mv.db");
        Files.copy(mongo.file(), copy);
        MongoServer reopened = new MongoServer(new DurableH2Backend(copy.toString(), CompactionSettings.OFF));
        try (MongoClient client = MongoClients.create("mongodb://" + hostPort(reopened.bind()))) {
            MongoCollection<Document> calls = client.getDatabase("readout").getCollection("calls");
            Document first = calls.find(new Document("n", 0)).first();
            Map<String, Object> seen = new java.util.HashMap<>();
            seen.put("count", (int) calls.countDocuments());
            seen.put("resolved", first == null ? null : first.get("resolved"));
            return seen;
        } finally {
            reopened.shutdownNow();
        }
    }

    /**
     * A commit per write leaves the file mostly dead chunks; closing rewrites it compactly, and the reopened store has
     * the same documents and its secondary index (served, not rebuilt).
     */
    @Test
    void closingCompactsASparseStore(@TempDir Path dir) {
        Path file = dir.resolve("data").resolve(EmbeddedMongo.STORE_FILE);
        Document query = new Document("participantIds", "p3");
        Document sort = new Document("date", -1).append("_id", -1);
        java.util.List<Document> want;
        long sparse;
        // without the background compaction, which would keep the file from getting sparse in the first place
        EmbeddedMongo mongo = EmbeddedMongo.start(dir.resolve("data").toString(), 0, CompactionSettings.OFF);
        try (MongoClient client = MongoClients.create(mongo.connectionString("readout"))) {
            MongoCollection<Document> calls = client.getDatabase("readout").getCollection("calls");
            calls.createIndex(com.mongodb.client.model.Indexes.compoundIndex(
                            com.mongodb.client.model.Indexes.ascending("participantIds"),
                            com.mongodb.client.model.Indexes.descending("date")),
                    new com.mongodb.client.model.IndexOptions().name("participantIds_date"));
            for (int i = 0; i < 1500; i++) {
                calls.insertOne(new Document("participantIds", java.util.List.of("p" + i % 7, "p" + i % 11))
                        .append("date", new java.util.Date(1_700_000_000_000L + i % 50 * 86_400_000L))
                        .append("text", "x".repeat(200)));
            }
            want = calls.find(query).sort(sort).into(new java.util.ArrayList<>());
            sparse = fileSize(file);
        } finally {
            mongo.close();
        }
        assertThat(sparse).as("store before close").isGreaterThan(32L << 20);
        assertThat(fileSize(file)).as("store after close").isLessThan(sparse / 4);

        long builds = H2SecondaryIndex.builds();
        EmbeddedMongo again = EmbeddedMongo.start(dir.resolve("data").toString());
        try (MongoClient client = MongoClients.create(again.connectionString("readout"))) {
            MongoCollection<Document> calls = client.getDatabase("readout").getCollection("calls");
            assertThat(calls.countDocuments()).isEqualTo(1500);
            long walks = OrderedH2Collection.walks();
            assertThat(calls.find(query).sort(sort).into(new java.util.ArrayList<>())).isEqualTo(want);
            assertThat(OrderedH2Collection.walks() - walks).isEqualTo(1);
            assertThat(H2SecondaryIndex.builds()).as("index kept, not rebuilt").isEqualTo(builds);
        } finally {
            again.close();
        }
    }

    /**
     * Inserts and updates leave the file many times its live data; the compaction steps the background thread takes
     * bring it within three times, measured against the live data exactly (a copy compacted offline), with every
     * document and index entry still there. The steps are driven here one after another (no thread, no clock).
     */
    @Test
    void compactionStepsKeepTheFileWithinThreeTimesItsLiveData(@TempDir Path dir) throws Exception {
        Path file = dir.resolve(EmbeddedMongo.STORE_FILE);
        CompactionSettings manual = new CompactionSettings(java.time.Duration.ZERO, 70, 2 << 20,
                java.time.Duration.ZERO);
        DurableH2Backend backend = new DurableH2Backend(file.toString(), manual);
        MongoServer server = new MongoServer(backend);
        try (MongoClient client = MongoClients.create("mongodb://" + hostPort(server.bind()))) {
            MongoCollection<Document> calls = client.getDatabase("readout").getCollection("calls");
            calls.createIndex(com.mongodb.client.model.Indexes.ascending("participantIds"),
                    new com.mongodb.client.model.IndexOptions().name("participantIds"));
            for (int i = 0; i < 1500; i++) {
                calls.insertOne(new Document("_id", i).append("participantIds", java.util.List.of("p" + i % 7))
                        .append("text", "x".repeat(300)));
                if (i % 3 == 0) {
                    calls.updateOne(new Document("_id", i / 2), new Document("$set", new Document("n", i)));
                }
            }
            long live = compactedCopy(file, dir.resolve("before"));
            assertThat(fileSize(file)).as("file before compaction, against %d live bytes", live)
                    .isGreaterThan(3 * live);

            int steps = 0;
            while (backend.compactStep()) {
                assertThat(++steps).as("compaction steps").isLessThan(10_000);
            }
            // the chunks the steps emptied are reused from the commits that follow (MVStore keeps the last 5
            // versions readable), and moved and truncated at the next steps
            for (int i = 0; i < 10; i++) {
                calls.insertOne(new Document("_id", 10_000 + i).append("participantIds", java.util.List.of("p1")));
            }
            while (backend.compactStep()) {
                assertThat(++steps).as("compaction steps").isLessThan(10_000);
            }
            assertThat(steps).isPositive();

            long liveAfter = compactedCopy(file, dir.resolve("after"));
            StoreStats stats = backend.stats();
            assertThat(fileSize(file)).as("file after %d steps, against %d live bytes", steps, liveAfter)
                    .isLessThanOrEqualTo(3 * liveAfter);
            assertThat(stats.fileBytes()).isEqualTo(fileSize(file));
            assertThat(stats.fileToLive()).as("the store's own estimate, %s", stats).isLessThanOrEqualTo(3.0);
            assertThat(stats.liveBytes()).as("live estimate").isBetween(liveAfter / 3, liveAfter * 3);

            assertThat(calls.countDocuments()).isEqualTo(1510);
            assertThat(calls.find(new Document("participantIds", "p3")).into(new java.util.ArrayList<>()))
                    .hasSize((int) java.util.stream.IntStream.range(0, 1500).filter(i -> i % 7 == 3).count());
            assertThat(calls.find(new Document("_id", 300)).first()).containsEntry("n", 600);
        } finally {
            server.shutdownNow();
        }
    }

    /**
     * Once writes stop, compaction steps stop too: a step that gains nothing says so, which ends the compactor's round,
     * and a round with nothing written since is skipped. A move that finds no chunk to fit a gap still writes the
     * store's layout in a new chunk, which fills the file a little more until the next sync frees the chunk it
     * replaced; counted as progress, that made an idle store take hundreds of steps a second, each with a sync (seen
     * on the sample store). The rounds are driven here as the compactor takes them (a sync, then steps each followed by
     * a sync) after each batch of writes, so the file's layout, and the outcome, is the same on every run: with moves
     * counted by a fuller file, both stores below stepped forever once idle.
     */
    @Test
    void stepsEndOnceWritesStop(@TempDir Path dir) {
        CompactionSettings noTimer = new CompactionSettings(java.time.Duration.ofHours(1), 80, 2 << 20,
                java.time.Duration.ZERO);
        for (int[] seedAndBatches : new int[][] {{15, 8}, {5, 20}}) {
            DurableH2Backend backend = new DurableH2Backend(
                    dir.resolve("s" + seedAndBatches[0] + ".mv.db").toString(), noTimer);
            MongoServer server = new MongoServer(backend);
            try (MongoClient client = MongoClients.create("mongodb://" + hostPort(server.bind()))) {
                MongoDatabase db = client.getDatabase("readout");
                java.util.Random random = new java.util.Random(seedAndBatches[0]);
                for (int k = 0; k < 8; k++) {
                    db.getCollection("c" + k).createIndex(new Document("k", 1));
                }
                for (int batch = 0; batch < seedAndBatches[1]; batch++) {
                    for (int j = 0, docs = 1 + random.nextInt(20); j < docs; j++) {
                        MongoCollection<Document> c = db.getCollection("c" + random.nextInt(8));
                        int id = batch * 100 + j;
                        int length = 100 + random.nextInt(random.nextBoolean() ? 500 : 8_000);
                        c.insertOne(new Document("_id", id).append("k", random.nextInt(50))
                                .append("text", "x".repeat(length)));
                        if (random.nextInt(3) == 0) {
                            c.updateOne(new Document("_id", random.nextInt(id + 1)),
                                    new Document("$set", new Document("n", batch)));
                        }
                    }
                    backend.sync();
                    for (int step = 0; step < 50 && backend.compactStep(); step++) {
                        backend.sync();
                    }
                }
                int idleSteps = 0;
                while (backend.compactStep()) {
                    backend.sync();
                    assertThat(++idleSteps).as("steps after the last write (seed %d), %s", seedAndBatches[0],
                            backend.stats()).isLessThan(50);
                }
            } finally {
                server.shutdownNow();
            }
        }
    }

    /** The size of a copy of the store file compacted offline: the live data, exactly. */
    private static long compactedCopy(Path file, Path dir) throws java.io.IOException {
        Files.createDirectories(dir);
        Path copy = dir.resolve("copy.mv.db");
        Files.copy(file, copy);
        org.h2.mvstore.MVStore.compact(copy.toString(), false, null);
        return fileSize(copy);
    }

    private static long fileSize(Path file) {
        try {
            return Files.size(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String hostPort(java.net.InetSocketAddress a) {
        return a.getHostString() + ":" + a.getPort();
    }
}
