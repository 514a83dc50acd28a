package dev.readout.mongo;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.AbstractMongoBackend;
import de.bwaldvogel.mongo.backend.QueryParameters;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import org.bson.BsonBinaryReader;
import org.bson.RawBsonDocument;
import org.bson.codecs.Codec;
import org.bson.codecs.DecoderContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.convert.QueryMapper;
import org.springframework.data.mongodb.core.mapping.MongoPersistentEntity;
import org.springframework.data.mongodb.core.query.Query;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

/**
 * Finds answered by the embedded server's own collections in this process, without the wire: the same query code the
 * server runs for a {@code find} command (its index choice, its ordered walks, its matcher), the documents handed over
 * in the form the driver would have decoded them.
 * <p>
 * Why: on the embedded store a calls export spent a third of its CPU moving each document between forms inside one
 * process: the server encoded the stored document for the wire (11 % of the samples), and the driver decoded it again
 * (8 %), besides the sockets. Here the query goes to the collection as the server would see it, and each result becomes
 * the driver's {@link org.bson.Document} directly.
 * <p>
 * Exact by construction where it can be, checked by tests where it cannot:
 * <ul>
 * <li>the filter is mapped by Spring's {@link QueryMapper} as {@code MongoTemplate.find} maps it, encoded to BSON with
 * the client's own codec (as the driver encodes it into the command) and decoded with the server's decoder, so the
 * collection gets the very document a {@code find} command would carry;</li>
 * <li>the sort, skip and limit go to the collection's {@code handleQuery} as the server's {@code find} passes them;</li>
 * <li>a projection that only includes top-level fields is applied while converting, as the server's projection does
 * it (the server's would copy each document first); any other projection shape is not served here;</li>
 * <li>a document's values of the types the service stores (strings, numbers, booleans, dates, ObjectIds, documents,
 * lists) are converted as the driver's decoder makes them from BSON ({@code Instant} to {@code Date}, the server's
 * ObjectId to the driver's); a document holding any other type goes through BSON and the client's codec, exactly as
 * over the wire. {@code InProcessFindsTest} compares both over every type BSON has.</li>
 * </ul>
 * Queries with a collation, a hint, cursor options or another projection are not served ({@link Reader#find} returns
 * null): the caller uses the wire. Reads on the file store register the store version they walk, as the server's own
 * read commands do ({@code DurableH2Backend.read}), so the chunks they reach are not reused under them; the
 * in-memory store is read the same way, with no versions to hold.
 */
public final class InProcessFinds {

    private static final String ID = "_id";

    private final AbstractMongoBackend backend;

    InProcessFinds(AbstractMongoBackend backend) {
        this.backend = backend;
    }

    /**
     * Finds for one template, on its database: its converter maps queries, its client's codec decodes what BSON must
     * carry. The template must be a client of this server (its database is looked up here by name).
     */
    public Reader reader(MongoTemplate mongo) {
        return new Reader(mongo);
    }

    /** Finds mapped and decoded as one {@link MongoTemplate} would map and decode them. */
    public final class Reader {

        private final MongoTemplate mongo;
        private final String database;
        private final QueryMapper mapper;
        private final Codec<org.bson.Document> codec;

        private Reader(MongoTemplate mongo) {
            this.mongo = mongo;
            this.database = mongo.getDb().getName();
            this.mapper = new QueryMapper(mongo.getConverter());
            // the registry as the driver's operations use it: with the client's UUID representation applied, which
            // withCodecRegistry applies (getCodecRegistry alone gives it without, and would encode a UUID otherwise)
            var db = mongo.getDb();
            this.codec = db.withCodecRegistry(db.getCodecRegistry()).getCodecRegistry().get(org.bson.Document.class);
        }

        /**
         * The documents {@code mongo.find(query, entityType, collection)} would fetch, before Spring maps them to
         * {@code entityType} (for {@code org.bson.Document}, what it returns): the query, sort and fields mapped with
         * {@code entityType}'s entity, if it has one. Null when the query has options this does not serve.
         */
        public List<org.bson.Document> find(Query query, Class<?> entityType, String collection) {
            if (!query.getCollation().isEmpty() || query.getHint() != null || query.getMeta().hasValues()) {
                return null;
            }
            MongoPersistentEntity<?> entity = mongo.getConverter().getMappingContext().getPersistentEntity(entityType);
            Document filter = toServer(mapper.getMappedObject(query.getQueryObject(), entity));
            org.bson.Document sortObject = query.getSortObject();
            Document sort = sortObject.isEmpty() ? null : toServer(mapper.getMappedSort(sortObject, entity));
            org.bson.Document fieldsObject = query.getFieldsObject();
            org.bson.Document fields = entity == null || fieldsObject.isEmpty() ? fieldsObject
                    : mapper.getMappedFields(fieldsObject, entity);
            List<String> included = topLevelIncludes(fields);
            if (included == null && !fields.isEmpty()) {
                return null; // exclusions, paths, $slice, $elemMatch: the server's own projection, over the wire
            }
            Document selector = new Document("$query", filter).append("$orderby", sort);
            int skip = (int) query.getSkip();
            int limit = query.getLimit();
            return read(() -> {
                MongoCollection<?> c = backend.resolveDatabase(database).resolveCollection(collection, false);
                if (c == null) {
                    return List.of();
                }
                // as the server's find passes them; no batch size: every match in the result, no cursor left behind
                QueryResult result = c.handleQuery(new QueryParameters(selector, skip, limit));
                List<org.bson.Document> out = new ArrayList<>();
                for (Document d : result) {
                    out.add(toDriver(d, included));
                }
                return out;
            });
        }

        /** The driver's document as the server decodes it from the command: through BSON, with the client's codec. */
        private Document toServer(org.bson.Document document) {
            ByteBuffer nio = new RawBsonDocument(document, codec).getByteBuffer().asNIO();
            // as bytes: a Netty buffer wrapping the little-endian NIO buffer would keep its order, and the server's
            // decoder, written for the wire's big-endian buffers, would read a UUID's halves reversed
            byte[] bytes = new byte[nio.remaining()];
            nio.get(bytes);
            return BsonDecoder.decodeBson(Unpooled.wrappedBuffer(bytes));
        }

        /**
         * The server's document as the driver decodes it from a reply; with {@code included}, as the server's
         * projection of those top-level fields makes it first: {@code _id} (unless named), then each named field the
         * document has, in the projection's order.
         */
        org.bson.Document toDriver(Document document, List<String> included) {
            org.bson.Document out = new org.bson.Document();
            if (included == null) {
                for (Map.Entry<String, Object> e : document.entrySet()) {
                    if (!put(out, e.getKey(), e.getValue())) {
                        return throughBson(document);
                    }
                }
                return out;
            }
            if (!included.contains(ID) && !put(out, ID, document.get(ID))) {
                return throughBson(project(document, included));
            }
            for (String key : included) {
                if (document.containsKey(key) && !put(out, key, document.get(key))) {
                    return throughBson(project(document, included));
                }
            }
            return out;
        }

        /** Puts the converted value; false when it needs BSON. */
        private static boolean put(org.bson.Document out, String key, Object value) {
            Object converted = convert(value);
            if (converted == THROUGH_BSON) {
                return false;
            }
            out.put(key, converted);
            return true;
        }

        /** The slow and exact way, for documents holding a type {@link #convert} does not know. */
        private org.bson.Document throughBson(Document document) {
            ByteBuf buf = Unpooled.buffer(256);
            BsonEncoder.encodeDocument(document, buf);
            try (BsonBinaryReader reader = new BsonBinaryReader(buf.nioBuffer())) {
                return codec.decode(reader, DecoderContext.builder().build());
            }
        }
    }

    /** What the server's projection of top-level inclusions ({@code de.bwaldvogel.mongo.backend.Projection}) gives. */
    static Document project(Document document, List<String> included) {
        Document out = new Document();
        if (!included.contains(ID)) {
            out.put(ID, document.get(ID));
        }
        for (String key : included) {
            if (document.containsKey(key)) {
                out.put(key, document.get(key));
            }
        }
        return out;
    }

    /** A marker: the value needs BSON to become what the driver would make of it. */
    private static final Object THROUGH_BSON = new Object();

    /**
     * A value as the driver's decoder makes it of the BSON the server's encoder writes for it, for the types the
     * service stores; {@link #THROUGH_BSON} for any other. Strings, Integers, Longs, Doubles and Booleans are written
     * and read as themselves; a date-time is written as its epoch milliseconds and read as a {@code Date}; an ObjectId
     * as its 12 bytes; a document and a list element by element (the decoder gives a {@code Document} and an
     * {@code ArrayList}).
     */
    static Object convert(Object value) {
        if (value == null || value instanceof String || value instanceof Integer || value instanceof Long
                || value instanceof Double || value instanceof Boolean) {
            return value;
        }
        if (value instanceof Instant instant) {
            return new Date(instant.toEpochMilli());
        }
        if (value.getClass() == ObjectId.class) {
            return new org.bson.types.ObjectId(((ObjectId) value).toByteArray());
        }
        if (value instanceof Document document) {
            org.bson.Document out = new org.bson.Document();
            for (Map.Entry<String, Object> e : document.entrySet()) {
                Object v = convert(e.getValue());
                if (v == THROUGH_BSON) {
                    return THROUGH_BSON;
                }
                out.put(e.getKey(), v);
            }
            return out;
        }
        if (value instanceof List<?> list) {
            List<Object> out = new ArrayList<>(list.size());
            for (Object element : list) {
                Object v = convert(element);
                if (v == THROUGH_BSON) {
                    return THROUGH_BSON;
                }
                out.add(v);
            }
            return out;
        }
        return THROUGH_BSON;
    }

    /**
     * The field names of a projection that only includes top-level fields ({@code _id} may be among them), in its
     * order; else null.
     */
    static List<String> topLevelIncludes(org.bson.Document fields) {
        if (fields.isEmpty()) {
            return null;
        }
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, Object> e : fields.entrySet()) {
            String key = e.getKey();
            Object v = e.getValue();
            // an inclusion as the server reads one (Utils.isTrue), of a Boolean or a number only
            boolean include = v instanceof Boolean b ? b : v instanceof Number n && n.doubleValue() != 0.0;
            if (!include || key.startsWith("$") || key.contains(".") || key.contains("$")) {
                return null;
            }
            out.add(key);
        }
        return out;
    }

    /** Runs a read as the server runs its own: holding the store version it walks, on the file store. */
    private <T> T read(java.util.function.Supplier<T> read) {
        return backend instanceof DurableH2Backend files ? files.read(read) : read.get();
    }
}
