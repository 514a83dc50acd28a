package dev.readout.graphql;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** Slow answers are kept and served while one background computation refreshes them; quick ones never are. */
class SlowAnswersTest {

    @Test
    void quickAnswersAreComputedEveryTime() {
        SlowAnswers slow = new SlowAnswers(Duration.ofMillis(50), Duration.ofSeconds(60), 8);
        AtomicInteger runs = new AtomicInteger();
        slow.get("k", runs::incrementAndGet);
        assertThat(slow.get("k", runs::incrementAndGet)).isEqualTo(2);
    }

    @Test
    void slowAnswersAreKeptThenRefreshedInTheBackgroundWhenOld() throws Exception {
        SlowAnswers slow = new SlowAnswers(Duration.ofMillis(20), Duration.ofMillis(200), 8);
        AtomicInteger runs = new AtomicInteger();
        java.util.function.Supplier<Integer> compute = () -> {
            try {
                Thread.sleep(30);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            return runs.incrementAndGet();
        };
        assertThat(slow.get("k", compute)).isEqualTo(1);
        assertThat(slow.get("k", compute)).isEqualTo(1);
        Thread.sleep(250);
        assertThat(slow.get("k", compute)).as("the old answer, while a new one is computed").isEqualTo(1);
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (runs.get() < 2 && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        Thread.sleep(20);
        assertThat(slow.get("k", compute)).isEqualTo(2);
        assertThat(runs.get()).isEqualTo(2);
    }

    @Test
    void aZeroTtlKeepsNothing() {
        SlowAnswers slow = new SlowAnswers(Duration.ZERO, Duration.ZERO, 8);
        AtomicInteger runs = new AtomicInteger();
        slow.get("k", runs::incrementAndGet);
        assertThat(slow.get("k", runs::incrementAndGet)).isEqualTo(2);
    }
}
