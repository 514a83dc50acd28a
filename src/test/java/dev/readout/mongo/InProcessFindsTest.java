package dev.readout.mongo;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import dev.readout.article.Article;
import org.bson.BsonTimestamp;
import org.bson.Document;
import org.bson.UuidRepresentation;
import org.bson.json.JsonMode;
import org.bson.json.JsonWriterSettings;
import org.bson.types.Binary;
import org.bson.types.Code;
import org.bson.types.Decimal128;
import org.bson.types.MaxKey;
import org.bson.types.MinKey;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Finds answered in this process ({@link InProcessFinds}) give the documents a find over the wire gives: the same
 * documents, in the same order, with the same keys in the same order and values of the same BSON types, over values of
 * every type BSON has (those {@code InProcessFinds} converts itself and those it leaves to BSON), for filters, sorts,
 * skips, limits and projections; the shapes it does not serve are refused (null), so callers use the wire.
 */
class InProcessFindsTest {

    private static final JsonWriterSettings EXACT = JsonWriterSettings.builder().outputMode(JsonMode.EXTENDED).build();

    @ParameterizedTest
    @ValueSource(strings = {"files", "memory"})
    void findsWhatTheWireFinds(String storage, @TempDir Path dir) {
        EmbeddedMongo server = EmbeddedMongo.start(storage.equals("memory") ? EmbeddedMongo.MEMORY : dir.toString());
        try (MongoClient client = MongoClients.create(server.connectionString(MongoConfiguration.DATABASE))) {
            MongoTemplate mongo = MongoConfiguration.standaloneTemplate(client, MongoConfiguration.DATABASE);
            var things = mongo.getCollection("things");
            List<Document> docs = new ArrayList<>();
            for (int i = 0; i < 60; i++) {
                Document d = new Document("_id", new ObjectId()).append("n", i).append("s", "text " + (i % 7))
                        .append("long", (long) i << 33).append("double", i / 4.0).append("flag", i % 2 == 0)
                        .append("date", new Date(1_600_000_000_000L + i * 86_400_000L))
                        .append("ref", new ObjectId()).append("none", null)
                        .append("list", Arrays.asList("a" + i % 3, i, null, new Document("x", i)))
                        .append("sub", new Document("k", "v" + i % 4).append("inner", new Document("deep", i)));
                switch (i % 9) {
                    case 1 -> d.append("odd", new Decimal128(i));
                    case 2 -> d.append("odd", new Binary(new byte[]{1, 2, (byte) i}));
                    case 3 -> d.append("odd", new Code("function() { return " + i + "; }"));
                    case 4 -> d.append("odd", new BsonTimestamp(i, 1));
                    case 5 -> d.append("odd", Pattern.compile("^a" + i, Pattern.CASE_INSENSITIVE));
                    case 6 -> d.append("odd", new MinKey()).append("odd2", new MaxKey());
                    case 7 -> d.append("sub", new Document("k", new Decimal128(i)));
                    case 8 -> d.remove("s");
                    default -> { }
                }
                docs.add(d);
            }
            docs.add(new Document("_id", "a string id").append("n", 100).append("s", "text 1"));
            docs.add(new Document("_id", 42).append("n", 101).append("list", List.of()));
            things.insertMany(docs);

            InProcessFinds.Reader local = server.finds().reader(mongo);
            Map<String, Query> queries = new LinkedHashMap<>();
            queries.put("everything", new Query());
            queries.put("sorted by _id", new Query().with(Sort.by("_id")));
            queries.put("sorted by _id, descending", new Query().with(Sort.by(Sort.Direction.DESC, "_id")));
            queries.put("sorted by two fields", new Query().with(Sort.by("s").and(Sort.by(Sort.Direction.DESC, "n"))));
            queries.put("_id after one, a page", new Query(where("_id").gt(docs.get(20).get("_id")))
                    .with(Sort.by("_id")).limit(10));
            queries.put("skip and limit", new Query().with(Sort.by("n")).skip(5).limit(7));
            queries.put("equal", new Query(where("s").is("text 3")));
            queries.put("in", new Query(where("s").in("text 1", "text 2")));
            queries.put("all", new Query(where("list").all("a1", 4)));
            queries.put("ranges", new Query(new Criteria().andOperator(where("n").gte(10).lt(40),
                    where("date").gt(new Date(1_600_000_000_000L + 15 * 86_400_000L)))));
            queries.put("a LocalDate", new Query(where("date").lte(LocalDate.of(2020, 10, 1))));
            queries.put("regex", new Query(where("s").regex("^TEXT [2-4]", "i")));
            queries.put("exists", new Query(where("odd").exists(true)));
            queries.put("missing", new Query(where("s").exists(false)));
            queries.put("null", new Query(where("none").is(null)));
            queries.put("dotted", new Query(where("sub.inner.deep").gt(50)));
            queries.put("elemMatch", new Query(where("list").elemMatch(where("x").gte(30))));
            queries.put("or", new Query(new Criteria().orOperator(where("n").is(3), where("flag").is(false))));
            queries.put("ne and nin", new Query(where("s").ne("text 0").and("n").nin(1, 2, 3)));
            queries.put("an id", new Query(where("_id").is(docs.get(7).get("_id"))));
            queries.put("ids", new Query(where("_id").in(docs.get(9).get("_id"), docs.get(3).get("_id"), 42)));
            queries.put("nothing", new Query(where("n").gt(1000)));
            queries.put("top-level fields", new Query().with(Sort.by("_id")));
            queries.get("top-level fields").fields().include("s", "list", "odd", "absent");
            Query idNamed = new Query(where("n").lt(30)).with(Sort.by("n"));
            idNamed.fields().include("date", "_id", "sub");
            queries.put("top-level fields, _id among them", idNamed);

            for (Map.Entry<String, Query> q : queries.entrySet()) {
                List<Document> wire = mongo.find(q.getValue(), Document.class, "things");
                List<Document> ours = local.find(q.getValue(), Document.class, "things");
                assertThat(ours).as(storage + ": " + q.getKey()).isNotNull();
                assertThat(json(ours)).as(storage + ": " + q.getKey()).isEqualTo(json(wire));
                assertThat(ours).as(storage + ": " + q.getKey()).isEqualTo(wire);
            }
            assertThat(local.find(new Query(), Document.class, "no such collection")).isEmpty();

            // not served: the caller goes over the wire
            Query excluding = new Query();
            excluding.fields().exclude("list");
            Query path = new Query();
            path.fields().include("sub.k");
            Query slice = new Query();
            slice.fields().slice("list", 1);
            for (Query q : List.of(excluding, path, slice, new Query().withHint("n_1"),
                    new Query().collation(org.springframework.data.mongodb.core.query.Collation.of("en")),
                    new Query().comment("why"))) {
                assertThat(local.find(q, Document.class, "things")).as(q.toString()).isNull();
            }

            // a query mapped with an entity: string ids become ObjectIds, as mongo.find(query, Article.class) maps them
            Article a = mongo.insert(new Article(null, "https://example.org/a", "A", "S", LocalDate.of(2022, 1, 2),
                    "text", "hash", Instant.parse("2022-01-03T04:05:06.789Z"), null));
            mongo.insert(new Article(null, "https://example.org/b", "B", "S", null, "text", "hash2", null, null));
            Query byId = new Query(where("id").in(a.id(), new ObjectId().toHexString()));
            byId.fields().include("url", "publishedOn", "ingestedAt");
            List<Document> found = local.find(byId, Article.class, Article.COLLECTION);
            assertThat(found).hasSize(1);
            assertThat(mongo.getConverter().read(Article.class, found.get(0)))
                    .isEqualTo(mongo.find(byId, Article.class).get(0));
        } finally {
            server.close();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"STANDARD", "JAVA_LEGACY"})
    void decodesWhatBsonMustCarryWithTheClientsCodec(String uuids, @TempDir Path dir) {
        EmbeddedMongo server = EmbeddedMongo.start(dir.toString());
        var settings = com.mongodb.MongoClientSettings.builder()
                .applyConnectionString(new com.mongodb.ConnectionString(
                        server.connectionString(MongoConfiguration.DATABASE)))
                .uuidRepresentation(UuidRepresentation.valueOf(uuids)).build();
        try (MongoClient client = MongoClients.create(settings)) {
            MongoTemplate mongo = MongoConfiguration.standaloneTemplate(client, MongoConfiguration.DATABASE);
            UUID uuid = UUID.fromString("0b6a3c1e-42f3-4c70-9d29-6a1b8e0f5a11");
            mongo.getCollection("uuids").insertOne(new Document("_id", 1).append("u", uuid)
                    .append("nested", new Document("u", uuid)));
            Query q = new Query(where("u").is(uuid));
            List<Document> wire = mongo.find(q, Document.class, "uuids");
            List<Document> ours = server.finds().reader(mongo).find(q, Document.class, "uuids");
            assertThat(wire).hasSize(1);
            assertThat(ours).isEqualTo(wire);
            assertThat(json(ours)).isEqualTo(json(wire));
        } finally {
            server.close();
        }
    }

    private static List<String> json(List<Document> docs) {
        return docs.stream().map(d -> d.toJson(EXACT) + " " + types(d)).toList();
    }

    /** The Java classes of every value, depth first: equal JSON could still hide an ArrayList against a List.of. */
    private static String types(Object value) {
        if (value instanceof Document d) {
            StringBuilder out = new StringBuilder("{");
            d.forEach((k, v) -> out.append(k).append(':').append(types(v)).append(','));
            return out.append('}').toString();
        }
        if (value instanceof List<?> list) {
            StringBuilder out = new StringBuilder("[");
            list.forEach(v -> out.append(types(v)).append(','));
            return out.append(']').toString();
        }
        return value == null ? "null" : value.getClass().getSimpleName();
    }
}
