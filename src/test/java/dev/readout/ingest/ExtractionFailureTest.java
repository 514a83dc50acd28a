package dev.readout.ingest;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import dev.readout.article.Article;
import dev.readout.article.ExtractionState;
import dev.readout.extraction.Extraction;
import dev.readout.extraction.Extractor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An article whose extraction throws is still stored, marked FAILED with the error, its neighbours are unaffected,
 * and start-up re-extraction retries it. The throwing extractor is the fault under test.
 */
class ExtractionFailureTest {

    private MongoServer server;
    private MongoClient client;
    private MongoTemplate mongo;

    /** Throws for texts containing "EXPLODE" while {@code broken}; a StackOverflowError for "OVERFLOW". */
    static final class FaultyExtractor implements Extractor {
        final AtomicBoolean broken = new AtomicBoolean(true);

        @Override
        public Extraction extract(String text, LocalDate publishedOn) {
            if (broken.get() && text.contains("EXPLODE")) {
                throw new IllegalStateException("parser blew up on sentence 3");
            }
            if (broken.get() && text.contains("OVERFLOW")) {
                throw new StackOverflowError();
            }
            return Extraction.empty();
        }

        @Override
        public String version() {
            return "faulty-1";
        }
    }

    @BeforeEach
    void start() {
        server = new MongoServer(new MemoryBackend());
        var address = server.bind();
        client = MongoClients.create("mongodb://" + address.getHostString() + ":" + address.getPort());
        mongo = new MongoTemplate(client, "readout");
    }

    @AfterEach
    void stop() {
        client.close();
        server.shutdownNow();
    }

    @Test
    void failedExtractionIsStoredWithTheErrorAndRetriedAtStartUp() throws Exception {
        FaultyExtractor extractor = new FaultyExtractor();
        IngestService ingest = new IngestService(mongo, extractor, Resolver.on(mongo),
                new IngestArticleValidator(IngestArticleValidator.DEFAULT_MAX_TEXT_BYTES));

        var good = ingest.ingest(new IngestService.IngestRequest("Blinken spoke with Kuleba on Tuesday.", null, null,
                null, null));
        var bad = ingest.ingest(new IngestService.IngestRequest("EXPLODE: Macron called Putin.", null, null, null,
                null));
        var overflow = ingest.ingest(new IngestService.IngestRequest("OVERFLOW: Scholz called Biden.", null, null,
                null, null));

        assertThat(good.created()).isTrue();
        assertThat(good.article().extraction().status()).isEqualTo(ExtractionState.Status.OK);
        for (var r : new IngestService.IngestResult[]{bad, overflow}) {
            assertThat(r.created()).as("stored although extraction failed").isTrue();
            assertThat(r.article().extraction().status()).isEqualTo(ExtractionState.Status.FAILED);
        }
        Article stored = mongo.findById(bad.article().id(), Article.class);
        assertThat(stored).isNotNull();
        assertThat(stored.text()).isEqualTo("EXPLODE: Macron called Putin.");
        assertThat(stored.extraction().status()).isEqualTo(ExtractionState.Status.FAILED);
        assertThat(stored.extraction().error()).isEqualTo("IllegalStateException: parser blew up on sentence 3");
        assertThat(mongo.findById(overflow.article().id(), Article.class).extraction().error())
                .isEqualTo("StackOverflowError");

        // the next start: the extractor works again, and only the failed articles are extracted again
        Thread.sleep(5);
        extractor.broken.set(false);
        StartupTasks startup = new StartupTasks(mongo, new SampleCorpus(ingest), ingest, extractor, false);
        assertThat(startup.reextractStale()).isEqualTo(2);
        for (var r : new IngestService.IngestResult[]{good, bad, overflow}) {
            ExtractionState state = mongo.findById(r.article().id(), Article.class).extraction();
            assertThat(state.status()).isEqualTo(ExtractionState.Status.OK);
            assertThat(state.error()).isNull();
        }
        assertThat(mongo.count(new org.springframework.data.mongodb.core.query.Query(), Article.class)).isEqualTo(3);
    }
}
