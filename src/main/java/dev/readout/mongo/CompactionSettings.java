package dev.readout.mongo;

import java.time.Duration;

/**
 * How the embedded store keeps its file small while it runs ({@code readout.embedded.compaction.*}, see
 * {@link StoreCompactor}).
 *
 * @param interval  how often the background compactor syncs the file and takes its steps; zero turns it off (the file
 *                  is then compacted only on a clean close). Under steady writes the space of the chunks emptied since
 *                  the last sync waits for the next one, so this bounds that space to about one interval of commits
 * @param fillRate  percent: a step rewrites the chunks at most this share live while less than this share of the
 *                  rewritable chunks' bytes is live, and moves chunks into the gaps while they fill less than this
 *                  share of the file; so the file stays near 1 / (fillRate%)² of its live data between steps
 * @param stepBytes the most one step rewrites or moves, so the time it holds up writes stays bounded; a step does a
 *                  quarter of the live data at most (at least 64 KB), so on a small store it is smaller
 * @param retention how long a chunk no longer needed stays untouched before its space is reused (MVStore's retention
 *                  time; it defaults to 45 s there, which under steady writes alone keeps 45 s of commits on disk;
 *                  with the compactor on, 0 is safe, see {@link #of})
 */
public record CompactionSettings(Duration interval, int fillRate, int stepBytes, Duration retention) {

    public static final CompactionSettings DEFAULTS =
            new CompactionSettings(Duration.ofMillis(100), 80, 2 << 20, Duration.ZERO);

    /** No background compaction and MVStore's own retention time: the store as it was before (a benchmark baseline). */
    public static final CompactionSettings OFF =
            new CompactionSettings(Duration.ZERO, 70, 4 << 20, Duration.ofSeconds(45));

    public CompactionSettings {
        if (interval.isNegative() || retention.isNegative()) {
            throw new IllegalArgumentException("readout.embedded.compaction.interval and .retention must not be negative");
        }
        if (fillRate < 1 || fillRate > 99) {
            throw new IllegalArgumentException("readout.embedded.compaction.fill-rate must be a percentage in 1..99, not "
                    + fillRate);
        }
        if (stepBytes < 64 << 10) {
            throw new IllegalArgumentException("readout.embedded.compaction.step must be at least 64KB");
        }
    }

    /**
     * The settings as configured; a null retention means the one that fits: none with the compactor on (its syncs
     * guard the reuse of space, see {@link DurableH2Backend}), the MVStore's 45 s with it off (nothing else does).
     */
    public static CompactionSettings of(Duration interval, int fillRate, long stepBytes, Duration retention) {
        Duration r = retention != null ? retention : interval.isZero() ? OFF.retention() : Duration.ZERO;
        return new CompactionSettings(interval, fillRate, (int) Math.min(Integer.MAX_VALUE, stepBytes), r);
    }

    public boolean enabled() {
        return !interval.isZero();
    }
}
