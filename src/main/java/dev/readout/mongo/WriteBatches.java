package dev.readout.mongo;

import com.mongodb.WriteConcern;
import org.springframework.data.mongodb.core.MongoAction;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.WriteConcernResolver;

import java.util.function.Supplier;

/**
 * Runs a batch of writes that needs to be durable only as a whole: the writes a thread makes inside
 * {@link #unjournaled} ask MongoDB for no journal ({@code w: 1, j: false}), and the caller makes them durable by the
 * durable write it ends the batch with.
 * <p>
 * Why: resolving one article makes some thirty write commands, and the embedded store commits each durable write as a
 * chunk of its own (the changed pages, the paths above them and the store's layout, tens of KB). Written one chunk per
 * command, a small store's file is mostly chunks waiting to be compacted, several times its live data (issue 18). The
 * embedded store commits an unjournaled write with the next durable one or within its compaction interval
 * ({@link DurableH2Backend}), so an article's resolution becomes a few chunks. MongoDB's own meaning of {@code j: false}
 * is the same: acknowledged in memory, on disk within the journal's commit interval; so the same code is right on a
 * real MongoDB, where the ingest's last write, acknowledged only once journaled by default on a replica set, or within
 * 100 ms standalone, is what it was before.
 * <p>
 * What may be unjournaled is decided where the batch's end is known: the ingest wraps an article's resolution, whose
 * last step (the article's extraction state, written durably after it) is what acknowledges the article. A kill
 * before that leaves the article pending, and it is resolved again at the next start.
 */
public final class WriteBatches {

    /** What an unjournaled write asks for. */
    public static final WriteConcern UNJOURNALED = WriteConcern.W1.withJournal(false);

    private static final ThreadLocal<Boolean> BATCH = ThreadLocal.withInitial(() -> false);

    private WriteBatches() {
    }

    /** Runs {@code work} with this thread's writes unjournaled; nested batches are one batch. */
    public static <T> T unjournaled(Supplier<T> work) {
        if (BATCH.get()) {
            return work.get();
        }
        BATCH.set(true);
        try {
            return work.get();
        } finally {
            BATCH.set(false);
        }
    }

    /** The write concern of a template's writes: unjournaled inside a batch, else the template's own. */
    static WriteConcern resolve(MongoAction action) {
        return BATCH.get() ? UNJOURNALED : action.getDefaultWriteConcern();
    }

    /** Lets {@code template}'s writes follow the batches of the thread that makes them. */
    public static MongoTemplate apply(MongoTemplate template) {
        template.setWriteConcernResolver(RESOLVER);
        return template;
    }

    private static final WriteConcernResolver RESOLVER = WriteBatches::resolve;
}
