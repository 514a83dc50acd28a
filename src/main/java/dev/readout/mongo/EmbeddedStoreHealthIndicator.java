package dev.readout.mongo;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The embedded store's file at {@code /actuator/health/store} (group {@code store}, details shown): its size, the live
 * data in it (an estimate), the fill rates the background compaction keeps up, and that compaction's steps, so an
 * operator sees whether the file stays near its data. Always UP while the store is open: a large file is not an
 * outage. UNKNOWN with a real MongoDB ({@code MONGODB_URI}) or the in-memory store, which have no such file.
 */
@Component("embeddedStoreHealthContributor")
public class EmbeddedStoreHealthIndicator implements HealthIndicator {

    private final ObjectProvider<EmbeddedMongo> embedded;

    public EmbeddedStoreHealthIndicator(ObjectProvider<EmbeddedMongo> embedded) {
        this.embedded = embedded;
    }

    @Override
    public Health health() {
        EmbeddedMongo mongo = embedded.getIfAvailable();
        if (mongo == null) {
            return Health.unknown().withDetail("store", "MongoDB (MONGODB_URI): no embedded store file").build();
        }
        StoreStats s = mongo.stats();
        if (s == null) {
            return Health.unknown().withDetail("store", mongo.file() == null ? "in memory: no file" : "closed").build();
        }
        return Health.up()
                .withDetail("file", mongo.file().toAbsolutePath().toString())
                .withDetail("fileBytes", s.fileBytes())
                .withDetail("liveBytesEstimate", s.liveBytes())
                .withDetail("fileToLive", Math.round(s.fileToLive() * 100) / 100.0)
                .withDetail("fillRatePercent", s.fillRate())
                .withDetail("chunksFillRatePercent", s.chunksFillRate())
                .withDetail("chunks", s.chunks())
                .withDetail("compactionSteps", s.compactionSteps())
                .withDetail("longestCompactionStepMillis", s.longestStepMillis())
                .build();
    }
}
