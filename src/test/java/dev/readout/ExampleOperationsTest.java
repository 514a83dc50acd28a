package dev.readout;

import dev.readout.article.Article;
import dev.readout.article.ArticleService;
import dev.readout.call.CallService;
import dev.readout.graphql.ApiKeys;
import dev.readout.graphql.ScalarsConfiguration;
import dev.readout.ingest.ArticleText;
import dev.readout.ingest.ExtractorConfiguration;
import dev.readout.ingest.IngestArticleValidator;
import dev.readout.ingest.IngestService;
import dev.readout.ingest.Resolver;
import dev.readout.ingest.SampleCorpus;
import dev.readout.mongo.MongoConfiguration;
import dev.readout.mongo.StorageIndexes;
import dev.readout.participant.ParticipantService;
import dev.readout.statement.StatementService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import dev.readout.call.CallResolver;
import dev.readout.participant.ParticipantResolver;
import dev.readout.statement.StatementResolver;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration;
import org.springframework.boot.graphql.test.autoconfigure.GraphQlTest;
import org.springframework.boot.mongodb.autoconfigure.MongoAutoConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.support.ResourceDocumentSource;
import org.springframework.graphql.test.tester.ExecutionGraphQlServiceTester;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.test.context.TestPropertySource;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/**
 * GraphQL slice tests driven by the example operations in {@code graphql/operations}, against the sample corpus on
 * the embedded server, one nested class per feature. Every operation file must be run by some test here.
 */
@GraphQlTest
@Import({MongoConfiguration.class, StorageIndexes.class, ScalarsConfiguration.class, ApiKeys.class,
        ArticleService.class, CallService.class, ParticipantService.class, StatementService.class,
        IngestService.class, IngestArticleValidator.class, Resolver.class, ParticipantResolver.class,
        CallResolver.class, StatementResolver.class, ExtractorConfiguration.class,
        SampleCorpus.class, dev.readout.participant.ParticipantMerges.class, dev.readout.graphql.SlowAnswers.class})
@ImportAutoConfiguration({MongoAutoConfiguration.class, DataMongoAutoConfiguration.class})
@TestPropertySource(properties = {"readout.embedded.storage=memory", "readout.api-key=slice-key"})
class ExampleOperationsTest {

    static final String KEY = "slice-key";
    private static final Set<String> RUN = ConcurrentHashMap.newKeySet();

    @Autowired
    ExecutionGraphQlServiceTester serviceTester;
    @Autowired
    MongoTemplate mongo;

    GraphQlTester graphQl;

    @BeforeAll
    static void sampleCorpus(@Autowired SampleCorpus samples, @Autowired MongoTemplate mongo,
                             @Autowired Resolver resolver) {
        if (mongo.count(new Query(), Article.class) > 0) {
            return;
        }
        // the samples go in through the real extractor and resolver, as at start-up
        samples.load();
    }

    /** Calls stored that match a plain MongoDB query: the API's filters must count the same. */
    long storedCalls(org.springframework.data.mongodb.core.query.Criteria criteria) {
        return mongo.count(new Query(criteria), dev.readout.call.Call.class);
    }

    @BeforeEach
    void operationsFromTheRepository() {
        graphQl = serviceTester.mutate()
                .documentSource(new ResourceDocumentSource(List.of(new ClassPathResource("graphql-operations/")),
                        List.of(".graphql")))
                .build();
    }

    GraphQlTester.Request<?> operation(String name) {
        RUN.add(name);
        return graphQl.documentName(name);
    }

    GraphQlTester.Request<?> operationWithKey(String name, String key) {
        RUN.add(name);
        return serviceTester.mutate()
                .documentSource(new ResourceDocumentSource(List.of(new ClassPathResource("graphql-operations/")),
                        List.of(".graphql")))
                .configureExecutionInput((input, builder) -> builder.graphQLContext(
                        ctx -> ctx.put(ApiKeys.PRESENTED_KEY, key)).build())
                .build()
                .documentName(name);
    }

    static String articleId(MongoTemplate mongo, String sample) {
        String hash = ArticleText.of(SampleFacts.text(sample), null).contentHash();
        return mongo.findOne(query(where("contentHash").is(hash)), Article.class).id();
    }

    static boolean classified(ResponseError e, ErrorType type) {
        return type.name().equals(e.getErrorType().toString());
    }

    @AfterAll
    static void everyExampleOperationRan() throws IOException {
        List<String> files = Arrays.stream(new PathMatchingResourcePatternResolver()
                        .getResources("classpath:graphql-operations/*.graphql"))
                .map(r -> r.getFilename().replace(".graphql", "")).toList();
        assertThat(files).isNotEmpty();
        assertThat(RUN).containsAll(files);
    }

    @Nested
    class Calls {

        @Test
        void newestCallsWithParticipantsAndProvenance() {
            operation("callsWithParticipants")
                    .execute()
                    .path("calls.totalCount").entity(Integer.class).isEqualTo((int) storedCalls(new org.springframework.data.mongodb.core.query.Criteria()))
                    // newest first: Blinken's calls of 23 February (sample 002)
                    .path("calls.edges[0].node.date").entity(String.class).isEqualTo("2022-02-23");
            // sample 004: the Blinken–Lavrov phone call, with its sentence, article and Blinken's tweet about it
            operation("callsWithParticipants").variable("filter", Map.of("participantName", "lavrov"))
                    .execute()
                    .path("calls.totalCount").entity(Integer.class).isEqualTo(1)
                    .path("calls.edges[0].node.date").entity(String.class).isEqualTo("2022-02-01")
                    .path("calls.edges[0].node.medium").entity(String.class).isEqualTo("PHONE")
                    .path("calls.edges[0].node.participants[*].name").entityList(String.class)
                    .satisfies(names -> assertThat(names).containsExactlyInAnyOrder("Antony Blinken", "Sergey Lavrov"))
                    .path("calls.edges[0].node.mentions[0].sentence").entity(String.class)
                    .satisfies(s -> assertThat(s).startsWith("In a telephonic conversation with Russian counterpart Sergey Lavrov"))
                    .path("calls.edges[0].node.mentions[0].article.publishedOn").entity(String.class)
                    .isEqualTo("2022-02-01")
                    .path("calls.edges[0].node.statements[*].speakerText").entityList(String.class)
                    .satisfies(speakers -> assertThat(speakers).anyMatch(s -> s.startsWith("Secretary Antony Blinken")));
        }

        @Test
        void oneCallWithEveryMentionAndItsStatements() {
            // sample 004's Blinken–Lavrov call, as the call screen of a mobile app asks for it (by id)
            String callId = operation("callsWithParticipants").variable("filter", Map.of("participantName", "lavrov"))
                    .execute().path("calls.edges[0].node.id").entity(String.class).get();
            operation("callWithMentions").variable("id", callId)
                    .execute()
                    .path("node.id").entity(String.class).isEqualTo(callId)
                    .path("node.date").entity(String.class).isEqualTo("2022-02-01")
                    .path("node.participants[*].name").entityList(String.class)
                    .satisfies(names -> assertThat(names).containsExactlyInAnyOrder("Antony Blinken", "Sergey Lavrov"))
                    .path("node.mentions[0].sentence").entity(String.class)
                    .satisfies(s -> assertThat(s).startsWith("In a telephonic conversation with Russian counterpart Sergey Lavrov"))
                    .path("node.mentions[0].article.publishedOn").entity(String.class).isEqualTo("2022-02-01")
                    .path("node.statements[*].speakerText").entityList(String.class)
                    .satisfies(speakers -> assertThat(speakers).anyMatch(s -> s.startsWith("Secretary Antony Blinken")));
        }

        @Test
        void filtersByNameIgnoringCaseAndAccentsByCountryMediumAndDates() {
            operation("callsWithParticipants").variable("filter", Map.of("participantName", "JOSÉP borrell"))
                    .execute().path("calls.totalCount").entity(Integer.class).isEqualTo(1);
            List<String> russians = mongo.find(query(where("country").is("RU")), dev.readout.participant.Participant.class)
                    .stream().map(dev.readout.participant.Participant::id).toList();
            assertThat(russians).isNotEmpty();
            operation("callsWithParticipants").variable("filter", Map.of("country", "ru"))
                    .execute().path("calls.totalCount").entity(Integer.class)
                    .isEqualTo((int) storedCalls(where("participantIds").in(russians)));
            operation("callsWithParticipants").variable("filter", Map.of("medium", List.of("PHONE")))
                    .execute().path("calls.totalCount").entity(Integer.class)
                    .isEqualTo((int) storedCalls(where("medium").is("PHONE")));
            operation("callsWithParticipants").variable("filter", Map.of("from", "2022-02-10", "to", "2022-02-28"))
                    .execute().path("calls.totalCount").entity(Integer.class).isEqualTo(2);
            operation("callsWithParticipants").variable("filter", Map.of("status", List.of("ATTEMPTED")))
                    .execute().path("calls.totalCount").entity(Integer.class)
                    .isEqualTo((int) storedCalls(where("status").is("ATTEMPTED")));
        }

        @Test
        void pagesWithCursorsAndRefusesPagesOverOneHundred() {
            // walking pages of two reaches every call once
            int total = (int) storedCalls(new org.springframework.data.mongodb.core.query.Criteria());
            Set<String> seen = new java.util.HashSet<>();
            String after = null;
            boolean more = true;
            while (more) {
                var page = operation("callsWithParticipants").variable("first", 2).variable("after", after).execute();
                seen.addAll(page.path("calls.edges[*].node.id").entityList(String.class).get());
                more = page.path("calls.pageInfo.hasNextPage").entity(Boolean.class).get();
                after = page.path("calls.pageInfo.endCursor").entity(String.class).get();
            }
            assertThat(seen).hasSize(total);
            operation("callsWithParticipants").variable("first", 101).execute()
                    .errors().expect(e -> classified(e, ErrorType.BAD_REQUEST) && e.getMessage().contains("100"));
        }
    }

    @Nested
    class Participants {

        @Test
        void oneParticipantWithCounterpartsAndCalls() {
            operation("participantWithCounterparts").variable("name", "blinken").execute()
                    .path("participants.totalCount").entity(Integer.class).isEqualTo(1)
                    .path("participants.edges[0].node.name").entity(String.class).isEqualTo("Antony Blinken")
                    .path("participants.edges[0].node.aliases").entityList(String.class)
                    .contains("Antony J. Blinken")
                    .path("participants.edges[0].node.roles[0].title").entity(String.class)
                    .isEqualTo("Secretary of State")
                    .path("participants.edges[0].node.roles[0].firstSeen").entity(String.class)
                    .isEqualTo("2022-02-01")
                    .path("participants.edges[0].node.counterparts[*].participant.name").entityList(String.class)
                    .satisfies(names -> assertThat(names).hasSize(3)
                            .anyMatch(n -> n.endsWith("Truss")).anyMatch(n -> n.endsWith("Borrell")).contains("Sergey Lavrov"))
                    .path("participants.edges[0].node.counterparts[*].calls").entityList(Integer.class)
                    .satisfies(counts -> assertThat(counts).containsOnly(1))
                    .path("participants.edges[0].node.calls.totalCount").entity(Integer.class).isEqualTo(3);
        }

        @Test
        void anAliasFindsTheParticipant() {
            // sample 002 writes both "Liz Truss" and "Elizabeth Truss": one participant, either name finds it
            operation("participantWithCounterparts").variable("name", "liz truss").execute()
                    .path("participants.totalCount").entity(Integer.class).isEqualTo(1)
                    .path("participants.edges[0].node.aliases").entityList(String.class).contains("Liz Truss");
            operation("participantWithCounterparts").variable("name", "elizabeth truss").execute()
                    .path("participants.edges[0].node.name").entity(String.class).isEqualTo("Elizabeth Truss")
                    .path("participants.edges[0].node.counterparts[0].participant.name").entity(String.class)
                    .isEqualTo("Antony Blinken");
        }
    }

    @Nested
    class Statements {

        @Test
        void statementsBySpeakerName() {
            // sample 002: Ned Price's readouts
            operation("statementsBySpeaker").variable("speakerName", "NED price").execute()
                    .path("statements.edges[*].node.speaker.name").entityList(String.class)
                    .satisfies(names -> assertThat(names).isNotEmpty().containsOnly("Ned Price"))
                    .path("statements.edges[*].node.channel").entityList(String.class)
                    .satisfies(channels -> assertThat(channels).containsOnly("STATEMENT"))
                    .path("statements.edges[*].node.text").entityList(String.class)
                    .satisfies(t -> assertThat(t).anyMatch(x -> x.startsWith("They discussed the extensive bilateral coordination")));
            // sample 004: Blinken's tweet about his call with Lavrov is tied to that call
            operation("statementsBySpeaker").variable("speakerName", "blinken").execute()
                    .path("statements.edges[?(@.node.channel == 'TWEET')].node.call.date").entityList(String.class)
                    .containsExactly("2022-02-01");
        }
    }

    @Nested
    class Nodes {

        @Test
        void everyNodeTypeResolvesByItsId() {
            var response = operation("callsWithParticipants").variable("first", 1).execute();
            String callId = response.path("calls.edges[0].node.id").entity(String.class).get();
            String participantId = response.path("calls.edges[0].node.participants[0].id").entity(String.class).get();
            String articleId = response.path("calls.edges[0].node.mentions[0].article.id").entity(String.class).get();
            String statementId = operation("statementsBySpeaker").variable("speakerName", "price").execute()
                    .path("statements.edges[0].node.id").entity(String.class).get();

            operation("node").variable("id", callId).execute()
                    .path("node.__typename").entity(String.class).isEqualTo("Call")
                    .path("node.id").entity(String.class).isEqualTo(callId);
            operation("node").variable("id", participantId).execute()
                    .path("node.__typename").entity(String.class).isEqualTo("Participant");
            operation("node").variable("id", articleId).execute()
                    .path("node.__typename").entity(String.class).isEqualTo("Article")
                    .path("node.publishedOn").entity(String.class).isEqualTo("2022-02-24");
            operation("node").variable("id", statementId).execute()
                    .path("node.__typename").entity(String.class).isEqualTo("Statement");
            assertThat(Set.of(callId, participantId, articleId, statementId)).hasSize(4);
        }

        @Test
        void aMalformedIdIsABadRequestNotAServerError() {
            operation("node").variable("id", "not-an-id").execute()
                    .errors().expect(e -> classified(e, ErrorType.BAD_REQUEST) && e.getMessage().contains("not-an-id"))
                    .verify()
                    .path("node").valueIsNull();
        }
    }

    @Nested
    class Articles {

        @Test
        void anArticleWithTheMergedCallsAndStatementsItReports() {
            operation("articleWithFacts")
                    .variable("id", dev.readout.graphql.GlobalId.of("Article", articleId(mongo, SampleFacts.BLINKEN_TRUSS)))
                    .execute()
                    .path("article.publishedOn").entity(String.class).isEqualTo("2022-02-24")
                    .path("article.source").entity(String.class).isEqualTo("Readout sample corpus")
                    .path("article.calls").entityList(Object.class).hasSize(2)
                    .path("article.statements[0].speaker.name").entity(String.class).isEqualTo("Ned Price");
        }

        @Test
        void ingestStoresOnceWithTheKeyAndNothingWithout() {
            long before = mongo.count(new Query(), Article.class);
            Map<String, Object> input = Map.of("text", " date 2022-03-01 Slice test article about a call.",
                    "url", "https://example.org/slice", "source", "Example");
            operationWithKey("ingestArticle", "wrong-key").variable("input", input).execute()
                    .errors().expect(e -> classified(e, ErrorType.UNAUTHORIZED)).verify()
                    .path("ingestArticle").pathDoesNotExist();
            operation("ingestArticle").variable("input", input).execute()
                    .errors().expect(e -> classified(e, ErrorType.UNAUTHORIZED) && e.getMessage().contains("X-API-Key"));
            assertThat(mongo.count(new Query(), Article.class)).isEqualTo(before);

            String id = operationWithKey("ingestArticle", KEY).variable("input", input).execute()
                    .path("ingestArticle.created").entity(Boolean.class).isEqualTo(true)
                    .path("ingestArticle.article.publishedOn").entity(String.class).isEqualTo("2022-03-01")
                    .path("ingestArticle.article.url").entity(String.class).isEqualTo("https://example.org/slice")
                    .path("ingestArticle.article.id").entity(String.class).get();
            operationWithKey("ingestArticle", KEY).variable("input", input).execute()
                    .path("ingestArticle.created").entity(Boolean.class).isEqualTo(false)
                    .path("ingestArticle.article.id").entity(String.class).isEqualTo(id);
            assertThat(mongo.count(new Query(), Article.class)).isEqualTo(before + 1);
        }
    }

    @Nested
    class Timeline {

        @Test
        void weeksStartOnMondayAndCountDatedCallsAndStatements() {
            // buckets start on Mondays, come in order and count every dated call once
            var timeline = operation("timeline").execute();
            List<String> starts = timeline.path("timeline[*].start").entityList(String.class).get();
            assertThat(starts).isSorted().allSatisfy(s ->
                    assertThat(java.time.LocalDate.parse(s).getDayOfWeek()).isEqualTo(java.time.DayOfWeek.MONDAY));
            assertThat(starts).contains("2022-01-31", "2022-02-21");
            timeline.path("timeline[*].calls").entityList(Integer.class).satisfies(counts ->
                    assertThat(counts.stream().mapToInt(Integer::intValue).sum())
                            .isEqualTo((int) storedCalls(where("date").ne(null))));
            operation("timeline").variable("granularity", "MONTH")
                    .variable("filter", Map.of("participantName", "lavrov")).execute()
                    .path("timeline[*].start").entityList(String.class).containsExactly("2022-02-01")
                    .path("timeline[0].calls").entity(Integer.class).isEqualTo(1)
                    .path("timeline[0].statements").entity(Integer.class).isEqualTo(0);
        }
    }

    @Nested
    class Network {

        @Test
        void thePairsAreAmongTheParticipantsReturned() {
            var network = operation("network").execute();
            List<String> nodes = network.path("network.nodes[*].participant.id").entityList(String.class).get();
            List<String> ends = new java.util.ArrayList<>(network.path("network.edges[*].source.id").entityList(String.class).get());
            ends.addAll(network.path("network.edges[*].target.id").entityList(String.class).get());
            assertThat(ends).isNotEmpty();
            assertThat(nodes).containsAll(ends);
            assertThat(network.path("network.totalEdges").entity(Integer.class).get())
                    .isGreaterThanOrEqualTo(ends.size() / 2);
            // Blinken's calls: he is among the participants, and no participant has more calls than he has
            List<Integer> calls = network.path("network.nodes[*].calls").entityList(Integer.class).get();
            assertThat(network.path("network.nodes[0].participant.name").entity(String.class).get()).contains("Blinken");
            assertThat(calls).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        }
    }

    @Nested
    class ParticipantMerges {

        /**
         * Truss and Borrell (two people of sample 002, whom nothing confuses) merged as if they were one, which the
         * data team could do for a typo: one participant with both's calls and names; undone, two again with their ids.
         */
        @Test
        void twoParticipantsMergedAreOneUntilTheMergeIsUndone() {
            var truss = operation("participantWithCounterparts").variable("name", "elizabeth truss").execute();
            String trussId = truss.path("participants.edges[0].node.id").entity(String.class).get();
            int trussCalls = truss.path("participants.edges[0].node.calls.totalCount").entity(Integer.class).get();
            var borrell = operation("participantWithCounterparts").variable("name", "borrell").execute();
            String borrellId = borrell.path("participants.edges[0].node.id").entity(String.class).get();
            int borrellCalls = borrell.path("participants.edges[0].node.calls.totalCount").entity(Integer.class).get();
            Map<String, Object> input = Map.of("participantId", trussId, "otherParticipantId", borrellId, "note", "slice test");

            // the key is needed
            operation("mergeParticipants").variable("input", input).execute()
                    .errors().expect(e -> classified(e, ErrorType.UNAUTHORIZED)).verify()
                    .path("mergeParticipants").pathDoesNotExist();

            var merged = operationWithKey("mergeParticipants", KEY).variable("input", input).execute();
            merged.path("mergeParticipants.participant.aliases").entityList(String.class)
                    .satisfies(a -> assertThat(a).anyMatch(n -> n.contains("Borrell")).anyMatch(n -> n.contains("Truss")))
                    .path("mergeParticipants.participant.calls.totalCount").entity(Integer.class)
                    .isEqualTo(trussCalls + borrellCalls)
                    .path("mergeParticipants.merge.note").entity(String.class).isEqualTo("slice test");
            String mergeId = merged.path("mergeParticipants.merge.id").entity(String.class).get();
            operation("participantWithCounterparts").variable("name", "borrell").execute()
                    .path("participants.edges[0].node.aliases").entityList(String.class)
                    .satisfies(a -> assertThat(a).anyMatch(n -> n.contains("Truss")));

            operationWithKey("undoParticipantMerge", KEY).variable("input", Map.of("mergeId", mergeId)).execute()
                    .path("undoParticipantMerge.participants[*].id").entityList(String.class)
                    .satisfies(ids -> assertThat(ids).containsExactlyInAnyOrder(trussId, borrellId))
                    .path("undoParticipantMerge.participants[*].merges").entityList(Object.class)
                    .satisfies(m -> assertThat(m).allMatch(x -> ((List<?>) x).isEmpty()));
            // undone already: a NOT_FOUND that says why
            operationWithKey("undoParticipantMerge", KEY).variable("input", Map.of("mergeId", mergeId)).execute()
                    .errors().expect(e -> classified(e, ErrorType.NOT_FOUND) && e.getMessage().contains("undone already"));
        }
    }

    /** The front-end examples of the API issue; their HTTP runs are in dev.readout.api.ExampleOperationsTest. */
    @Nested
    class FrontEndExamples {

        @Test
        void runWithoutErrors() {
            operation("RecentCalls").execute().path("calls.totalCount").entity(Integer.class)
                    .isEqualTo((int) storedCalls(new org.springframework.data.mongodb.core.query.Criteria()));
            operation("articleProvenance").execute().path("calls.edges[0].node.mentions[0].article.calls")
                    .entityList(Object.class).hasSizeGreaterThan(0);
            operation("filteredCalls").execute().path("calls.edges[*].node.date").entityList(String.class)
                    .containsExactly("2022-02-01", "2022-02-23");
            operation("searchStatements").variable("text", "MUTUAL security").execute()
                    .path("statements.totalCount").entity(Integer.class).isEqualTo(1);
        }
    }
}
