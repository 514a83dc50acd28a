package dev.readout.mongo;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Update;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

import static org.springframework.data.mongodb.core.query.Query.query;

/**
 * Mutual exclusion across every process on one MongoDB: a lease document per key in {@value #COLLECTION}, taken with
 * one {@code findAndModify} (upsert) that matches only a free or expired lease, so MongoDB's unique {@code _id}
 * decides between two takers; the loser sees a duplicate key and retries with a growing, jittered pause. Works alike
 * on a replica set and on the embedded server (no transactions needed).
 *
 * <p>A holder renews its lease every third of {@link #ttl} while it works, so only a holder that stopped (killed,
 * frozen past the TTL) loses it. One that finds, at release, that it lost the lease meanwhile is told so
 * ({@link LeaseLost}): its work may have interleaved with another holder's, and must be done again.
 */
public class Leases {

    public static final String COLLECTION = "leases";

    private static final Logger log = LoggerFactory.getLogger(Leases.class);
    private static final ScheduledExecutorService RENEWALS = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "readout-lease-renewal");
        t.setDaemon(true);
        return t;
    });

    private final MongoTemplate mongo;
    private final Duration ttl;
    private final Duration maxWait;

    public Leases(MongoTemplate mongo, Duration ttl, Duration maxWait) {
        this.mongo = mongo;
        this.ttl = ttl;
        this.maxWait = maxWait;
    }

    /** The holder lost the lease while working: another process may have taken it, so the work must be redone. */
    public static final class LeaseLost extends RuntimeException {
        LeaseLost(String key) {
            super("lost the lease '" + key + "' while holding it (paused past its " + "time to live?)");
        }
    }

    /**
     * Runs {@code work} holding the lease {@code key}, waiting for it up to {@link #maxWait}; if the lease was lost
     * meanwhile, runs it again (work must be idempotent), at most three times.
     */
    public <T> T holding(String key, Supplier<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return once(key, work);
            } catch (LeaseLost e) {
                if (attempt == 3) {
                    throw e;
                }
                log.warn("{}; doing the work again", e.getMessage());
            }
        }
    }

    private <T> T once(String key, Supplier<T> work) {
        String owner = UUID.randomUUID().toString();
        acquire(key, owner);
        AtomicBoolean lost = new AtomicBoolean();
        long every = Math.max(1, ttl.toMillis() / 3);
        ScheduledFuture<?> renewal = RENEWALS.scheduleAtFixedRate(() -> {
            if (!lost.get() && !renew(key, owner)) {
                lost.set(true);
            }
        }, every, every, TimeUnit.MILLISECONDS);
        T result;
        try {
            result = work.get();
        } finally {
            renewal.cancel(false);
            boolean released = release(key, owner);
            if (!released) {
                lost.set(true);
            }
        }
        if (lost.get()) {
            throw new LeaseLost(key);
        }
        return result;
    }

    /** Takes the lease for {@code owner}, waiting while another holds it. */
    void acquire(String key, String owner) {
        long deadline = System.nanoTime() + maxWait.toNanos();
        long pause = 2;
        while (true) {
            Instant now = Instant.now();
            try {
                mongo.findAndModify(query(Criteria.where("_id").is(key).orOperator(
                                Criteria.where("expiresAt").lt(Date.from(now)), Criteria.where("owner").is(owner))),
                        new Update().set("owner", owner).set("expiresAt", Date.from(now.plus(ttl)))
                                .set("takenAt", Date.from(now)),
                        FindAndModifyOptions.options().upsert(true).returnNew(true), Document.class, COLLECTION);
                return;
            } catch (DuplicateKeyException held) {
                // another holder's lease is in place and not expired: wait and try again
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("could not take the lease '" + key + "' within " + maxWait
                        + ": another Readout process holds it");
            }
            sleep(pause + ThreadLocalRandom.current().nextLong(pause + 1));
            pause = Math.min(pause * 2, 100);
        }
    }

    private boolean renew(String key, String owner) {
        try {
            return mongo.updateFirst(query(Criteria.where("_id").is(key).and("owner").is(owner)),
                    Update.update("expiresAt", Date.from(Instant.now().plus(ttl))), COLLECTION).getMatchedCount() == 1;
        } catch (RuntimeException e) {
            log.warn("Could not renew the lease '{}': {}", key, e.toString());
            return true; // not known to be lost; the release will tell
        }
    }

    /** Gives the lease up; false when it was no longer this owner's. */
    private boolean release(String key, String owner) {
        return mongo.remove(query(Criteria.where("_id").is(key).and("owner").is(owner)), COLLECTION)
                .getDeletedCount() == 1;
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a lease", e);
        }
    }
}
