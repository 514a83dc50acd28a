package dev.readout.graphql;

import com.mongodb.ServerAddress;
import com.mongodb.connection.ClusterId;
import com.mongodb.connection.ConnectionDescription;
import com.mongodb.connection.ServerId;
import com.mongodb.event.CommandStartedEvent;
import com.mongodb.event.CommandSucceededEvent;
import dev.readout.mongo.CollectionWrites;
import org.bson.BsonDocument;
import org.bson.BsonString;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kept answers are served until this process writes to any collection (dropped at once; an answer computed while a
 * write ran is not kept) or the staleness bound passes (other instances' writes), within the entry and byte bounds.
 */
class ResponseStoreTest {

    private final CollectionWrites writes = new CollectionWrites();
    private final AtomicLong now = new AtomicLong();
    private final ResponseStore store = new ResponseStore(writes, Duration.ofSeconds(2), 3, 1 << 20, now::get);
    private int request = 1;

    private static ResponseStore.Key key(String variables) {
        return new ResponseStore.Key("{calls{totalCount}}", null, null, variables, false);
    }

    private static String json(ResponseStore store, ResponseStore.Key key) {
        var kept = store.get(key);
        return kept == null ? null : kept.getValue();
    }

    private int started(String collection) {
        int id = request++;
        writes.commandStarted(new CommandStartedEvent(null, 1, id, connection(), "readout", "insert",
                new BsonDocument("insert", new BsonString(collection))));
        return id;
    }

    private void finished(int id) {
        writes.commandSucceeded(new CommandSucceededEvent(null, 1, id, connection(), "readout", "insert",
                new BsonDocument(), 1));
    }

    private static ConnectionDescription connection() {
        return new ConnectionDescription(new ServerId(new ClusterId(), new ServerAddress()));
    }

    @Test
    void servesUntilAWriteOfThisProcessToAnyCollectionOrTheBound() {
        store.put(key("a"), "{\"calls\":1}", store.version());
        assertThat(json(store, key("a"))).isEqualTo("{\"calls\":1}");
        assertThat(json(store, key("b"))).isNull();

        finished(started("leases"));
        assertThat(json(store, key("a"))).as("any collection: an answer may read from all").isNull();

        store.put(key("a"), "{\"calls\":2}", store.version());
        now.addAndGet(Duration.ofMillis(1999).toNanos());
        assertThat(json(store, key("a"))).isEqualTo("{\"calls\":2}");
        now.addAndGet(Duration.ofMillis(1).toNanos());
        assertThat(json(store, key("a"))).as("another instance's writes show within the bound").isNull();
    }

    @Test
    void anAnswerComputedWhileAWriteRanIsNotKept() {
        long before = store.version();
        int write = started("calls");
        store.put(key("a"), "{}", before);
        assertThat(json(store, key("a"))).as("the write started while it was computed").isNull();

        long during = store.version();
        finished(write);
        store.put(key("a"), "{}", during);
        assertThat(json(store, key("a"))).as("the write was acknowledged while it was computed").isNull();

        store.put(key("a"), "{}", store.version());
        assertThat(json(store, key("a"))).isEqualTo("{}");
    }

    @Test
    void boundedInEntriesAndBytesLeastRecentlyUsedOutFirst() {
        for (String v : new String[]{"a", "b", "c"}) {
            store.put(key(v), "{}", store.version());
        }
        json(store, key("a")); // used: "b" is now the eldest
        store.put(key("d"), "{}", store.version());
        assertThat(store.size()).isEqualTo(3);
        assertThat(json(store, key("b"))).isNull();
        assertThat(json(store, key("a"))).isNotNull();

        ResponseStore small = new ResponseStore(writes, Duration.ofSeconds(2), 100, 16_000, now::get);
        small.put(key("big"), "x".repeat(1_000), small.version());
        assertThat(small.size()).as("over a sixteenth of the room: served, not kept").isZero();
        for (int i = 0; i < 50; i++) {
            small.put(key("k" + i), "x".repeat(200), small.version());
        }
        assertThat(small.bytes()).isLessThanOrEqualTo(16_000);
        assertThat(json(small, key("k49"))).isNotNull();
        assertThat(json(small, key("k0"))).isNull();
    }

    @Test
    void zeroStalenessKeepsNothing() {
        ResponseStore off = new ResponseStore(writes, Duration.ZERO, 100, 1 << 20, now::get);
        assertThat(off.enabled()).isFalse();
        off.put(key("a"), "{}", off.version());
        assertThat(off.size()).isZero();
    }
}
