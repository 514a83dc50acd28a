package dev.readout.mongo;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.DocumentComparator;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;
import org.h2.mvstore.MVMap;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The H2 collection, but a query served by an {@link H2SecondaryIndex} and sorted exactly in that index's order (or its
 * exact reverse) walks the index and stops after skip + limit matches, instead of loading every match and sorting
 * them in memory: the calls of a participant in 16k calls, newest first, 21 of them, read about 21 documents, not 16k.
 * <p>
 * The matcher still applies the whole query to each document the walk yields, so the walk only decides the order and
 * where to stop. Before loading a document, the parts of a top-level {@code $and} that name nothing but the sort field
 * and {@code _id} (the keyset conditions of a later page) are tried on a two-field document made from the index entry,
 * which holds exactly those two values: an entry they reject is skipped without reading its document.
 * <p>
 * Unsorted queries with a limit (existence checks) walk too, in the index order, as MongoDB returns what an index
 * yields; unsorted queries without a limit, and any other sort, are answered as before.
 */
final class OrderedH2Collection extends H2Collection {

    /** How many queries of this JVM were answered by an ordered walk; a test observable. */
    private static final java.util.concurrent.atomic.AtomicLong WALKS = new java.util.concurrent.atomic.AtomicLong();

    private static final Set<String> LOGICAL = Set.of("$and", "$or", "$nor");
    private static final String ID = "_id";

    /** The documents by {@code _id}, as the H2 collection keys them. */
    private final MVMap<Object, Document> data;

    OrderedH2Collection(MongoDatabase database, String collectionName, CollectionOptions options,
                        MVMap<Object, Document> dataMap, MVMap<String, Object> metaMap, CursorRegistry cursors) {
        super(database, collectionName, options, dataMap, metaMap, cursors);
        this.data = dataMap;
    }

    /**
     * A query no index serves, sorted by {@code _id} alone: walks the documents in their map's key order, which is
     * {@code _id} order while every key is an ObjectId, starting at a top-level {@code _id: {$gt|$gte: X}} bound
     * when the query has one, and stops after skip + limit matches. The exports page through whole collections this
     * way ({@code _id > last, sort _id, limit n}); without it every page loaded and sorted every document.
     */
    @Override
    protected QueryResult matchDocuments(Document query, Document orderBy, int numberToSkip, int limit, int batchSize,
                                         Document projection) {
        int direction = idOrder(orderBy);
        if (direction != 0 && keysAreObjectIds()) {
            WALKS.incrementAndGet();
            Object bound = direction > 0 ? lowerIdBound(query) : null;
            org.h2.mvstore.Cursor<Object, Document> cursor = direction > 0 ? data.cursor(bound)
                    : data.cursor(null, null, true);
            Stream<Document> documents = StreamSupport.stream(Spliterators.spliteratorUnknownSize(
                    new Iterator<Document>() {
                        @Override
                        public boolean hasNext() {
                            return cursor.hasNext();
                        }

                        @Override
                        public Document next() {
                            cursor.next();
                            return cursor.getValue();
                        }
                    }, 0), false).filter(Objects::nonNull);
            return matchDocumentsFromStream(query, documents, numberToSkip, limit, batchSize, null, projection);
        }
        return super.matchDocuments(query, orderBy, numberToSkip, limit, batchSize, projection);
    }

    /**
     * {@code {_id: X}} and {@code {_id: {$in: [...]}}} with ObjectIds, read straight from the documents' map (keyed by
     * {@code _id}) instead of through the unique {@code _id} index, whose keys the MVStore compares by serializing
     * both (a page of a thousand lookups cost tens of thousands of serializations). Same documents, in {@code _id}
     * order when no sort is asked.
     */
    @Override
    protected QueryResult queryDocuments(Document query, Document orderBy, int numberToSkip, int limit, int batchSize,
                                         Document projection) {
        List<ObjectId> ids = idLookup(query);
        if (ids != null) {
            Stream<Document> documents = ids.stream().distinct().sorted().map(data::get).filter(Objects::nonNull);
            return matchDocumentsFromStream(query, documents, numberToSkip, limit, batchSize,
                    orderBy == null || orderBy.isEmpty() ? null : new DocumentComparator(orderBy), projection);
        }
        return super.queryDocuments(query, orderBy, numberToSkip, limit, batchSize, projection);
    }

    /** The ids of a query that is only {@code _id} equal to an ObjectId or in a list of them; else null. */
    private static List<ObjectId> idLookup(Document query) {
        if (query.size() != 1 || !query.containsKey(ID)) {
            return null;
        }
        Object value = query.get(ID);
        if (value instanceof ObjectId id) {
            return List.of(id);
        }
        if (value instanceof Document op && op.size() == 1 && op.get("$in") instanceof Collection<?> list) {
            List<ObjectId> ids = new ArrayList<>(list.size());
            for (Object v : list) {
                if (!(v instanceof ObjectId id)) {
                    return null;
                }
                ids.add(id);
            }
            return ids;
        }
        return null;
    }

    /** The last {@code $in} list tested and its values as a set: a query tests every document against one list. */
    private volatile Object[] lastIn = {null, null};

    /**
     * {@code {field: {$in: [strings or ObjectIds]}}} by a hash lookup instead of the matcher's comparison with each
     * value of the list in turn: a page's lookups ({@code _id} or {@code callId} in a thousand ids) tested every
     * candidate against the whole list, a million comparisons a page. Same answer: a value (or any element of an array
     * value) equal to one of the list's; strings and ObjectIds equal only themselves. Any other shape goes to the
     * matcher.
     */
    @Override
    protected boolean documentMatchesQuery(Document document, Document query) {
        if (query.size() == 1) {
            String field = query.keySet().iterator().next();
            if (query.get(field) instanceof Document op && op.size() == 1 && op.get("$in") instanceof Collection<?> list
                    && !field.startsWith("$") && !field.contains(".")) {
                Set<Object> values = inSet(list);
                if (values != null) {
                    Object value = document.get(field);
                    if (value instanceof Collection<?> many) {
                        for (Object v : many) {
                            if ((v instanceof String || v instanceof ObjectId) && values.contains(v)) {
                                return true;
                            }
                        }
                        return false;
                    }
                    return (value instanceof String || value instanceof ObjectId) && values.contains(value);
                }
            }
        }
        return super.documentMatchesQuery(document, query);
    }

    /** The list as a set when every value is a String or an ObjectId, else null. */
    private Set<Object> inSet(Collection<?> list) {
        Object[] last = lastIn;
        if (last[0] == list) {
            @SuppressWarnings("unchecked")
            Set<Object> set = (Set<Object>) last[1];
            return set;
        }
        Set<Object> set = new java.util.HashSet<>(list.size() * 2);
        for (Object v : list) {
            if (!(v instanceof String) && !(v instanceof ObjectId)) {
                set = null;
                break;
            }
            set.add(v);
        }
        lastIn = new Object[]{list, set};
        return set;
    }

    /** 1 for {@code {_id: 1}}, -1 for {@code {_id: -1}}, else 0. */
    private static int idOrder(Document orderBy) {
        if (orderBy == null || orderBy.size() != 1 || !(orderBy.get(ID) instanceof Number n)) {
            return 0;
        }
        return Integer.signum(n.intValue());
    }

    /**
     * Whether the map's key order is MongoDB's {@code _id} order: keys of one class compare with their own
     * {@code compareTo} (the MVStore's object type), and ObjectId's is MongoDB's (bytes, unsigned); keys of different
     * classes are grouped by class, so equal first and last classes mean one class throughout.
     */
    private boolean keysAreObjectIds() {
        Object first = data.firstKey();
        Object last = data.lastKey();
        return first == null || (first instanceof ObjectId && last instanceof ObjectId);
    }

    /** The start of the walk: an ObjectId X of {@code _id: {$gt: X}} or {@code {$gte: X}}, at the top or in a top-level $and. */
    static Object lowerIdBound(Document query) {
        Object bound = null;
        for (String key : query.keySet()) {
            Object value = query.get(key);
            Object b = null;
            if (key.equals(ID) && value instanceof Document range) {
                b = range.get("$gt") instanceof ObjectId gt ? gt : range.get("$gte") instanceof ObjectId gte ? gte : null;
            } else if (key.equals("$and") && value instanceof Collection<?> parts) {
                for (Object part : parts) {
                    if (part instanceof Document sub) {
                        Object inner = lowerIdBound(sub);
                        if (inner != null && (b == null || ((ObjectId) inner).compareTo((ObjectId) b) > 0)) {
                            b = inner;
                        }
                    }
                }
            }
            if (b != null && (bound == null || ((ObjectId) b).compareTo((ObjectId) bound) > 0)) {
                bound = b;
            }
        }
        return bound;
    }

    static long walks() {
        return WALKS.get();
    }

    @Override
    protected QueryResult matchDocuments(Document query, Iterable<Object> positions, Document orderBy, int numberToSkip,
                                         int limit, int batchSize, Document projection) {
        if (positions instanceof H2SecondaryIndex.Positions indexed) {
            int direction = indexed.walkDirection(orderBy);
            boolean unsorted = orderBy == null || orderBy.isEmpty();
            if (direction == 0 && unsorted && limit > 0) {
                direction = indexed.walkDirection(new Document(indexed.sortField() == null ? ID : indexed.sortField(), 1)
                        .append(ID, 1));
            }
            if (direction != 0) {
                WALKS.incrementAndGet();
                Stream<Document> documents = walk(query, indexed, direction < 0);
                // no comparator: the stream is already in order, so skip and limit end the walk early
                return matchDocumentsFromStream(query, documents, numberToSkip, limit, batchSize, null, projection);
            }
            int byId = idOrder(orderBy);
            if (byId != 0 && keysAreObjectIds()) {
                // the positions come in key order, which is _id order: read only the documents of this page
                WALKS.incrementAndGet();
                List<Object> ids = new ArrayList<>();
                indexed.forEach(ids::add);
                if (byId < 0) {
                    java.util.Collections.reverse(ids);
                }
                Object bound = byId > 0 ? lowerIdBound(query) : null;
                Stream<Document> documents = ids.stream()
                        .filter(id -> bound == null || !(id instanceof ObjectId o) || o.compareTo((ObjectId) bound) >= 0)
                        .map(this::getDocument).filter(Objects::nonNull);
                return matchDocumentsFromStream(query, documents, numberToSkip, limit, batchSize, null, projection);
            }
        }
        return super.matchDocuments(query, positions, orderBy, numberToSkip, limit, batchSize, projection);
    }

    private Stream<Document> walk(Document query, H2SecondaryIndex.Positions indexed, boolean descending) {
        String field = indexed.sortField();
        List<Document> keyOnly = keyOnlyParts(query, field);
        Iterator<Object[]> entries = indexed.walk(descending);
        Stream<Object[]> stream = StreamSupport.stream(Spliterators.spliteratorUnknownSize(entries, 0), false);
        if (!keyOnly.isEmpty()) {
            stream = stream.filter(entry -> {
                if (entry[1] == null) {
                    return true; // null and missing share a sort key, and the matcher tells them apart: read the document
                }
                Document mini = new Document(ID, entry[0]).append(field, entry[1]);
                for (Document part : keyOnly) {
                    if (!documentMatchesQuery(mini, part)) {
                        return false;
                    }
                }
                return true;
            });
        }
        // a document removed since the entry was read (writes and reads on a collection are serialised, but be safe)
        return stream.map(entry -> getDocument(entry[0])).filter(Objects::nonNull);
    }

    /** The conjuncts of the query that name only {@code field} and {@code _id}, through $and/$or/$nor at any depth. */
    private static List<Document> keyOnlyParts(Document query, String field) {
        List<Document> out = new ArrayList<>();
        for (String key : query.keySet()) {
            Object value = query.get(key);
            if (key.equals("$and") && value instanceof Collection<?> parts) {
                for (Object part : parts) {
                    if (part instanceof Document sub) {
                        out.addAll(keyOnlyParts(sub, field));
                    }
                }
            } else {
                Document part = new Document(key, value);
                if (keyOnly(part, field)) {
                    out.add(part);
                }
            }
        }
        return out;
    }

    private static boolean keyOnly(Document part, String field) {
        if (part.isEmpty()) {
            return false;
        }
        for (String key : part.keySet()) {
            Object value = part.get(key);
            if (LOGICAL.contains(key)) {
                if (!(value instanceof Collection<?> parts) || parts.isEmpty()) {
                    return false;
                }
                for (Object sub : parts) {
                    if (!(sub instanceof Document d) || !keyOnly(d, field)) {
                        return false;
                    }
                }
            } else if (!key.equals(field) && !key.equals(ID)) {
                // other fields, dotted paths, $expr, $where, $text, $comment...: not decidable from the entry
                return false;
            }
        }
        return true;
    }
}
