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
 * Ordered walks: when the index has a second key that is a top-level field ({@code date} in participantIds_date), the
 * entries of one value are ordered by that field and then by {@code _id}, as MongoDB sorts {@code {date: 1, _id: 1}}
 * (missing and null first, then dates). A query served by one value and sorted exactly that way, or exactly the
 * reverse, is answered by walking the entries in order and stopping after skip + limit matches
 * ({@link Positions#walk}) instead of loading and sorting every match. That order is only MongoDB's when every
 * document of the index has an ObjectId {@code _id} and a date (or null, or nothing) in the second key; the documents
 * that do not are counted, and while there is any the index does not offer walks.
 * <p>
 * Map layout: entry keys are {@code "e" + value + sort key + position} strings (value length-prefixed and typed, so a
 * String never collides with the ObjectId of the same hex and no value is a prefix of another; the sort key fixed width
 * per kind: "0" null or missing, "1" + 16 hex digits a date, "2" anything else; empty without a second key), entry
 * values the positions (the documents' {@code _id}, as the H2 collection keys its documents). Meta keys sort before
 * every entry: the format, the number of documents the index has seen and how many of them cannot be walked. At open
 * the count is compared with the collection's: a store written by a server that did not maintain this index (an older
 * Readout, or the format without sort keys) or a torn write makes them differ, and the index is rebuilt rather than
 * trusted.
 */
final class H2SecondaryIndex extends Index<Object> {

    private static final Logger log = LoggerFactory.getLogger(H2SecondaryIndex.class);

    private static final String FORMAT_KEY = "\u0000format";
    private static final String DOCS_KEY = "\u0000docs";
    private static final String UNWALKABLE_KEY = "\u0000unwalkable";
    /** 2: entries carry the second key's sort key (format 1 stores are rebuilt at open). */
    private static final Integer FORMAT = 2;
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
    /** The second key when it is a top-level field other than _id: entries are ordered by it; else null. */
    private final String sortField;

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
        String second = keys.size() > 1 ? keys.get(1).getKey() : null;
        this.sortField = second != null && !second.equals(ID) && !second.isEmpty() && !second.contains(".")
                && !second.startsWith("$") ? second : null;
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
        for (String key : keys(document, stored)) {
            map.put(key, stored);
        }
        countDocuments(1, walkable(document, stored) ? 0 : 1);
    }

    @Override
    public synchronized Object remove(Document document) {
        Object position = Missing.ofNullable(document.get(ID));
        for (String key : keys(document, position)) {
            map.remove(key);
        }
        countDocuments(-1, walkable(document, position) ? 0 : -1);
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
        Set<String> before = keys(oldDocument, stored);
        Set<String> after = keys(newDocument, stored);
        for (String key : before) {
            if (!after.contains(key)) {
                map.remove(key);
            }
        }
        for (String key : after) {
            if (!before.contains(key)) {
                map.put(key, stored);
            }
        }
        int unwalkable = (walkable(newDocument, stored) ? 0 : 1) - (walkable(oldDocument, stored) ? 0 : 1);
        if (unwalkable != 0) {
            countDocuments(0, unwalkable);
        }
    }

    private void countDocuments(long delta, long unwalkableDelta) {
        map.putIfAbsent(FORMAT_KEY, FORMAT);
        if (delta != 0) {
            Object docs = map.get(DOCS_KEY);
            map.put(DOCS_KEY, (docs instanceof Long n ? n : 0L) + delta);
        }
        if (unwalkableDelta != 0 || !map.containsKey(UNWALKABLE_KEY)) {
            Object odd = map.get(UNWALKABLE_KEY);
            map.put(UNWALKABLE_KEY, (odd instanceof Long n ? n : 0L) + unwalkableDelta);
        }
    }

    @Override
    public long getCount() {
        long meta = (map.containsKey(FORMAT_KEY) ? 1 : 0) + (map.containsKey(DOCS_KEY) ? 1 : 0)
                + (map.containsKey(UNWALKABLE_KEY) ? 1 : 0);
        return Math.max(0, map.sizeAsLong() - meta);
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
        return new Positions(values);
    }

    /**
     * The positions of every document a served query can match. Iterated, they come in the collection's key order, as
     * a scan returns them, each document once (multikey: several entries); {@link #walk} instead follows the index
     * order of one value lazily, for the collection to stop early.
     */
    final class Positions implements Iterable<Object> {

        private final List<Object> values;

        private Positions(List<Object> values) {
            this.values = values;
        }

        @Override
        public java.util.Iterator<Object> iterator() {
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
            return new ArrayList<>(positions).iterator();
        }

        /**
         * Whether a walk returns the matches in MongoDB's order for {@code orderBy}: +1 for {@code {field: 1, _id: 1}}
         * (the entry order), -1 for {@code {field: -1, _id: -1}}, 0 when it does not (another sort, several values
         * whose entries would have to be merged, a document that is not ordered by its entry).
         */
        int walkDirection(Document orderBy) {
            if (sortField == null || values.size() != 1 || orderBy == null || orderBy.size() != 2) {
                return 0;
            }
            var keys = orderBy.keySet().iterator();
            if (!keys.next().equals(sortField) || !keys.next().equals(ID)) {
                return 0;
            }
            int first = direction(orderBy.get(sortField));
            if (first == 0 || first != direction(orderBy.get(ID))) {
                return 0;
            }
            Object unwalkable = map.get(UNWALKABLE_KEY);
            return unwalkable instanceof Long n && n == 0 ? first : 0;
        }

        String sortField() {
            return sortField;
        }

        /**
         * The entries of the (single) value in index order, ascending or descending, lazily: each is the position and
         * the document's date in the sort field, or null when the document has null or nothing there. Only for a
         * {@link #walkDirection} other than 0.
         */
        java.util.Iterator<Object[]> walk(boolean descending) {
            String prefix = ENTRY + encodeValue(values.get(0));
            // every key of the value starts with the prefix followed by an ASCII sort key, so prefix + U+FFFF is above all
            Cursor<String, Object> cursor = descending ? map.cursor(prefix + '\uffff', prefix, true) : map.cursor(prefix);
            int at = prefix.length();
            return new java.util.Iterator<>() {
                private Object[] next = advance();

                private Object[] advance() {
                    if (!cursor.hasNext()) {
                        return null;
                    }
                    String key = cursor.next();
                    if (!key.startsWith(prefix)) {
                        return null;
                    }
                    Object date = key.charAt(at) == '1'
                            ? java.time.Instant.ofEpochMilli(Long.parseUnsignedLong(key.substring(at + 1, at + 17), 16)
                            ^ Long.MIN_VALUE) : null;
                    return new Object[] {cursor.getValue(), date};
                }

                @Override
                public boolean hasNext() {
                    return next != null;
                }

                @Override
                public Object[] next() {
                    if (next == null) {
                        throw new java.util.NoSuchElementException();
                    }
                    Object[] out = next;
                    next = advance();
                    return out;
                }
            };
        }
    }

    private static int direction(Object value) {
        if (value instanceof Number n && (n.doubleValue() == 1 || n.doubleValue() == -1)) {
            return (int) n.doubleValue();
        }
        return 0;
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

    /** The map keys of a document: one per indexable value, each followed by the sort key and the position. */
    private Set<String> keys(Document document, Object position) {
        String tail = sortKey(document) + encodePosition(position);
        Set<String> out = new LinkedHashSet<>();
        for (String value : values(document)) {
            out.add(ENTRY + value + tail);
        }
        return out;
    }

    /**
     * Orders the entries of one value as MongoDB sorts by the second key ascending: null and missing (equal, so then
     * by position) before dates; dates as signed milliseconds made unsigned, in fixed-width hex. Anything else (an
     * array, a string, a date below the millisecond) gets "2" and makes the document unwalkable.
     */
    private String sortKey(Document document) {
        if (sortField == null) {
            return "";
        }
        Object value = document.get(sortField);
        if (value == null || value instanceof Missing) {
            return "0";
        }
        if (value instanceof java.time.Instant instant && instant.getNano() % 1_000_000 == 0) {
            return "1" + String.format("%016x", instant.toEpochMilli() ^ Long.MIN_VALUE);
        }
        return "2";
    }

    /** Whether the entries of this document sit where MongoDB's sort by (second key, _id) puts it. */
    private boolean walkable(Document document, Object position) {
        return sortField == null || (position instanceof ObjectId && !sortKey(document).equals("2"));
    }

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
