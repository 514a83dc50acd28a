package dev.readout.mongo;

import com.mongodb.event.CommandFailedEvent;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import com.mongodb.event.CommandSucceededEvent;

import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A version number per collection that changes with every write this process's MongoDB client sends to it: the
 * signal that lets a cache of rarely-changing documents (participants) drop what it holds the moment this instance
 * changes them, whichever code path wrote (resolution, merges, tests inserting through the template).
 * <p>
 * It listens to the driver's commands ({@link CommandListener}), so it needs no call in the writing code. A write moves
 * the version twice: when the command is sent and when its answer (or failure) comes back. A reader that notes the
 * version, loads, and stores what it loaded only if the version has not moved meanwhile can therefore never keep a
 * document read before or during a write once the write has been acknowledged. {@code dropDatabase} moves every
 * collection's version.
 * <p>
 * Writes by other processes (several Readout instances on one MongoDB) are not seen here: caches keyed on this bound
 * their staleness by time as well (see {@code readout.cache.participants.max-staleness} and
 * {@code readout.cache.responses.max-staleness}).
 */
public final class CollectionWrites implements CommandListener {

    /** Command names (lower case) whose first value names a collection they change. */
    private static final Set<String> WRITES = Set.of("insert", "update", "delete", "findandmodify", "drop", "create",
            "renamecollection", "collmod");
    private static final String ALL = "";

    private final ConcurrentHashMap<String, AtomicLong> versions = new ConcurrentHashMap<>();
    private final AtomicLong everything = new AtomicLong();
    /** Moves with every write to any collection: for caches of answers that may read from any of them. */
    private final AtomicLong any = new AtomicLong();
    /** Write commands sent and not yet answered: request id to collection (ALL for dropDatabase). */
    private final ConcurrentHashMap<Integer, String> open = new ConcurrentHashMap<>();

    /** The current version of {@code collection}: equal values mean no write of this process in between. */
    public long version(String collection) {
        return everything.get() + counter(collection).get();
    }

    /** A version over all collections: equal values mean no write of this process to any collection in between. */
    public long version() {
        return any.get();
    }

    private AtomicLong counter(String collection) {
        return versions.computeIfAbsent(collection, c -> new AtomicLong());
    }

    private void bump(String collection) {
        any.incrementAndGet();
        if (ALL.equals(collection)) {
            everything.incrementAndGet();
        } else {
            counter(collection).incrementAndGet();
        }
    }

    @Override
    public void commandStarted(CommandStartedEvent event) {
        String name = event.getCommandName().toLowerCase(Locale.ROOT);
        String collection;
        if (name.equals("dropdatabase")) {
            collection = ALL;
        } else if (WRITES.contains(name)) {
            var value = event.getCommand().get(event.getCommandName());
            collection = value != null && value.isString() ? value.asString().getValue() : ALL;
        } else {
            return;
        }
        open.put(event.getRequestId(), collection);
        bump(collection);
    }

    @Override
    public void commandSucceeded(CommandSucceededEvent event) {
        finished(event.getRequestId());
    }

    @Override
    public void commandFailed(CommandFailedEvent event) {
        finished(event.getRequestId());
    }

    private void finished(int requestId) {
        String collection = open.remove(requestId);
        if (collection != null) {
            bump(collection);
        }
    }
}
