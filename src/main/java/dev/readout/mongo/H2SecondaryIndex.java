package dev.readout.mongo;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;
import org.h2.mvstore.Cursor;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.type.DataType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A non-unique (secondary) index of the embedded server, stored as an MVMap in the same H2 store as the data, so it is
 * committed together with the documents and never rebuilt at start-up.
 * <p>
 * Only the FIRST key of the index is indexed, multikey like MongoDB: every String or ObjectId found at that path
 * (through arrays and sub-documents, at any depth) gets one entry. Equality, {@code $eq}, {@code $in} and {@code $all}
 * on that key, at the top of the query or inside a top-level {@code $and}, are served: the index yields the positions of
 * every document that can match, and the server's matcher then applies the whole query (and sorts) as for a scan. Any
 * other shape (ranges, null, numbers, dates, regexes, {@code $or} only, ...) is refused, so the server scans as before.
 * Being a superset is safe; being a subset would silently lose results, hence values are indexed generously.
 * <p>
 * Map layout: entry keys are {@code "e" + value + position} strings (value length-prefixed and typed, so a String never
 * collides with the ObjectId of the same hex and no value is a prefix of another), entry values the positions (the
 * documents' {@code _id}, as the H2 collection keys its documents). Two meta keys sort before every entry: the format and
 * the number of documents the index has seen. At open the count is compared with the collection's: a store written by a
 * server that did not maintain this index (an older Readout) or a torn write makes them differ, and the index is
 * rebuilt rather than trusted.
 */
final class H2SecondaryIndex extends Index<Object> {

    private static final Logger log = LoggerFactory.getLogger(H2SecondaryIndex.class);

    private static final String FORMAT_KEY = "\u0000format";
    private static final String DOCS_KEY = "\u0000docs";
    private static final Integer FORMAT = 1;
    private static final String ENTRY = "e";
    private static final String ID = "_id";

    /** How many queries the secondary indexes of this JVM served (so did not scan); a test observable. */
    private static final AtomicLong SERVED = new AtomicLong();
    /** How many times an index of this JVM had to be built from its collection; a test observable. */
    private static final AtomicLong BUILDS = new AtomicLong();

    private final MVMap<String, Object> map;
    private final MVMap<Object, Document> dataMap;
    private final String[] path;
    private final boolean servable;

    H2SecondaryIndex(String name, List<IndexKey> keys, boolean sparse, MVMap<String, Object> map,
                     MVMap<Object, Document> dataMap) {
        super(name, keys, sparse);
        this.map = map;
        this.dataMap = dataMap;
        this.path = keys.get(0).getKey().split("\\.", -1);
        // a numeric segment addresses an array element in MongoDB; this index does not model that, so it never serves
        boolean numeric = false;
        for (String segment : path) {
            numeric |= segment.isEmpty() || segment.chars().allMatch(Character::isDigit) || segment.startsWith("$");
        }
        this.servable = !numeric;
        Object docs = map.get(DOCS_KEY);
        if (!map.isEmpty() && (!FORMAT.equals(map.get(FORMAT_KEY)) || !(docs instanceof Long)
                || (Long) docs != dataMap.sizeAsLong())) {
            log.warn("Secondary index {} does not match its collection ({} documents indexed, {} stored); rebuilding",
                    name, docs, dataMap.sizeAsLong());
            map.clear();
        }
    }

    static long servedQueries() {
        return SERVED.get();
    }

    static long builds() {
        return BUILDS.get();
    }

    // ---- maintenance ----------------------------------------------------------------------------------------------

    /** Never built (or cleared above): the collection's addIndex then adds every stored document. */
    @Override
    public boolean isEmpty() {
        boolean empty = !map.containsKey(DOCS_KEY);
        if (empty) {
            BUILDS.incrementAndGet();
        }
        return empty;
    }

    @Override
    public Object getPosition(Document document) {
        // positions come from the _id index; a non-unique index cannot name one document
        return null;
    }

    @Override
    public void checkAdd(Document document, MongoCollection<Object> collection) {
        // non-unique: nothing can conflict
    }

    @Override
    public synchronized void add(Document document, Object position, MongoCollection<Object> collection) {
        Object stored = Missing.ofNullable(position);
        String pos = encodePosition(stored);
        for (String value : values(document)) {
            map.put(ENTRY + value + pos, stored);
        }
        countDocuments(1);
    }

    @Override
    public synchronized Object remove(Document document) {
        Object position = Missing.ofNullable(document.get(ID));
        String pos = encodePosition(position);
        for (String value : values(document)) {
            map.remove(ENTRY + value + pos);
        }
        countDocuments(-1);
        // the collection asserts every index names the same position as the _id index
        return position;
    }

    @Override
    public void checkUpdate(Document oldDocument, Document newDocument, MongoCollection<Object> collection) {
    }

    @Override
    public synchronized void updateInPlace(Document oldDocument, Document newDocument, Object position,
                                           MongoCollection<Object> collection) {
        Object stored = Missing.ofNullable(position);
        String pos = encodePosition(stored);
        Set<String> before = values(oldDocument);
        Set<String> after = values(newDocument);
        for (String value : before) {
            if (!after.contains(value)) {
                map.remove(ENTRY + value + pos);
            }
        }
        for (String value : after) {
            if (!before.contains(value)) {
                map.put(ENTRY + value + pos, stored);
            }
        }
    }

    private void countDocuments(long delta) {
        map.putIfAbsent(FORMAT_KEY, FORMAT);
        Object docs = map.get(DOCS_KEY);
        map.put(DOCS_KEY, (docs instanceof Long n ? n : 0L) + delta);
    }

    @Override
    public long getCount() {
        return Math.max(0, map.sizeAsLong() - 2);
    }

    @Override
    public long getDataSize() {
        return getCount();
    }

    @Override
    public void drop() {
        // the database removes the map (same name as its own index maps)
    }

    // ---- queries --------------------------------------------------------------------------------------------------

    @Override
    public boolean canHandle(Document query) {
        return servable && condition(query) != null;
    }

    @Override
    public synchronized Iterable<Object> getPositions(Document query) {
        List<Object> values = condition(query);
        if (values == null) {
            throw new IllegalStateException("query not served by " + getName() + ": " + query);
        }
        SERVED.incrementAndGet();
        // in the collection's key order, as a scan returns them, each document once (multikey: several entries)
        DataType<Object> order = dataMap.getKeyType();
        TreeSet<Object> positions = new TreeSet<>(order::compare);
        for (Object value : values) {
            String prefix = ENTRY + encodeValue(value);
            Cursor<String, Object> cursor = map.cursor(prefix);
            while (cursor.hasNext()) {
                String key = cursor.next();
                if (!key.startsWith(prefix)) {
                    break;
                }
                positions.add(cursor.getValue());
            }
        }
        return new ArrayList<>(positions);
    }

    /**
     * The values whose entries hold every document the query can match, or null when the query is not served. For
     * {@code $all} one value suffices (a matching document contains each); for {@code $in} all are needed.
     */
    private List<Object> condition(Document query) {
        String key = getKeys().get(0).getKey();
        if (query.containsKey(key)) {
            List<Object> values = valuesOf(query.get(key));
            if (values != null) {
                return values;
            }
        }
        Object and = query.get("$and");
        if (and instanceof Collection<?> parts) {
            for (Object part : parts) {
                if (part instanceof Document sub) {
                    List<Object> values = condition(sub);
                    if (values != null) {
                        return values;
                    }
                }
            }
        }
        return null;
    }

    private static List<Object> valuesOf(Object condition) {
        if (indexable(condition)) {
            return List.of(condition);
        }
        if (!(condition instanceof Document operators) || operators.isEmpty()) {
            return null;
        }
        for (String operator : operators.keySet()) {
            if (!operator.startsWith("$")) {
                return null; // an embedded document to compare whole: not served
            }
        }
        // all operators must hold, so one served operator bounds the result
        if (indexable(operators.get("$eq"))) {
            return List.of(operators.get("$eq"));
        }
        if (operators.get("$in") instanceof Collection<?> in && in.stream().allMatch(H2SecondaryIndex::indexable)) {
            return List.copyOf(in);
        }
        if (operators.get("$all") instanceof Collection<?> all && !all.isEmpty()
                && all.stream().allMatch(H2SecondaryIndex::indexable)) {
            return List.of(all.iterator().next());
        }
        return null;
    }

    private static boolean indexable(Object value) {
        return value instanceof String || value instanceof ObjectId;
    }

    // ---- keys -----------------------------------------------------------------------------------------------------

    /** The encoded indexable values at the first key's path; arrays are entered at any depth (a superset is safe). */
    private Set<String> values(Document document) {
        Set<String> out = new LinkedHashSet<>();
        collect(document, 0, out);
        return out;
    }

    private void collect(Object value, int depth, Set<String> out) {
        if (value instanceof Collection<?> array) {
            for (Object element : array) {
                collect(element, depth, out);
            }
        } else if (depth == path.length) {
            if (indexable(value)) {
                out.add(encodeValue(value));
            }
        } else if (value instanceof Map<?, ?> document && document.containsKey(path[depth])) {
            collect(document.get(path[depth]), depth + 1, out);
        }
    }

    private static String encodeValue(Object value) {
        String text = value instanceof ObjectId id ? id.getHexData() : (String) value;
        char type = value instanceof ObjectId ? 'o' : 's';
        return type + Integer.toString(text.length()) + ':' + text;
    }

    /** Unique per position; positions are _id values, typically ObjectId or String. */
    private static String encodePosition(Object position) {
        if (position instanceof ObjectId id) {
            return "o" + id.getHexData();
        }
        if (position instanceof String s) {
            return "s" + s;
        }
        if (position instanceof Integer) {
            return "i" + position;
        }
        if (position instanceof Long) {
            return "l" + position;
        }
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream();
             ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(position);
            out.flush();
            return "x" + HexFormat.of().formatHex(bytes.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot index a document with _id " + position, e);
        }
    }
}
