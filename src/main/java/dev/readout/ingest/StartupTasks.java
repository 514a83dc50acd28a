package dev.readout.ingest;

import dev.readout.article.Article;
import dev.readout.article.ExtractionState;
import dev.readout.extraction.Extractor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/**
 * Start-up work in one background thread, so the API answers meanwhile: the sample articles into an empty database
 * ({@code readout.samples.enabled}), then re-extraction of articles read by another extractor version, or whose
 * extraction failed or never finished.
 */
@Component
public class StartupTasks {

    private static final Logger log = LoggerFactory.getLogger(StartupTasks.class);

    private final MongoTemplate mongo;
    private final SampleCorpus samples;
    private final IngestService ingest;
    private final Extractor extractor;
    private final boolean samplesEnabled;
    private final Instant started = Instant.now();
    private volatile Thread worker;

    public StartupTasks(MongoTemplate mongo, SampleCorpus samples, IngestService ingest, Extractor extractor,
                        @Value("${readout.samples.enabled:true}") boolean samplesEnabled) {
        this.mongo = mongo;
        this.samples = samples;
        this.ingest = ingest;
        this.extractor = extractor;
        this.samplesEnabled = samplesEnabled;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void start() {
        Thread t = new Thread(this::run, "readout-startup");
        t.setDaemon(true);
        worker = t;
        t.start();
    }

    /** Whether the start-up work has begun (it begins when the application is ready). */
    public boolean begun() {
        return worker != null;
    }

    /** Waits for the start-up work (tests). */
    public void await() throws InterruptedException {
        Thread t = worker;
        if (t != null) {
            t.join();
        }
    }

    void run() {
        try {
            if (samplesEnabled && samplesUnfinished()) {
                samples.load();
            }
            reextractStale();
        } catch (RuntimeException e) {
            log.error("Start-up work failed; the API keeps serving what is stored", e);
        }
    }

    /**
     * Whether the samples are still to load: the store is empty, or holds only sample articles and not all of them (a
     * first start stopped while loading them). A store with any article of the user's own is left as it is.
     */
    boolean samplesUnfinished() {
        long all = mongo.estimatedCount(Article.class);
        if (all == 0) {
            return true;
        }
        int samples = SampleCorpus.samples().size();
        if (all >= samples) {
            return false; // every sample is in, or the user's own articles are: no count of the store needed
        }
        long samplesStored = mongo.count(query(
                where("source").is(SampleCorpus.SOURCE)), Article.class);
        return samplesStored == all;
    }

    /** Re-extracts articles stored before this start whose extraction is of another version or not OK. */
    public int reextractStale() {
        Criteria stale = new Criteria().andOperator(
                where("ingestedAt").lt(started),
                new Criteria().orOperator(
                        where("extraction.version").ne(extractor.version()),
                        where("extraction.status").ne(ExtractionState.Status.OK.name())));
        // ids first, then one article at a time: after an extractor upgrade every stored article is stale, and a
        // large store's texts do not fit in memory at once
        var ids = query(stale);
        ids.fields().include("_id");
        ids.cursorBatchSize(1_000);
        List<Object> staleIds = new ArrayList<>();
        try (var cursor = mongo.stream(ids, org.bson.Document.class, Article.COLLECTION)) {
            cursor.forEach(d -> staleIds.add(d.get("_id")));
        }
        long lastLog = 0;
        for (int i = 0; i < staleIds.size(); i++) {
            Article a = mongo.findById(staleIds.get(i), Article.class);
            if (a != null) {
                ingest.reextract(a);
            }
            if (i + 1 == staleIds.size() || System.nanoTime() - lastLog > 5_000_000_000L) {
                lastLog = System.nanoTime();
                log.info("Re-extracting stored articles: {}/{}", i + 1, staleIds.size());
            }
        }
        return staleIds.size();
    }
}
