package dev.readout.mongo;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import de.bwaldvogel.mongo.MongoServer;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded server answers "sorted by _id" queries that no index serves by walking its documents in key order
 * (the exports' pages): the same documents in the same order as MongoDB gives, ObjectIds compared as unsigned bytes,
 * from a {@code _id > last} bound, with other conditions applied, and with the limit ending the walk.
 */
class IdOrderWalkTest {

    @Test
    void pagesByIdGiveEveryMatchOnceInMongoDbOrder(@TempDir Path dir) {
        MongoServer server = new MongoServer(new DurableH2Backend(dir.resolve("w.mv.db").toString()));
        java.net.InetSocketAddress a = server.bind();
        try (MongoClient client = MongoClients.create("mongodb://" + a.getHostString() + ":" + a.getPort())) {
            MongoCollection<Document> calls = client.getDatabase("t").getCollection("calls");
            Random random = new Random(11);
            List<ObjectId> ids = new ArrayList<>();
            List<Document> docs = new ArrayList<>();
            for (int i = 0; i < 700; i++) {
                byte[] b = new byte[12];
                random.nextBytes(b); // high bytes above 0x7f too: the order must be unsigned
                ObjectId id = new ObjectId(b);
                ids.add(id);
                docs.add(new Document("_id", id).append("medium", i % 3 == 0 ? "PHONE" : "VIDEO").append("n", i));
            }
            calls.insertMany(docs);
            List<ObjectId> sorted = new ArrayList<>(ids);
            Collections.sort(sorted); // the driver's ObjectId order is MongoDB's

            assertThat(pages(calls, null, 64)).isEqualTo(sorted);
            List<ObjectId> phones = sorted.stream().filter(id -> docs.stream()
                    .anyMatch(d -> d.get("_id").equals(id) && d.getString("medium").equals("PHONE"))).toList();
            long walks = OrderedH2Collection.walks();
            assertThat(pages(calls, Filters.eq("medium", "PHONE"), 50)).isEqualTo(phones);
            assertThat(OrderedH2Collection.walks() - walks).as("every page walked").isEqualTo(phones.size() / 50 + 1);

            List<ObjectId> descending = new ArrayList<>();
            calls.find().sort(Sorts.descending("_id")).forEach(d -> descending.add(d.getObjectId("_id")));
            List<ObjectId> reversed = new ArrayList<>(sorted);
            Collections.reverse(reversed);
            assertThat(descending).isEqualTo(reversed);
        } finally {
            server.shutdownNow();
        }
    }

    /**
     * The shortcuts for {@code _id} lookups and {@code $in} lists (a set instead of the matcher's list scan, the
     * documents' map instead of the unique index) answer what the plain in-memory server answers: scalars, arrays,
     * missing fields, ObjectIds and strings of the same hex, numbers in the list (not shortcut).
     */
    @Test
    void inListsAndIdLookupsAnswerAsTheMatcherDoes(@TempDir Path dir) {
        MongoServer durable = new MongoServer(new DurableH2Backend(dir.resolve("in.mv.db").toString()));
        MongoServer memory = new MongoServer(new de.bwaldvogel.mongo.backend.memory.MemoryBackend());
        java.net.InetSocketAddress a = durable.bind();
        java.net.InetSocketAddress b = memory.bind();
        try (MongoClient d = MongoClients.create("mongodb://" + a.getHostString() + ":" + a.getPort());
             MongoClient m = MongoClients.create("mongodb://" + b.getHostString() + ":" + b.getPort())) {
            MongoCollection<Document> x = d.getDatabase("t").getCollection("s");
            MongoCollection<Document> y = m.getDatabase("t").getCollection("s");
            Random random = new Random(5);
            List<ObjectId> oids = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                oids.add(new ObjectId());
            }
            List<ObjectId> ids = new ArrayList<>();
            for (int i = 0; i < 300; i++) {
                Document doc = new Document("_id", oids.get(i % 40).equals(oids.get(0)) ? new ObjectId() : new ObjectId());
                ids.add(doc.getObjectId("_id"));
                switch (random.nextInt(5)) {
                    case 0 -> doc.append("callId", oids.get(random.nextInt(40)).toHexString());
                    case 1 -> doc.append("callId", oids.get(random.nextInt(40)));
                    case 2 -> doc.append("callId", List.of(oids.get(random.nextInt(40)).toHexString(), "x" + i));
                    case 3 -> doc.append("callId", random.nextInt(3));
                    default -> { } // missing
                }
                x.insertOne(doc);
                y.insertOne(new Document(doc));
            }
            for (int round = 0; round < 30; round++) {
                List<Object> list = new ArrayList<>();
                for (int k = 0; k < 1 + random.nextInt(30); k++) {
                    ObjectId o = oids.get(random.nextInt(40));
                    list.add(switch (random.nextInt(round < 25 ? 2 : 3)) {
                        case 0 -> o.toHexString();
                        case 1 -> o;
                        default -> random.nextInt(3);
                    });
                }
                Bson in = Filters.in("callId", list);
                assertThat(ids(x, in)).as("%s", list).isEqualTo(ids(y, in));
                List<ObjectId> some = new ArrayList<>();
                for (int k = 0; k < 1 + random.nextInt(50); k++) {
                    some.add(random.nextInt(4) == 0 ? new ObjectId() : ids.get(random.nextInt(ids.size())));
                }
                assertThat(ids(x, Filters.in("_id", some))).isEqualTo(ids(y, Filters.in("_id", some)));
                ObjectId one = some.get(0);
                assertThat(ids(x, Filters.eq("_id", one))).isEqualTo(ids(y, Filters.eq("_id", one)));
            }
        } finally {
            durable.shutdownNow();
            memory.shutdownNow();
        }
    }

    private static List<ObjectId> ids(MongoCollection<Document> c, Bson filter) {
        List<ObjectId> out = new ArrayList<>();
        c.find(filter).forEach(d -> out.add(d.getObjectId("_id")));
        Collections.sort(out);
        return out;
    }

    /** Every id matching {@code filter}, read as the exports read: pages of {@code _id > last}, sorted by _id. */
    private static List<ObjectId> pages(MongoCollection<Document> c, Bson filter, int size) {
        List<ObjectId> out = new ArrayList<>();
        ObjectId last = null;
        while (true) {
            List<Bson> parts = new ArrayList<>();
            if (filter != null) {
                parts.add(filter);
            }
            if (last != null) {
                parts.add(Filters.gt("_id", last));
            }
            Bson q = parts.isEmpty() ? new Document() : parts.size() == 1 ? parts.get(0) : Filters.and(parts);
            List<ObjectId> page = new ArrayList<>();
            c.find(q).sort(Sorts.ascending("_id")).limit(size).forEach(d -> page.add(d.getObjectId("_id")));
            out.addAll(page);
            if (page.size() < size) {
                return out;
            }
            last = page.get(page.size() - 1);
        }
    }
}
