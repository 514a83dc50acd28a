package dev.readout.mongo;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

class StoreCompactorTest {

    /**
     * A step is sized to the store: a quarter of its live data, at least 64 KB, at most the configured step, so that on
     * a store of a few MB a step's new chunk does not double the file while the chunks it empties wait for a sync.
     */
    @Test
    void aStepIsAQuarterOfTheLiveDataWithinItsBounds() {
        int step = 2 << 20;
        assertThat(DurableH2Backend.stepLimit(0, step)).isEqualTo(64 << 10);
        assertThat(DurableH2Backend.stepLimit(100 << 10, step)).isEqualTo(64 << 10);
        assertThat(DurableH2Backend.stepLimit(4L << 20, step)).isEqualTo(1 << 20);
        assertThat(DurableH2Backend.stepLimit(64L << 20, step)).isEqualTo(step);
    }

    /**
     * Each round syncs before its steps and after each step that did anything (so what a step emptied is reused at
     * the next one), and a round with nothing written since the last one, which found nothing to do, costs nothing.
     */
    @Test
    void syncsAroundStepsAndRestsWhileNothingIsWritten() throws Exception {
        AtomicLong writes = new AtomicLong();
        AtomicInteger pending = new AtomicInteger(3);
        AtomicInteger steps = new AtomicInteger();
        AtomicInteger syncs = new AtomicInteger();
        java.util.concurrent.atomic.AtomicBoolean uncommitted = new java.util.concurrent.atomic.AtomicBoolean();
        CompactionSettings settings = new CompactionSettings(Duration.ofMillis(10), 80, 2 << 20, Duration.ZERO);
        try (StoreCompactor compactor = new StoreCompactor(settings, () -> {
            steps.incrementAndGet();
            if (pending.get() > 0) {
                pending.decrementAndGet();
                writes.incrementAndGet(); // a step writes its chunk
                return true;
            }
            return false;
        }, syncs::incrementAndGet, writes::get, uncommitted::get)) {
            long deadline = System.nanoTime() + 5_000_000_000L;
            while (compactor.steps() < 3 && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            assertThat(compactor.steps()).isEqualTo(3);
            Thread.sleep(100); // ten more intervals: the round after the last write settles, then nothing runs
            int stepsAtRest = steps.get();
            int syncsAtRest = syncs.get();
            assertThat(syncsAtRest).as("a sync before the steps and one after each of the three").isGreaterThanOrEqualTo(4);
            Thread.sleep(100);
            assertThat(steps.get()).isEqualTo(stepsAtRest);
            assertThat(syncs.get()).isEqualTo(syncsAtRest);

            writes.incrementAndGet(); // a commit: the next round syncs and steps again
            deadline = System.nanoTime() + 5_000_000_000L;
            while (steps.get() == stepsAtRest && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            assertThat(steps.get()).isGreaterThan(stepsAtRest);
            assertThat(syncs.get()).isGreaterThan(syncsAtRest);

            // an unjournaled write waits in memory and writes nothing to the file: the next round still runs, and
            // its sync is what commits it
            Thread.sleep(100);
            int syncsBefore = syncs.get();
            uncommitted.set(true);
            deadline = System.nanoTime() + 5_000_000_000L;
            while (syncs.get() == syncsBefore && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            assertThat(syncs.get()).isGreaterThan(syncsBefore);
        }
    }
}
