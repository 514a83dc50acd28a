package dev.readout.mongo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;

/**
 * Runs the store's compaction steps on a daemon thread every interval, so that no write command ever waits for a whole
 * compaction: a step holds the write lock only for the bounded work it does (see
 * {@link DurableH2Backend#compactStep}), and writes go on between steps. After the steps it syncs the file, which
 * bounds how long a written chunk may sit in the operating system's cache only (see
 * {@link CompactionSettings#retention}).
 */
final class StoreCompactor implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(StoreCompactor.class);

    private final ScheduledExecutorService timer;
    private final BooleanSupplier step;
    private final Runnable sync;
    private final long budgetNanos;
    private final AtomicLong steps = new AtomicLong();
    private final AtomicLong longestMillis = new AtomicLong();
    private volatile boolean failing;

    /**
     * @param step one bounded step; true when it rewrote or moved anything
     * @param sync forces what was written to the disk, after the steps of each interval
     */
    StoreCompactor(CompactionSettings settings, BooleanSupplier step, Runnable sync) {
        this.step = step;
        this.sync = sync;
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
     * Steps until one finds nothing to do or half the interval is spent, so that compaction keeps up with a fast
     * writer but leaves the store to the writers at least half the time (each step queues for the write lock
     * behind the writes already waiting, and releases it after).
     */
    private void run() {
        long start = System.nanoTime();
        try {
            while (true) {
                long t0 = System.nanoTime();
                if (!step.getAsBoolean()) {
                    break;
                }
                long t1 = System.nanoTime();
                steps.incrementAndGet();
                longestMillis.accumulateAndGet((t1 - t0) / 1_000_000, Math::max);
                if (t1 - start > budgetNanos) {
                    break;
                }
            }
            sync.run();
            failing = false;
        } catch (RuntimeException e) {
            // a failed step changes nothing on disk that the next commit relies on; try again at the next tick, but
            // say so once rather than every interval
            if (!failing) {
                log.warn("Compaction of the embedded store failed; retrying in the background", e);
            }
            failing = true;
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
