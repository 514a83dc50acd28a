package dev.readout.mongo;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded server's secondary indexes: a served query returns exactly what a scan returns, in the same order, and
 * does not scan; the index lives in the store file and survives a hard kill; a store from before gets its index built.
 */
class H2SecondaryIndexTest {

    private static final List<String> STRINGS = List.of("a", "b", "c", "d", "e", "f",
            "650000000000000000000001", "650000000000000000000002");
    private static final List<ObjectId> OIDS = List.of(new ObjectId("650000000000000000000001"),
            new ObjectId("650000000000000000000002"), new ObjectId("650000000000000000000003"));

    @Test
    void servedQueriesReturnWhatAScanReturns(@TempDir Path dir) {
        DurableH2Backend backend = new DurableH2Backend(dir.resolve("p.mv.db").toString());
        MongoServer server = new MongoServer(backend);
        try (MongoClient client = MongoClients.create("mongodb://" + hostPort(server.bind()))) {
            MongoDatabase db = client.getDatabase("t");
            MongoCollection<Document> indexed = db.getCollection("indexed");
            MongoCollection<Document> plain = db.getCollection("plain");
            Random random = new Random(42);
            // half the documents exist before the index (built from the collection), half are added after
            for (int i = 0; i < 150; i++) {
                Document d = randomDocument(random, i);
                indexed.insertOne(d);
                plain.insertOne(new Document(d));
            }
            indexed.createIndex(Indexes.compoundIndex(Indexes.ascending("ids"), Indexes.descending("date")),
                    new IndexOptions().name("ids_date"));
            indexed.createIndex(Indexes.ascending("m.a"), new IndexOptions().name("m_a"));
            indexed.createIndex(Indexes.ascending("s"), new IndexOptions().name("s_sparse").sparse(true));
            int next = 150;
            for (int round = 0; round < 60; round++) {
                for (int op = 0; op < 15; op++) {
                    next = mutate(random, next, indexed, plain);
                }
                for (int q = 0; q < 25; q++) {
                    compare(random, indexed, plain);
                }
            }
            assertThat(indexed.countDocuments()).isEqualTo(plain.countDocuments());
        } finally {
            server.shutdownNow();
        }
    }

    private static int mutate(Random random, int next, MongoCollection<Document> indexed, MongoCollection<Document> plain) {
        Bson target = new Document("_id", new Document("$in", sampleIds(random, next)));
        Bson update;
        switch (random.nextInt(9)) {
            case 0, 1 -> {
                Document d = randomDocument(random, next);
                indexed.insertOne(d);
                plain.insertOne(new Document(d));
                return next + 1;
            }
            case 2 -> update = new Document("$set", new Document("ids", randomIds(random)));
            case 3 -> update = new Document("$push", new Document("ids", randomValue(random)));
            case 4 -> update = new Document("$pull", new Document("ids", randomValue(random)));
            case 5 -> update = new Document("$unset", new Document("ids", ""));
            case 6 -> update = new Document("$set", new Document("m", randomMentions(random)).append("s", randomValue(random)));
            case 7 -> {
                Object id = sampleIds(random, next).get(0);
                Document replacement = randomDocument(random, 0);
                replacement.remove("_id");
                ReplaceOptions upsert = new ReplaceOptions().upsert(random.nextBoolean());
                indexed.replaceOne(new Document("_id", id), replacement, upsert);
                plain.replaceOne(new Document("_id", id), new Document(replacement), upsert);
                return next;
            }
            default -> {
                indexed.deleteMany(target);
                plain.deleteMany(target);
                return next;
            }
        }
        boolean many = random.nextBoolean();
        // $push/$pull on a non-array field fail; both collections must fail alike (and keep what was done before)
        String failed = apply(indexed, target, update, many);
        assertThat(apply(plain, target, update, many)).isEqualTo(failed);
        return next;
    }

    private static String apply(MongoCollection<Document> collection, Bson target, Bson update, boolean many) {
        try {
            if (many) {
                collection.updateMany(target, update);
            } else {
                collection.findOneAndUpdate(target, update);
            }
            return null;
        } catch (com.mongodb.MongoException e) {
            return e.getMessage().replaceAll("server [^ ]+", "server");
        }
    }

    private static void compare(Random random, MongoCollection<Document> indexed, MongoCollection<Document> plain) {
        Object v = indexableValue(random);
        Object w = indexableValue(random);
        Date when = new Date(1_700_000_000_000L + random.nextInt(1000) * 86_400_000L);
        Document sort = new Document("date", -1).append("_id", -1);
        Document query;
        boolean served = true;
        switch (random.nextInt(11)) {
            case 0 -> query = new Document("ids", v);
            case 1 -> query = new Document("ids", new Document("$in", List.of(v, w)));
            case 2 -> query = new Document("ids", new Document("$all", List.of(v)));
            case 3 -> query = new Document("ids", new Document("$all", List.of(v, w)));
            case 4 -> query = new Document("$and", List.of(new Document("ids", new Document("$all", List.of(v))),
                    new Document("$or", List.of(new Document("date", new Document("$lt", when)),
                            new Document("date", when).append("_id", new Document("$lt", new ObjectId()))))));
            case 5 -> query = new Document("m.a", v);
            case 6 -> query = new Document("ids", new Document("$eq", v)).append("date", new Document("$gte", when));
            case 7 -> query = new Document("s", new Document("$in", List.of(v)));
            case 8 -> {
                query = new Document("ids", null);
                served = false;
            }
            case 9 -> {
                query = new Document("ids", new Document("$gt", "b"));
                served = false;
            }
            default -> {
                query = new Document("$or", List.of(new Document("ids", v), new Document("m.a", w)));
                served = false;
            }
        }
        long before = H2SecondaryIndex.servedQueries();
        List<Document> got = indexed.find(query).sort(random.nextBoolean() ? sort : null).limit(random.nextBoolean() ? 21 : 0)
                .into(new ArrayList<>());
        long servedNow = H2SecondaryIndex.servedQueries() - before;
        List<Document> unsortedGot = indexed.find(query).into(new ArrayList<>());
        List<Document> unsortedWant = plain.find(query).into(new ArrayList<>());
        assertThat(unsortedGot).as("%s", query.toJson()).isEqualTo(unsortedWant);
        assertThat(servedNow).as("served %s", query.toJson()).isEqualTo(served ? 1 : 0);
        List<Document> sortedGot = indexed.find(query).sort(sort).limit(21).into(new ArrayList<>());
        assertThat(sortedGot).as("%s", query.toJson()).isEqualTo(plain.find(query).sort(sort).limit(21).into(new ArrayList<>()));
        assertThat(got).isNotNull();
    }

    private static List<Object> sampleIds(Random random, int next) {
        List<Object> ids = new ArrayList<>();
        for (int i = 0; i < 1 + random.nextInt(3); i++) {
            ids.add(id(random.nextInt(next)));
        }
        return ids;
    }

    /** Mostly ObjectIds, some Strings: positions of both kinds. */
    private static Object id(int n) {
        return n % 7 == 3 ? "doc-" + n : new ObjectId(String.format("66%022x", n));
    }

    private static Document randomDocument(Random random, int n) {
        Document d = new Document("_id", id(n))
                .append("date", new Date(1_700_000_000_000L + random.nextInt(1000) * 86_400_000L));
        int shape = random.nextInt(10);
        if (shape < 7) {
            d.append("ids", randomIds(random));
        } else if (shape == 7) {
            d.append("ids", null);
        } else if (shape == 8) {
            d.append("ids", randomValue(random));
        }
        if (random.nextInt(3) > 0) {
            d.append("m", randomMentions(random));
        }
        if (random.nextBoolean()) {
            d.append("s", randomValue(random));
        }
        return d;
    }

    private static List<Object> randomIds(Random random) {
        List<Object> ids = new ArrayList<>();
        for (int i = 0; i < random.nextInt(4); i++) {
            ids.add(random.nextInt(8) == 0 ? java.util.Collections.singletonList(randomValue(random)) : randomValue(random));
        }
        return ids;
    }

    private static Object randomMentions(Random random) {
        if (random.nextInt(5) == 0) {
            return new Document("a", randomValue(random));
        }
        List<Object> mentions = new ArrayList<>();
        for (int i = 0; i < random.nextInt(3); i++) {
            mentions.add(random.nextInt(6) == 0 ? List.of(new Document("a", randomValue(random)))
                    : new Document("a", randomValue(random)).append("s", i));
        }
        return mentions;
    }

    private static Object randomValue(Random random) {
        return switch (random.nextInt(12)) {
            case 0 -> random.nextInt(3);
            case 1 -> null;
            case 2, 3 -> OIDS.get(random.nextInt(OIDS.size()));
            default -> STRINGS.get(random.nextInt(STRINGS.size()));
        };
    }

    private static Object indexableValue(Random random) {
        return random.nextInt(4) == 0 ? OIDS.get(random.nextInt(OIDS.size())) : STRINGS.get(random.nextInt(STRINGS.size()));
    }

    @Test
    void theIndexIsInTheStoreFileAndSurvivesAHardKill(@TempDir Path dir) throws Exception {
        Path snapshot = dir.resolve("snapshot");
        Files.createDirectories(snapshot);
        EmbeddedMongo mongo = EmbeddedMongo.start(dir.resolve("data").toString());
        List<Document> want;
        Document query = new Document("$and", List.of(new Document("participantIds", new Document("$all", List.of("p1")))));
        Document sort = new Document("date", -1).append("_id", -1);
        try (MongoClient client = MongoClients.create(mongo.connectionString("readout"))) {
            MongoCollection<Document> calls = client.getDatabase("readout").getCollection("calls");
            calls.createIndex(Indexes.compoundIndex(Indexes.ascending("participantIds"), Indexes.descending("date")),
                    new IndexOptions().name("participantIds_date"));
            for (int i = 0; i < 200; i++) {
                calls.insertOne(new Document("participantIds", List.of("p" + (i % 5), "p" + (i % 7)))
                        .append("date", new Date(1_700_000_000_000L + i * 3_600_000L)));
            }
            calls.updateMany(new Document("participantIds", "p3"), new Document("$set", new Document("participantIds", List.of("p1", "p9"))));
            calls.deleteMany(new Document("participantIds", "p6"));
            want = calls.find(query).sort(sort).into(new ArrayList<>());
            assertThat(want).isNotEmpty();
            // the state on disk right now, without closing anything
            Files.copy(dir.resolve("data").resolve(EmbeddedMongo.STORE_FILE), snapshot.resolve("copy.mv.db"));
        } finally {
            mongo.close();
        }

        long builds = H2SecondaryIndex.builds();
        MongoServer reopened = new MongoServer(new DurableH2Backend(snapshot.resolve("copy.mv.db").toString()));
        try (MongoClient client = MongoClients.create("mongodb://" + hostPort(reopened.bind()))) {
            MongoCollection<Document> calls = client.getDatabase("readout").getCollection("calls");
            assertThat(calls.listIndexes().map(d -> d.getString("name")).into(new ArrayList<>())).contains("participantIds_date");
            long served = H2SecondaryIndex.servedQueries();
            assertThat(calls.find(query).sort(sort).into(new ArrayList<>())).isEqualTo(want);
            assertThat(H2SecondaryIndex.servedQueries() - served).isEqualTo(1);
            assertThat(H2SecondaryIndex.builds()).as("no rebuild at start").isEqualTo(builds);
        } finally {
            reopened.shutdownNow();
        }
    }

    @Test
    void aStoreFromBeforeGetsItsIndexBuiltOnce(@TempDir Path dir) {
        String file = dir.resolve("old.mv.db").toString();
        // the plain H2 backend, as Readout ran before: the secondary index is accepted and ignored
        H2Backend old = new H2Backend(file);
        MongoServer before = new MongoServer(old);
        try (MongoClient client = MongoClients.create("mongodb://" + hostPort(before.bind()))) {
            MongoCollection<Document> calls = client.getDatabase("readout").getCollection("calls");
            for (int i = 0; i < 100; i++) {
                calls.insertOne(new Document("participantIds", List.of("p" + (i % 3))).append("i", i));
            }
        } finally {
            before.shutdownNow();
        }
        for (int start = 0; start < 2; start++) {
            long builds = H2SecondaryIndex.builds();
            MongoServer server = new MongoServer(new DurableH2Backend(file));
            try (MongoClient client = MongoClients.create("mongodb://" + hostPort(server.bind()))) {
                MongoCollection<Document> calls = client.getDatabase("readout").getCollection("calls");
                calls.createIndex(Indexes.ascending("participantIds"), new IndexOptions().name("participantIds"));
                long served = H2SecondaryIndex.servedQueries();
                assertThat(calls.countDocuments(new Document("participantIds", "p1"))).isEqualTo(33);
                assertThat(calls.find(new Document("participantIds", "p1")).into(new ArrayList<>())).hasSize(33);
                assertThat(H2SecondaryIndex.servedQueries() - served).isEqualTo(1);
                assertThat(H2SecondaryIndex.builds() - builds).as("builds at start %d", start).isEqualTo(start == 0 ? 1 : 0);
            } finally {
                server.shutdownNow();
            }
        }
    }

    private static String hostPort(java.net.InetSocketAddress a) {
        return a.getHostString() + ":" + a.getPort();
    }
}
