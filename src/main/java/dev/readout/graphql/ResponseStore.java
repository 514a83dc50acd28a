package dev.readout.graphql;

import dev.readout.mongo.CollectionWrites;
import tools.jackson.core.io.SerializedString;

import java.time.Duration;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * The serialized answers of read-only queries, by what determines them ({@link Key}), bounded in entries and bytes
 * (least recently used out first).
 * <p>
 * Correctness in this instance: an answer may read from any collection, so every write this process's MongoDB client
 * sends ({@link CollectionWrites#version()}) drops everything, and an answer is kept only if no write started or
 * finished while it was computed: a query that follows an acknowledged write is never answered from before it.
 * <p>
 * Several instances on one MongoDB: another instance's writes are not seen here, so an answer is also served for at
 * most {@code maxStaleness} after it was stored ({@code readout.cache.responses.max-staleness}, 2 s; 0 turns the
 * store off).
 */
public final class ResponseStore {

    /**
     * What an answer depends on: the normalised document (or the persisted query's hash), the operation, the
     * variables as JSON, and whether the request presented the API key (reads are open today; keeping keyed and
     * unkeyed answers apart means a field that one day shows more with the key cannot leak from the cache).
     */
    public record Key(String document, String persistedHash, String operationName, String variables, boolean keyed) {

        long bytes() {
            return 64L + length(document) + length(persistedHash) + length(operationName) + length(variables);
        }

        private static long length(String s) {
            return s == null ? 0 : s.length();
        }
    }

    /** The JSON as a {@link SerializedString}: Jackson writes it raw and keeps its UTF-8 bytes after the first time. */
    private record Entry(SerializedString json, long storedAt, long bytes) {
    }

    private final CollectionWrites writes;
    private final long maxStalenessNanos;
    private final int maxEntries;
    private final long maxBytes;
    private final LongSupplier clock;

    /** Guarded by itself; access order, so the eldest is the least recently used. */
    private final LinkedHashMap<Key, Entry> entries = new LinkedHashMap<>(256, 0.75f, true);
    private long bytes;
    /** The write version the entries were stored at. */
    private long version;

    public ResponseStore(CollectionWrites writes, Duration maxStaleness, int maxEntries, long maxBytes) {
        this(writes, maxStaleness, maxEntries, maxBytes, System::nanoTime);
    }

    ResponseStore(CollectionWrites writes, Duration maxStaleness, int maxEntries, long maxBytes, LongSupplier clock) {
        this.writes = writes;
        this.maxStalenessNanos = maxStaleness.toNanos();
        this.maxEntries = maxEntries;
        this.maxBytes = maxBytes;
        this.clock = clock;
        this.version = writes.version();
    }

    public boolean enabled() {
        return maxStalenessNanos > 0 && maxEntries > 0 && maxBytes > 0;
    }

    /** The write version now: note it before computing an answer, and hand it to {@link #put}. */
    public long version() {
        return writes.version();
    }

    /** The kept answer's JSON, or null when there is none, it is older than the bound, or a write came since. */
    public SerializedString get(Key key) {
        long v = writes.version();
        synchronized (entries) {
            if (v != version) {
                clearLocked();
                version = v;
                return null;
            }
            Entry e = entries.get(key);
            if (e == null) {
                return null;
            }
            if (clock.getAsLong() - e.storedAt() >= maxStalenessNanos) {
                remove(key, e);
                return null;
            }
            return e.json();
        }
    }

    /**
     * Keeps an answer computed from the store as it was at {@code versionBefore} (the value of {@link #version()}
     * noted before computing it) if no write of this process started or finished since, and it fits the bounds.
     */
    public void put(Key key, String json, long versionBefore) {
        // the text (up to two bytes a character) and its UTF-8 bytes once written
        long size = key.bytes() + 3L * json.length() + 64;
        // one answer may take at most a sixteenth of the room, so a few large ones cannot push everything else out
        if (!enabled() || size > maxBytes / 16) {
            return;
        }
        long now = clock.getAsLong();
        synchronized (entries) {
            long v = writes.version();
            if (v != versionBefore) {
                return;
            }
            if (v != version) {
                clearLocked();
                version = v;
            }
            Entry old = entries.put(key, new Entry(new SerializedString(json), now, size));
            if (old != null) {
                bytes -= old.bytes();
            }
            bytes += size;
            Iterator<Map.Entry<Key, Entry>> eldest = entries.entrySet().iterator();
            while ((entries.size() > maxEntries || bytes > maxBytes) && eldest.hasNext()) {
                bytes -= eldest.next().getValue().bytes();
                eldest.remove();
            }
        }
    }

    /** Forgets every answer. */
    public void clear() {
        synchronized (entries) {
            clearLocked();
        }
    }

    public int size() {
        synchronized (entries) {
            return entries.size();
        }
    }

    long bytes() {
        synchronized (entries) {
            return bytes;
        }
    }

    private void remove(Key key, Entry e) {
        entries.remove(key);
        bytes -= e.bytes();
    }

    private void clearLocked() {
        entries.clear();
        bytes = 0;
    }
}
