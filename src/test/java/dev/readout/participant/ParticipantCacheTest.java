package dev.readout.participant;

import com.mongodb.event.CommandStartedEvent;
import com.mongodb.event.CommandSucceededEvent;
import com.mongodb.connection.ClusterId;
import com.mongodb.connection.ConnectionDescription;
import com.mongodb.connection.ServerId;
import dev.readout.mongo.CollectionWrites;
import org.bson.BsonDocument;
import org.bson.BsonString;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The participant cache serves what it loaded until this process writes a participant (dropped at once, and a load
 * that overlapped the write is not kept) or the staleness bound passes (other instances' writes); unknown ids too.
 */
class ParticipantCacheTest {

    private final CollectionWrites writes = new CollectionWrites();
    private final AtomicLong now = new AtomicLong();
    private final ParticipantCache cache = new ParticipantCache(writes, Duration.ofSeconds(2), 1000, now::get);
    private final Map<String, Participant> store = new HashMap<>();
    private final List<Collection<String>> loads = new ArrayList<>();

    private Map<String, Participant> load(Collection<String> ids) {
        loads.add(List.copyOf(ids));
        Map<String, Participant> out = new HashMap<>();
        ids.forEach(id -> {
            if (store.containsKey(id)) {
                out.put(id, store.get(id));
            }
        });
        return out;
    }

    private static Participant named(String id, String name) {
        return new Participant(id, name, List.of(), ParticipantKind.PERSON, "US", List.of(), List.of(), null, null);
    }

    private int request = 1;

    private void write(String collection, Runnable whileRunning) {
        int id = request++;
        ConnectionDescription c = new ConnectionDescription(new ServerId(new ClusterId(), new com.mongodb.ServerAddress()));
        BsonDocument command = new BsonDocument("update", new BsonString(collection));
        writes.commandStarted(new CommandStartedEvent(null, 1, id, c, "readout", "update", command));
        whileRunning.run();
        writes.commandSucceeded(new CommandSucceededEvent(null, 1, id, c, "readout", "update", new BsonDocument(), 1));
    }

    @Test
    void servesFromMemoryUntilAWriteOfThisProcessOrTheBound() {
        store.put("a", named("a", "Antony Blinken"));
        assertThat(cache.byIds(List.of("a", "x"), this::load)).containsOnlyKeys("a");
        assertThat(cache.byIds(List.of("a", "x"), this::load)).containsOnlyKeys("a");
        assertThat(loads).hasSize(1); // the unknown id is remembered as absent too

        write("calls", () -> { });
        cache.byIds(List.of("a"), this::load);
        assertThat(loads).as("a write to another collection keeps the cache").hasSize(1);

        store.put("a", named("a", "Tony Blinken"));
        write("participants", () -> { });
        assertThat(cache.byIds(List.of("a"), this::load).get("a").name()).isEqualTo("Tony Blinken");
        assertThat(loads).hasSize(2);

        store.put("a", named("a", "A. Blinken")); // another instance's write: not seen ...
        now.addAndGet(Duration.ofMillis(1999).toNanos());
        assertThat(cache.byIds(List.of("a"), this::load).get("a").name()).isEqualTo("Tony Blinken");
        now.addAndGet(Duration.ofMillis(1).toNanos()); // ... for longer than the bound
        assertThat(cache.byIds(List.of("a"), this::load).get("a").name()).isEqualTo("A. Blinken");
    }

    @Test
    void aLoadThatOverlapsAWriteIsNotKept() {
        store.put("a", named("a", "Before"));
        // the load reads the old document while the write is under way
        cache.byIds(List.of("a"), ids -> {
            Map<String, Participant> old = load(ids);
            write("participants", () -> store.put("a", named("a", "After")));
            return old;
        });
        assertThat(cache.byIds(List.of("a"), this::load).get("a").name()).isEqualTo("After");
        assertThat(cache.ids("name:after", () -> List.of("a"))).containsExactly("a");
        write("participants", () -> { });
        assertThat(cache.ids("name:after", () -> List.of("a", "b"))).containsExactly("a", "b");
    }
}
