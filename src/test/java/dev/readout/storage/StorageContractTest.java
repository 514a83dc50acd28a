package dev.readout.storage;

import dev.readout.SampleFacts;
import dev.readout.article.Article;
import dev.readout.call.Call;
import dev.readout.call.CallMedium;
import dev.readout.call.CallService;
import dev.readout.call.CallStatus;
import dev.readout.call.DatePrecision;
import dev.readout.extraction.ExtractedCall;
import dev.readout.extraction.ExtractedParticipant;
import dev.readout.extraction.Extraction;
import dev.readout.graphql.PageArgs;
import dev.readout.graphql.PageConnection;
import dev.readout.ingest.IngestService;
import dev.readout.ingest.IngestService.IngestRequest;
import dev.readout.ingest.IngestService.IngestResult;
import dev.readout.ingest.Resolver;
import dev.readout.participant.Participant;
import dev.readout.statement.Statement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.IndexInfo;
import org.springframework.data.mongodb.core.query.Query;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/**
 * What the storage must do on any MongoDB Readout runs on: written once, run on the embedded server and on a real
 * MongoDB (Testcontainers).
 */
abstract class StorageContractTest {

    @Autowired
    IngestService ingest;
    @Autowired
    Resolver resolver;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    CallService calls;
    @Autowired
    dev.readout.ingest.StartupTasks startup;
    @Autowired
    dev.readout.participant.ParticipantService participants;

    /** Whether the server keeps secondary (non-unique) indexes; the embedded one scans instead. */
    abstract boolean keepsSecondaryIndexes();

    @BeforeEach
    void empty() {
        for (String c : List.of("articles", "participants", "calls", "statements", "participantSightings",
                "callReports", "statementReports")) {
            mongo.remove(new Query(), c);
        }
    }

    /**
     * The service's template asks for no journal inside a write batch (an article's resolution, made durable by the
     * extraction state written after it) and leaves every other write as the client's default.
     */
    @Test
    void writesAreUnjournaledOnlyInsideABatch() {
        org.springframework.data.mongodb.core.MongoAction insert = new org.springframework.data.mongodb.core.MongoAction(
                null, org.springframework.data.mongodb.core.MongoActionOperation.INSERT, "calls", Call.class,
                new org.bson.Document(), null);
        Object outside = org.springframework.test.util.ReflectionTestUtils.invokeMethod(mongo, "prepareWriteConcern",
                insert);
        Object inside = dev.readout.mongo.WriteBatches.unjournaled(() -> org.springframework.test.util
                .ReflectionTestUtils.invokeMethod(mongo, "prepareWriteConcern", insert));
        assertThat(inside).isEqualTo(com.mongodb.WriteConcern.W1.withJournal(false));
        assertThat(outside).isNotEqualTo(inside);
        assertThat(outside == null || !Boolean.FALSE.equals(((com.mongodb.WriteConcern) outside).getJournal()))
                .as("outside a batch: %s", outside).isTrue();
    }

    @Test
    void theSameTextIngestedTwiceIsStoredOnce() {
        String text = SampleFacts.text(SampleFacts.BLINKEN_TRUSS);
        IngestResult first = ingest.ingest(new IngestRequest(text, "https://example.org/truss", "t", "s", null));
        IngestResult again = ingest.ingest(new IngestRequest(text, null, null, null, null));
        IngestResult reflowed = ingest.ingest(new IngestRequest("  " + text.replace("\n\n", "\n") + "\n", null, null,
                null, null));

        assertThat(first.created()).isTrue();
        assertThat(again.created()).isFalse();
        assertThat(reflowed.created()).isFalse();
        assertThat(again.article().id()).isEqualTo(first.article().id());
        assertThat(reflowed.article().id()).isEqualTo(first.article().id());
        assertThat(mongo.count(new Query(), Article.class)).isEqualTo(1);
        Article stored = mongo.findById(first.article().id(), Article.class);
        assertThat(stored.text()).isEqualTo(text);
        assertThat(stored.publishedOn()).isEqualTo(LocalDate.of(2022, 2, 24));
        assertThat(stored.extraction().status().name()).isEqualTo("OK");
    }

    @Test
    void concurrentIdenticalIngestsGiveOneArticle() throws Exception {
        String text = SampleFacts.text(SampleFacts.BLINKEN_LAVROV);
        int n = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            List<Future<IngestResult>> results = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                Callable<IngestResult> task = () -> {
                    start.await();
                    return ingest.ingest(new IngestRequest(text, null, null, null, null));
                };
                results.add(pool.submit(task));
            }
            start.countDown();
            List<IngestResult> done = new ArrayList<>();
            for (Future<IngestResult> f : results) {
                done.add(f.get());
            }
            assertThat(done.stream().filter(IngestResult::created)).hasSize(1);
            assertThat(done.stream().map(r -> r.article().id()).distinct()).hasSize(1);
            assertThat(mongo.count(new Query(), Article.class)).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theIndexesExist() {
        assertThat(mongo.indexOps("articles").getIndexInfo())
                .anySatisfy(i -> {
                    assertThat(i.getIndexFields()).singleElement()
                            .satisfies(f -> assertThat(f.getKey()).isEqualTo("contentHash"));
                    assertThat(i.isUnique()).isTrue();
                })
                .anySatisfy(i -> {
                    assertThat(i.getIndexFields()).singleElement()
                            .satisfies(f -> assertThat(f.getKey()).isEqualTo("url"));
                    assertThat(i.isUnique()).isTrue();
                    assertThat(i.isSparse()).isTrue();
                });
        assertThat(names("participants")).contains("identityKey_unique");
        if (keepsSecondaryIndexes()) {
            assertThat(names("articles")).contains("publishedOn");
            assertThat(names("participants")).contains("nameKeys", "country");
            assertThat(names("calls")).contains("date_id", "mentions_articleId");
            assertThat(names("statements")).contains("date_id", "mentions_articleId");
            // real MongoDB needs _id in the index to walk a page in (date, _id) order; the embedded index has it anyway
            assertThat(names("calls")).containsAnyOf("participantIds_date", "participantIds_date_id");
            assertThat(names("statements")).containsAnyOf("speakerId_date", "speakerId_date_id");
        }
    }

    @Test
    void aUrlAlreadyUsedByAnotherTextIsRefusedWithoutWriting() {
        ingest.ingest(new IngestRequest("First article text.", "https://example.org/same", null, null, null));
        org.assertj.core.api.Assertions.assertThatThrownBy(() ->
                        ingest.ingest(new IngestRequest("Second text.", "https://example.org/same", null, null, null)))
                .hasMessageContaining("https://example.org/same");
        assertThat(mongo.count(new Query(), Article.class)).isEqualTo(1);
    }

    @Test
    void theSameCallFromTwoArticlesIsOneCallWithBothMentions() {
        String a = ingest.ingest(new IngestRequest("Report A of the call.", null, null, null, null)).article().id();
        String b = ingest.ingest(new IngestRequest("Report B of the call.", null, null, null, null)).article().id();
        LocalDate day = LocalDate.of(2022, 2, 23);
        resolver.resolve(a, new Extraction(List.of(call("Antony Blinken", "Liz Truss", day)), List.of()), day);
        resolver.resolve(b, new Extraction(List.of(call("liz TRUSS", "Antony Blinken", day)), List.of()), day);
        // the same extraction twice changes nothing
        resolver.resolve(b, new Extraction(List.of(call("liz TRUSS", "Antony Blinken", day)), List.of()), day);

        List<Call> stored = mongo.findAll(Call.class);
        assertThat(stored).hasSize(1);
        assertThat(stored.get(0).date()).isEqualTo(day);
        assertThat(stored.get(0).mentions()).extracting(m -> m.articleId()).containsExactlyInAnyOrder(a, b);
        assertThat(mongo.findAll(Participant.class)).hasSize(2);

        // another day is another call
        resolver.resolve(b, new Extraction(List.of(call("Antony Blinken", "Liz Truss", day.plusDays(1))), List.of()),
                day);
        assertThat(mongo.count(new Query(), Call.class)).isEqualTo(2);
    }

    @Test
    void forgettingAnArticleLeavesNoOrphans() {
        String a = ingest.ingest(new IngestRequest(SampleFacts.text(SampleFacts.BLINKEN_TRUSS), null, null, null,
                null)).article().id();
        String b = ingest.ingest(new IngestRequest(SampleFacts.text(SampleFacts.BLINKEN_LAVROV), null, null, null,
                null)).article().id();
        resolver.resolve(a, SampleFacts.blinkenTruss(), LocalDate.of(2022, 2, 24));
        resolver.resolve(b, SampleFacts.blinkenLavrov(), LocalDate.of(2022, 2, 1));
        assertThat(mongo.count(new Query(), Call.class)).isEqualTo(3);
        assertThat(mongo.count(new Query(), Statement.class)).isEqualTo(2);
        Statement tweet = mongo.findOne(query(where("channel").is("TWEET")), Statement.class);
        assertThat(tweet.callId()).isNotNull();

        resolver.forget(a);

        assertThat(mongo.count(new Query(), Call.class)).isEqualTo(1);
        assertThat(mongo.count(new Query(), Statement.class)).isEqualTo(1);
        assertThat(mongo.findAll(Participant.class)).extracting(Participant::name)
                .containsExactlyInAnyOrder("Antony Blinken", "Sergey Lavrov");

        // re-extraction with the running extractor: the article's facts are replaced, never doubled
        resolver.resolve(a, SampleFacts.blinkenTruss(), LocalDate.of(2022, 2, 24));
        resolver.forget(a);
        resolver.resolve(a, SampleFacts.blinkenTruss(), LocalDate.of(2022, 2, 24));
        assertThat(mongo.count(new Query(), Call.class)).isEqualTo(3);
        assertThat(mongo.count(new Query(), Statement.class)).isEqualTo(2);
        assertThat(mongo.count(new Query(), Participant.class)).isEqualTo(5);

        Participant blinken = mongo.findOne(query(where("name").is("Antony Blinken")), Participant.class);
        assertThat(blinken.aliases()).contains("Blinken", "Antony J. Blinken");
        assertThat(blinken.roles()).singleElement().satisfies(r -> {
            assertThat(r.title()).isEqualTo("Secretary of State");
            assertThat(r.firstSeen()).isEqualTo(LocalDate.of(2022, 2, 1));
            assertThat(r.lastSeen()).isEqualTo(LocalDate.of(2022, 2, 23));
        });
    }

    @Test
    void keysetPagesWalkEveryCallOnceNewestFirstUndatedLast() {
        String a = ingest.ingest(new IngestRequest("Many calls.", null, null, null, null)).article().id();
        List<ExtractedCall> many = new ArrayList<>();
        LocalDate d = LocalDate.of(2022, 3, 1);
        for (int i = 0; i < 7; i++) {
            // two calls share each date, so the id breaks ties
            many.add(call("Person " + i, "Other " + i, i < 6 ? d.plusDays(i / 2) : null));
        }
        many.add(call("Person 7", "Other 7", null));
        resolver.resolve(a, new Extraction(many, List.of()), d);

        List<String> forward = new ArrayList<>();
        String after = null;
        PageConnection<Call> page;
        do {
            page = calls.page(null, PageArgs.of(3, after, null, null));
            page.edges().forEach(e -> forward.add(e.node().id()));
            assertThat(page.totalCount()).isEqualTo(8);
            after = page.pageInfo().endCursor();
        } while (page.pageInfo().hasNextPage());
        assertThat(forward).hasSize(8).doesNotHaveDuplicates();

        List<Call> inOrder = forward.stream().map(id -> mongo.findById(id, Call.class)).toList();
        List<LocalDate> dates = inOrder.stream().map(Call::date).toList();
        assertThat(dates.subList(0, 6)).isSortedAccordingTo(Collections.reverseOrder());
        assertThat(dates.subList(6, 8)).containsOnlyNulls();

        List<String> backward = new ArrayList<>();
        String before = null;
        do {
            page = calls.page(null, PageArgs.of(null, null, 3, before));
            List<String> ids = page.edges().stream().map(e -> e.node().id()).toList();
            backward.addAll(0, ids);
            before = page.pageInfo().startCursor();
        } while (page.pageInfo().hasPreviousPage());
        assertThat(backward).isEqualTo(forward);
    }

    @Test
    void startUpReExtractsArticlesOfAnotherVersionOrFailedReplacingTheirFacts() {
        String old = ingest.ingest(new IngestRequest(SampleFacts.text(SampleFacts.BLINKEN_TRUSS), null, null, null,
                null)).article().id();
        String failed = ingest.ingest(new IngestRequest(SampleFacts.text(SampleFacts.BLINKEN_LAVROV), null, null,
                null, null)).article().id();
        String current = ingest.ingest(new IngestRequest("An article read by the running extractor.", null, null,
                null, null)).article().id();
        // facts an older extractor stored, and a failed extraction, both before this start
        resolver.resolve(old, SampleFacts.blinkenTruss(), LocalDate.of(2022, 2, 24));
        java.time.Instant earlier = java.time.Instant.now().minusSeconds(3600);
        mongo.updateFirst(query(where("_id").is(old)), new org.springframework.data.mongodb.core.query.Update()
                .set("extraction.version", "older").set("ingestedAt", earlier), Article.class);
        mongo.updateFirst(query(where("_id").is(failed)), new org.springframework.data.mongodb.core.query.Update()
                .set("extraction.status", "FAILED").set("extraction.error", "boom").set("ingestedAt", earlier),
                Article.class);
        mongo.updateFirst(query(where("_id").is(current)), new org.springframework.data.mongodb.core.query.Update()
                .set("ingestedAt", earlier), Article.class);

        assertThat(startup.reextractStale()).isEqualTo(2);

        for (String id : List.of(old, failed)) {
            Article a = mongo.findById(id, Article.class);
            assertThat(a.extraction().status().name()).isEqualTo("OK");
            assertThat(a.extraction().version()).isEqualTo(new dev.readout.extraction.ReadoutExtractor().version());
            assertThat(a.extraction().error()).isNull();
        }
        // the older facts are replaced by what the running extractor reads in the same texts: no copies, no orphans
        dev.readout.extraction.ReadoutExtractor running = new dev.readout.extraction.ReadoutExtractor();
        int expectedCalls = 0;
        for (String id : List.of(old, failed, current)) {
            Article a = mongo.findById(id, Article.class);
            dev.readout.ingest.ArticleText t = dev.readout.ingest.ArticleText.of(a.text(), a.publishedOn());
            expectedCalls += running.extract(t.forExtraction(), t.publishedOn()).calls().size();
        }
        assertThat(mongo.count(new Query(), Call.class)).isEqualTo(expectedCalls);
        for (Call c : mongo.findAll(Call.class)) {
            for (dev.readout.article.Mention m : c.mentions()) {
                assertThat(mongo.findById(m.articleId(), Article.class).text()).contains(m.sentence());
            }
            assertThat(c.participantIds()).allSatisfy(p -> assertThat(mongo.findById(p, Participant.class)).isNotNull());
        }
        java.util.Set<String> referenced = new java.util.HashSet<>();
        mongo.findAll(Call.class).forEach(c -> referenced.addAll(c.participantIds()));
        mongo.findAll(Statement.class).forEach(s -> { if (s.speakerId() != null) referenced.add(s.speakerId()); });
        assertThat(mongo.findAll(Participant.class)).allSatisfy(p -> assertThat(referenced).contains(p.id()));
        assertThat(startup.reextractStale()).isZero();
    }

    @Test
    void participantPagesGoAToZByFoldedName() {
        String a = ingest.ingest(new IngestRequest("Names.", null, null, null, null)).article().id();
        resolver.resolve(a, new Extraction(List.of(call("Émile Zola", "anna Politkovskaya", null),
                call("Boris Johnson", "Olaf Scholz", null)), List.of()), null);
        List<String> names = new ArrayList<>();
        String after = null;
        PageConnection<Participant> page;
        do {
            page = participants.page(null, PageArgs.of(3, after, null, null));
            page.edges().forEach(e -> names.add(e.node().name()));
            after = page.pageInfo().endCursor();
        } while (page.pageInfo().hasNextPage());
        assertThat(names).containsExactly("anna Politkovskaya", "Boris Johnson", "Émile Zola", "Olaf Scholz");
        assertThat(participants.page(new dev.readout.participant.ParticipantService.ParticipantFilter("ZOLA", null),
                PageArgs.of(null, null, null, null)).totalCount()).isEqualTo(1);
    }

    private List<String> names(String collection) {
        return mongo.indexOps(collection).getIndexInfo().stream().map(IndexInfo::getName).toList();
    }

    private static ExtractedCall call(String a, String b, LocalDate date) {
        return new ExtractedCall(List.of(ExtractedParticipant.person(a), ExtractedParticipant.person(b)), date,
                date == null ? DatePrecision.UNKNOWN : DatePrecision.DAY, date == null ? "recently" : null,
                CallMedium.PHONE, CallStatus.HELD, List.of(new dev.readout.extraction.Evidence(a + " called " + b, 0, 5)));
    }

}
