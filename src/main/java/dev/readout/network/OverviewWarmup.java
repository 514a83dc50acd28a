package dev.readout.network;

import dev.readout.call.Call;
import dev.readout.ingest.StartupTasks;
import dev.readout.timeline.Granularity;
import dev.readout.timeline.TimelineController;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.graphql.ExecutionGraphQlResponse;
import org.springframework.graphql.ExecutionGraphQlService;
import org.springframework.graphql.support.DefaultExecutionGraphQlRequest;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;

/**
 * Prepares the explorer's first view once the start-up work is done, so the first person to open the page on a large
 * store does not wait for it: computes the whole store's monthly timeline and network (kept by
 * {@link dev.readout.graphql.SlowAnswers} when they were slow to compute, and only then), then runs the page's two
 * first queries (explorer-ui/src/operations) as persisted queries, which registers their hashes and warms the code
 * that answers them. Only on a store of at least {@code readout.explorer.warm-up-min-calls} calls (default 10,000):
 * a smaller one answers in well under a second anyway, and then nothing runs behind the requests' backs.
 * {@code readout.explorer.warm-up=false} turns it off.
 */
@Component
class OverviewWarmup {

    /** The explorer's defaults (explorer-ui/src/explorer.js): monthly periods, this many participants and edges. */
    static final Granularity GRANULARITY = Granularity.MONTH;
    static final int NODES = 250;
    static final int EDGES = 1000;

    private static final Logger log = LoggerFactory.getLogger(OverviewWarmup.class);

    private final StartupTasks startup;
    private final TimelineController timeline;
    private final NetworkController network;
    private final ExecutionGraphQlService graphQl;
    private final MongoTemplate mongo;
    private final boolean enabled;
    private final long minCalls;

    OverviewWarmup(StartupTasks startup, TimelineController timeline, NetworkController network,
                   ExecutionGraphQlService graphQl, MongoTemplate mongo,
                   @Value("${readout.explorer.warm-up:true}") boolean enabled,
                   @Value("${readout.explorer.warm-up-min-calls:10000}") long minCalls) {
        this.startup = startup;
        this.timeline = timeline;
        this.network = network;
        this.graphQl = graphQl;
        this.mongo = mongo;
        this.enabled = enabled;
        this.minCalls = minCalls;
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
            long calls = mongo.estimatedCount(Call.class);
            if (calls < minCalls) {
                return;
            }
            long t0 = System.nanoTime();
            // directly first: a large store's answers take longer than a GraphQL request may run
            timeline.timeline(GRANULARITY, null);
            network.network(null, NODES, EDGES);
            run("ExplorerTimeline", Map.of("granularity", GRANULARITY.name(), "filter", Map.of()));
            run("ExplorerNetwork", Map.of("filter", Map.of(), "first", NODES, "maxEdges", EDGES));
            log.info("Explorer overview computed in {} ms", (System.nanoTime() - t0) / 1_000_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException | IOException e) {
            log.warn("Could not compute the explorer overview ahead; the page computes it when opened", e);
        }
    }

    /** Runs one of the page's operations as the page sends it: with its hash, which registers it. */
    private void run(String name, Map<String, Object> variables) throws IOException {
        String query = new ClassPathResource("explorer-operations/" + name + ".graphql")
                .getContentAsString(StandardCharsets.UTF_8);
        Map<String, Object> extensions = Map.of("persistedQuery", Map.of("version", 1, "sha256Hash", sha256(query)));
        ExecutionGraphQlResponse response = graphQl.execute(new DefaultExecutionGraphQlRequest(query, name, variables,
                extensions, "explorer-warm-up-" + name, Locale.ROOT)).block(Duration.ofMinutes(5));
        if (response != null && !response.getErrors().isEmpty()) {
            log.warn("The explorer's {} answered with errors at start-up: {}", name, response.getErrors());
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
