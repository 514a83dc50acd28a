package dev.readout.network;

import dev.readout.ingest.StartupTasks;
import dev.readout.timeline.Granularity;
import dev.readout.timeline.TimelineController;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Computes the explorer's first view (the whole store's monthly timeline and its network of the busiest participants)
 * once the start-up work is done, so on a large store the first person to open the page does not wait for it: those
 * answers are kept by {@link dev.readout.graphql.SlowAnswers} when they were slow to compute, and only then.
 * {@code readout.explorer.warm-up=false} turns it off.
 */
@Component
class OverviewWarmup {

    /** The explorer's defaults (explorer-ui/src/explorer.js): monthly periods, this many participants. */
    static final Granularity GRANULARITY = Granularity.MONTH;
    static final int NODES = 250;

    private static final Logger log = LoggerFactory.getLogger(OverviewWarmup.class);

    private final StartupTasks startup;
    private final TimelineController timeline;
    private final NetworkController network;
    private final boolean enabled;

    OverviewWarmup(StartupTasks startup, TimelineController timeline, NetworkController network,
                   @Value("${readout.explorer.warm-up:true}") boolean enabled) {
        this.startup = startup;
        this.timeline = timeline;
        this.network = network;
        this.enabled = enabled;
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        if (!enabled) {
            return;
        }
        Thread t = new Thread(this::warm, "readout-explorer-warm-up");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
    }

    private void warm() {
        try {
            while (!startup.begun()) {
                Thread.sleep(50);
            }
            startup.await();
            long t0 = System.nanoTime();
            timeline.timeline(GRANULARITY, null);
            network.network(null, NODES, null);
            log.info("Explorer overview computed in {} ms", (System.nanoTime() - t0) / 1_000_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            log.warn("Could not compute the explorer overview ahead; the page computes it when opened", e);
        }
    }
}
