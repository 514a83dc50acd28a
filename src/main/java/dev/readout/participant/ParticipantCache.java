package dev.readout.participant;

import dev.readout.mongo.CollectionWrites;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Participants by id, and the ids a name or country filter matches, kept in memory: a page of calls with their
 * participants, roles and countries then costs no participant command at all once the people on it were read.
 * <p>
 * Correctness in this instance: everything is dropped the moment this process's MongoDB client writes to the
 * participants collection ({@link CollectionWrites}: resolution, merges, anything through the template), and a load
 * is kept only if no such write started or finished while it ran, so a read that follows an acknowledged write never
 * sees what was there before it.
 * <p>
 * Several instances on one MongoDB: a write by another instance is not seen here, so every entry is also dropped
 * {@code maxStaleness} after it was read (default 2 s, {@code readout.cache.participants.max-staleness}; 0 turns the
 * cache off). A name, role or country changed through another instance shows in this one's answers within that bound.
 * (A change stream would make it immediate, but needs a replica set; the embedded server and a standalone MongoDB have
 * none, and the time bound works on all three.)
 * <p>
 * Unknown ids are remembered as absent too (the filters' existence check), under the same rules. At most
 * {@code maxEntries} ids are held; past that the cache starts over.
 */
final class ParticipantCache {

    private record Entry<T>(T value, long loadedAt) {
    }

    private final CollectionWrites writes;
    private final long maxStalenessNanos;
    private final int maxEntries;
    private final LongSupplier clock;

    private final ConcurrentHashMap<String, Entry<Participant>> byId = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Entry<List<String>>> matches = new ConcurrentHashMap<>();
    /** The participants collection's version the entries were loaded at. */
    private volatile long version;

    ParticipantCache(CollectionWrites writes, Duration maxStaleness, int maxEntries) {
        this(writes, maxStaleness, maxEntries, System::nanoTime);
    }

    ParticipantCache(CollectionWrites writes, Duration maxStaleness, int maxEntries, LongSupplier clock) {
        this.writes = writes;
        this.maxStalenessNanos = maxStaleness.toNanos();
        this.maxEntries = maxEntries;
        this.clock = clock;
        this.version = writes.version(Participant.COLLECTION);
    }

    boolean enabled() {
        return maxStalenessNanos > 0;
    }

    /**
     * The participants of these ids (absent ones left out), from memory where fresh, the rest through {@code load}
     * in one call.
     */
    Map<String, Participant> byIds(Collection<String> ids, Function<Collection<String>, Map<String, Participant>> load) {
        long v = current();
        long now = clock.getAsLong();
        Map<String, Participant> out = new HashMap<>();
        List<String> missing = null;
        for (String id : ids) {
            Entry<Participant> e = byId.get(id);
            if (e != null && now - e.loadedAt() < maxStalenessNanos) {
                if (e.value() != null) {
                    out.put(id, e.value());
                }
            } else {
                if (missing == null) {
                    missing = new java.util.ArrayList<>();
                }
                missing.add(id);
            }
        }
        if (missing == null) {
            return out;
        }
        Map<String, Participant> loaded = load.apply(missing);
        out.putAll(loaded);
        synchronized (this) {
            // a load larger than the whole cache is served, not kept
            if (v == version && writes.version(Participant.COLLECTION) == v && missing.size() <= maxEntries) {
                if (byId.size() + missing.size() > maxEntries) {
                    byId.clear();
                }
                for (String id : missing) {
                    byId.put(id, new Entry<>(loaded.get(id), now));
                }
            }
        }
        return out;
    }

    /** The ids a filter ({@code key}: its kind and folded value) matches, from memory where fresh, else loaded. */
    /** The most ids one kept filter match may hold. */
    static final int MAX_KEPT_MATCHES = 10_000;

    List<String> ids(String key, Supplier<List<String>> load) {
        long v = current();
        long now = clock.getAsLong();
        Entry<List<String>> e = matches.get(key);
        if (e != null && now - e.loadedAt() < maxStalenessNanos) {
            return e.value();
        }
        List<String> loaded = List.copyOf(load.get());
        synchronized (this) {
            // a filter that matches a large share of the participants ("a") is served, not kept: a thousand of those
            // would hold the participant ids a thousand times over
            if (v == version && writes.version(Participant.COLLECTION) == v && loaded.size() <= MAX_KEPT_MATCHES) {
                if (matches.size() >= 1_000) {
                    matches.values().removeIf(old -> now - old.loadedAt() >= maxStalenessNanos);
                }
                if (matches.size() >= 1_000) {
                    matches.clear();
                }
                matches.put(key, new Entry<>(loaded, now));
            }
        }
        return loaded;
    }

    /** The collection's version now; everything loaded at another version is dropped first. */
    private long current() {
        long v = writes.version(Participant.COLLECTION);
        if (v != version) {
            synchronized (this) {
                v = writes.version(Participant.COLLECTION);
                if (v != version) {
                    byId.clear();
                    matches.clear();
                    version = v;
                }
            }
        }
        return v;
    }
}
