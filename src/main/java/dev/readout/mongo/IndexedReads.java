package dev.readout.mongo;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.convert.QueryMapper;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Counting and existence checks in shapes the embedded server can serve from an index.
 * <p>
 * {@link MongoTemplate#count} and {@link MongoTemplate#exists} send {@code countDocuments}, an aggregation whose
 * {@code $match} the embedded server applies to every document of the collection (seconds at 100k calls). The
 * {@code count} command and a {@code find} with limit 1 go through the collection's query path, which uses the
 * secondary indexes. Both are exact on a real MongoDB too: the {@code count} command with a query predicate runs the
 * query (only without one does it read collection metadata, which is what {@code estimatedDocumentCount} does anyway).
 * Filters are mapped as {@code MongoTemplate.find} maps them (ids, enums, dates), so the same query matches the same
 * documents.
 */
public final class IndexedReads {

    private IndexedReads() {
    }

    /** The number of documents of {@code type}'s collection matching {@code query} (its skip and limit ignored). */
    public static long count(MongoTemplate mongo, Query query, Class<?> type) {
        String collection = mongo.getCollectionName(type);
        Document filter = mapped(mongo, query, type);
        if (filter.isEmpty()) {
            return mongo.getCollection(collection).estimatedDocumentCount();
        }
        Document reply = mongo.executeCommand(new Document("count", collection).append("query", filter));
        return ((Number) reply.get("n")).longValue();
    }

    /** Whether any document of {@code type}'s collection matches {@code query}. */
    public static boolean exists(MongoTemplate mongo, Query query, Class<?> type) {
        return mongo.getCollection(mongo.getCollectionName(type))
                .find(mapped(mongo, query, type))
                .projection(new Document("_id", 1))
                .limit(1)
                .first() != null;
    }

    private static Document mapped(MongoTemplate mongo, Query query, Class<?> type) {
        var converter = mongo.getConverter();
        return new QueryMapper(converter).getMappedObject(query.getQueryObject(),
                converter.getMappingContext().getPersistentEntity(type));
    }
}
