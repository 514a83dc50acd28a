package dev.readout.mongo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;

/**
 * Runs the store's compaction steps on a daemon thread every interval, so that no write command ever waits for a whole
 * compaction: a step holds the write lock only for the bounded work it does (see
 * {@link DurableH2Backend#compactStep}), and writes go on between steps. It syncs the file before the steps and after
 * each of them, which is what lets emptied chunks' space be reused (see {@link CompactionSettings#retention}), and
 * bounds how long a written chunk may sit in the operating system's cache only.
 */
final class StoreCompactor implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(StoreCompactor.class);

    private final ScheduledExecutorService timer;
    private final BooleanSupplier step;
    private final Runnable sync;
    private final LongSupplier writes;
    private final BooleanSupplier pending;
    private final long budgetNanos;
    private final AtomicLong steps = new AtomicLong();
    private final AtomicLong longestMillis = new AtomicLong();
    private volatile boolean failing;

    /** The file's write count when the last round ended (only the timer thread touches it). */
    private long writtenAfterLastRound = -1;
    /** Whether the last round ended because a step found nothing to do. */
    private boolean settled;

    /**
     * @param step   one bounded step; true when it gained anything (rewrote chunks or shortened the file)
     * @param sync   forces what was written to the disk, before the steps of each interval and after each step
     * @param writes  how many writes the file has had (a count that changes whenever anything is written)
     * @param pending whether writes wait in memory to be committed (unjournaled ones, {@link WriteBatches}); the
     *                sync commits them, so a round runs while there are any
     */
    StoreCompactor(CompactionSettings settings, BooleanSupplier step, Runnable sync, LongSupplier writes,
                   BooleanSupplier pending) {
        this.step = step;
        this.sync = sync;
        this.writes = writes;
        this.pending = pending;
        this.budgetNanos = settings.interval().toNanos() / 2;
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "readout-store-compaction");
            t.setDaemon(true);
            return t;
        });
        long every = settings.interval().toMillis();
        timer.scheduleWithFixedDelay(this::run, every, every, TimeUnit.MILLISECONDS);
    }

    /**
     * Syncs, then steps until one finds nothing to do or half the interval is spent, syncing after each step that
     * rewrote or moved chunks, so that compaction keeps up with a fast writer but leaves the store to the writers at
     * least half the time (each step queues for the write lock behind the writes already waiting, and releases it
     * after).
     * <p>
     * The syncs are what lets space be reused ({@link DurableH2Backend}): a chunk emptied by a commit or a step is
     * overwritten only after a sync that covers the commit that emptied it. So the sync comes first, and the first
     * step frees what the commits since the last round emptied; the sync after a step lets the next step (or the
     * next commit) free the chunks that step emptied, instead of leaving them in the file for another round. Under
     * steady writes the space waiting for a sync is about what one interval of commits wrote, which on a small store
     * is most of the file. A round in which nothing was written since the last one ended, and that found nothing to
     * do, is skipped (no sync, no step): an idle store costs nothing. Writes left uncommitted (unjournaled) are
     * committed by the round's first sync, so they reach the file within an interval.
     */
    private void run() {
        long start = System.nanoTime();
        try {
            long written = writes.getAsLong();
            if (written == writtenAfterLastRound && settled && !pending.getAsBoolean()) {
                return;
            }
            settled = false;
            sync.run();
            while (true) {
                long t0 = System.nanoTime();
                if (!step.getAsBoolean()) {
                    settled = true;
                    break;
                }
                long t1 = System.nanoTime();
                steps.incrementAndGet();
                longestMillis.accumulateAndGet((t1 - t0) / 1_000_000, Math::max);
                sync.run();
                if (System.nanoTime() - start > budgetNanos) {
                    break;
                }
            }
            writtenAfterLastRound = writes.getAsLong();
            failing = false;
        } catch (RuntimeException e) {
            // a failed step changes nothing on disk that the next commit relies on; try again at the next tick, but
            // say so once rather than every interval
            if (!failing) {
                log.warn("Compaction of the embedded store failed; retrying in the background", e);
            }
            failing = true;
            settled = false;
        }
    }

    long steps() {
        return steps.get();
    }

    long longestStepMillis() {
        return longestMillis.get();
    }

    /**
     * Stops the thread and waits for a running step to finish, so that the store can be closed after it. No interrupt:
     * an interrupt during file I/O would close the store's channel under it.
     */
    @Override
    public void close() {
        timer.shutdown();
        try {
            if (!timer.awaitTermination(30, TimeUnit.SECONDS)) {
                log.warn("A compaction step of the embedded store did not finish within 30 s of shutdown");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
