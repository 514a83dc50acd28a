package dev.readout.graphql;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/**
 * Keeps the answers of whole-store aggregates (timeline, network) that took long to compute, so a page's overview
 * of a large store answers at once. The embedded server has no aggregation that avoids reading every matching call
 * (about 15 s for 100,000 calls on the build machine), and a browser opening the explorer asks for the same overview
 * again and again.
 * <p>
 * Only answers that took at least {@code readout.slow-answers.threshold} (default 2 s) are kept: on a small store
 * everything is computed afresh, always current. A kept answer older than {@code readout.slow-answers.ttl} (default
 * 5 minutes) is still served while one background computation replaces it: a large store's overview is at most one
 * refresh behind the store. Each refresh reads the whole store again (about 35 s of a core at 100,000 calls), so a
 * shorter ttl costs the other requests CPU whenever pages are open. {@code ttl=0} keeps nothing.
 * At most {@code readout.slow-answers.max-entries} (default 64) answers are kept, least recently used out first.
 */
@Component
public class SlowAnswers {

    private static final Logger log = LoggerFactory.getLogger(SlowAnswers.class);

    private final Duration threshold;
    private final Duration ttl;
    private final Map<String, Entry> entries;
    private final ExecutorService refresher = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "readout-slow-answers");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        return t;
    });

    private record Entry(Object value, long computedAt, boolean refreshing) {
    }

    public SlowAnswers(@Value("${readout.slow-answers.threshold:PT2S}") Duration threshold,
                       @Value("${readout.slow-answers.ttl:PT5M}") Duration ttl,
                       @Value("${readout.slow-answers.max-entries:64}") int maxEntries) {
        this.threshold = threshold;
        this.ttl = ttl;
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
                return size() > maxEntries;
            }
        };
    }

    /** The kept answer for this key, or a fresh one (kept when it was slow). */
    @SuppressWarnings("unchecked")
    public <T> T get(String key, Supplier<T> compute) {
        if (ttl.isZero()) {
            return compute.get();
        }
        Entry e;
        synchronized (entries) {
            e = entries.get(key);
            if (e != null && !e.refreshing() && System.nanoTime() - e.computedAt() > ttl.toNanos()) {
                entries.put(key, new Entry(e.value(), e.computedAt(), true));
                refresher.execute(() -> compute(key, compute));
            }
        }
        return e != null ? (T) e.value() : compute(key, compute);
    }

    /** Computes the answer now and keeps it if it was slow (start-up warms the overview with this). */
    public <T> T compute(String key, Supplier<T> compute) {
        long t0 = System.nanoTime();
        T value;
        try {
            value = compute.get();
        } catch (RuntimeException ex) {
            synchronized (entries) {
                Entry e = entries.get(key);
                if (e != null) {
                    entries.put(key, new Entry(e.value(), e.computedAt(), false));
                }
            }
            throw ex;
        }
        long took = System.nanoTime() - t0;
        synchronized (entries) {
            if (!ttl.isZero() && took >= threshold.toNanos()) {
                entries.put(key, new Entry(value, System.nanoTime(), false));
                log.debug("Kept {} (computed in {} ms)", key, took / 1_000_000);
            } else {
                entries.remove(key);
            }
        }
        return value;
    }

    @jakarta.annotation.PreDestroy
    void stop() {
        refresher.shutdownNow();
    }

    /** Forgets every kept answer (after a write that must show at once, and in tests). */
    public void clear() {
        synchronized (entries) {
            entries.clear();
        }
    }
}
