package dev.readout.ingest;

import dev.readout.article.Article;
import dev.readout.extraction.Extraction;
import dev.readout.extraction.Extractor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * When the bundled samples load at start-up: into an empty store, and again into a store a first start left with only
 * some of them (stopped while loading); never into a store that holds an article of the user's own. Extraction is not
 * what is tested here, so an extractor that finds nothing stands in for the language models.
 */
class SampleLoadingTest {

    private InMemoryIngest store;
    private MongoTemplate mongo;
    private IngestService ingest;

    /** Finds nothing: what is stored, not what is extracted, is under test. */
    static final class NothingFound implements Extractor {
        @Override
        public Extraction extract(String text, LocalDate publishedOn) {
            return Extraction.empty();
        }

        @Override
        public String version() {
            return "nothing-1";
        }
    }

    @BeforeEach
    void start() {
        store = InMemoryIngest.start(new NothingFound());
        mongo = store.mongo();
        ingest = store.ingest();
    }

    @AfterEach
    void stop() {
        store.close();
    }

    private StartupTasks startup() {
        return new StartupTasks(mongo, new SampleCorpus(ingest), ingest, new NothingFound(), true);
    }

    private void ingestSample(int i) {
        ingest.ingest(new IngestService.IngestRequest(SampleCorpus.samples().get(i).text(), null, null, SampleCorpus.SOURCE, null));
    }

    @Test
    void anEmptyStoreGetsEverySample() {
        startup().run();
        assertThat(mongo.count(new org.springframework.data.mongodb.core.query.Query(), Article.class))
                .isEqualTo(SampleCorpus.samples().size());
    }

    @Test
    void aFirstStartStoppedWhileLoadingIsFinishedByTheNext() {
        ingestSample(0);
        assertThat(startup().samplesUnfinished()).isTrue();
        startup().run();
        assertThat(mongo.count(new org.springframework.data.mongodb.core.query.Query(), Article.class))
                .isEqualTo(SampleCorpus.samples().size());
        assertThat(startup().samplesUnfinished()).isFalse();
    }

    @Test
    void aStoreWithTheUsersOwnArticleGetsNoSamples() {
        ingestSample(0);
        ingest.ingest(new IngestService.IngestRequest("Blinken spoke with Kuleba on Tuesday.", null, null, "my feed", null));
        assertThat(startup().samplesUnfinished()).isFalse();
        startup().run();
        assertThat(mongo.count(new org.springframework.data.mongodb.core.query.Query(), Article.class)).isEqualTo(2);
    }
}
