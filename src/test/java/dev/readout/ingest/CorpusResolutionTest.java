package dev.readout.ingest;

import dev.readout.article.Article;
import dev.readout.call.Call;
import dev.readout.call.CallService;
import dev.readout.call.StoredCallReport;
import dev.readout.extraction.Extraction;
import dev.readout.article.Mention;
import dev.readout.ingest.IngestService.IngestRequest;
import dev.readout.participant.NameGoldCorpus;
import dev.readout.participant.NameGoldCorpus.GoldArticle;
import dev.readout.participant.NameGroupsDevGoldTest;
import dev.readout.participant.NameMatcher;
import dev.readout.participant.Participant;
import dev.readout.participant.Sighting;
import dev.readout.statement.Statement;
import dev.readout.statement.StoredStatementReport;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import dev.readout.call.CallResolver;
import dev.readout.extraction.ReadoutExtractor;
import dev.readout.mongo.EmbeddedMongo;
import dev.readout.mongo.MongoConfiguration;
import dev.readout.participant.ParticipantResolver;
import dev.readout.participant.ParticipantService;
import dev.readout.statement.StatementResolver;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.data.mongodb.core.SimpleMongoClientDatabaseFactory;
import org.springframework.data.mongodb.core.convert.MappingMongoConverter;
import org.springframework.data.mongodb.core.convert.MongoCustomConversions;
import org.springframework.data.mongodb.core.convert.NoOpDbRefResolver;
import org.springframework.data.mongodb.core.mapping.MongoMappingContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The 25 seed and dev articles stored through the real Resolver with their gold as the extraction, on the embedded
 * server: the same participants, calls and statements in any order; the dev clusters merged with no false merge;
 * each gold person one participant; re-ingestion and re-extraction change nothing.
 *
 * <p>A narrow slice, to stay fast on a busy machine: the embedded server in memory, Readout's MongoDB mapping, and the
 * real {@link IngestService} and {@link Resolver} built by hand. Once the extraction engine lands, the end-to-end
 * variant is {@link #store} with the real extractor and without the {@code resolver.resolve} line.
 */
class CorpusResolutionTest {

    /** article#index of gold calls that are one event without a cluster id in the gold (REVIEW-dev.md item 17). */
    static final Map<String, String> EXTRA_CLUSTERS = Map.of(
            "d09#0", "D2", "d10#3", "D2",
            "d09#2", "D3", "d10#4", "D3",
            "d09#7", "D4", "d10#1", "D4",
            "d09#8", "D5", "d10#2", "D5");
    static final List<String> COLLECTIONS = List.of("articles", "participants", "calls", "statements",
            Sighting.COLLECTION, StoredCallReport.COLLECTION, StoredStatementReport.COLLECTION);

    static EmbeddedMongo server;
    static MongoClient client;
    static MongoTemplate mongo;
    static Resolver resolver;
    static IngestService ingest;
    static CallService calls;

    static List<GoldArticle> articles;

    /** article name → stored id, for the current database. */
    final Map<String, String> ids = Collections.synchronizedMap(new LinkedHashMap<>());

    @BeforeAll
    static void read() {
        assumeTrue(NameGoldCorpus.present(), "corpus not found at " + NameGoldCorpus.root()
                + " (set -Dreadout.corpus=DIR): the corpus resolution test is skipped");
        articles = NameGoldCorpus.articles();
        server = EmbeddedMongo.start(EmbeddedMongo.MEMORY);
        client = MongoClients.create(server.connectionString(MongoConfiguration.DATABASE));
        mongo = MongoConfiguration.standaloneTemplate(client, MongoConfiguration.DATABASE);
        resolver = new Resolver(new ParticipantResolver(mongo), new CallResolver(mongo), new StatementResolver(mongo));
        ingest = new IngestService(mongo, new ReadoutExtractor(), resolver,
                new IngestArticleValidator(IngestArticleValidator.DEFAULT_MAX_TEXT_BYTES));
        calls = new CallService(mongo, new ParticipantService(mongo));
    }

    @AfterAll
    static void stop() {
        if (client != null) {
            client.close();
            server.close();
        }
    }

    @BeforeEach
    void empty() {
        COLLECTIONS.forEach(c -> mongo.remove(new Query(), c));
        ids.clear();
    }

    /** Stores the article as the API does, then resolves its gold; returns the article id. */
    String store(GoldArticle a) {
        Article stored = ingest.ingest(new IngestRequest(GoldExtractions.text(a), null, a.name(), a.name(),
                GoldExtractions.published(a))).article();
        resolver.resolve(stored.id(), GoldExtractions.of(a, stored.text()), GoldExtractions.published(a));
        ids.put(a.name(), stored.id());
        return stored.id();
    }

    void storeAll(long seed) {
        List<GoldArticle> order = new ArrayList<>(articles);
        Collections.shuffle(order, new Random(seed));
        order.forEach(this::store);
    }

    @Test
    void sameRecordsInAnyOrder_clustersMerged_noFalseMerge_onePersonOneParticipant() {
        storeAll(1);
        Snapshot first = snapshot();
        report();
        assertClusters();
        assertOnePersonOneParticipant();
        assertSameStatementsAcrossOutlets();
        assertNoOrphans();

        empty();
        storeAll(2);
        Snapshot second = snapshot();
        assertThat(second.participants()).isEqualTo(first.participants());
        assertThat(second.calls()).isEqualTo(first.calls());
        assertThat(second.statements()).isEqualTo(first.statements());
        assertNoOrphans();
    }

    @Test
    void reingestingAndReextractingChangeNothing() {
        storeAll(3);
        Snapshot before = snapshot();
        Set<String> callIds = idsOf("calls"), participantIds = idsOf("participants"), statementIds = idsOf("statements");
        Set<String> mergedCalls = mongo.findAll(Call.class).stream().filter(c -> c.mentions().size() > 1).map(Call::id)
                .collect(Collectors.toSet());
        assertThat(mergedCalls).isNotEmpty();

        // the same text again: stored once, nothing resolved again
        for (GoldArticle a : articles) {
            assertThat(ingest.ingest(new IngestRequest(GoldExtractions.text(a), null, null, null,
                    GoldExtractions.published(a))).created()).isFalse();
        }
        // the same extraction resolved again: replaces the article's contributions by equal ones
        for (GoldArticle a : articles) {
            resolver.resolve(ids.get(a.name()), extraction(a), GoldExtractions.published(a));
        }
        assertThat(snapshot()).isEqualTo(before);
        assertThat(idsOf("calls")).isEqualTo(callIds);
        assertThat(idsOf("participants")).isEqualTo(participantIds);
        assertThat(idsOf("statements")).isEqualTo(statementIds);

        // re-extraction after an extractor upgrade: the start-up task forgets the article, then resolves it again
        List<GoldArticle> order = new ArrayList<>(articles);
        Collections.shuffle(order, new Random(4));
        for (GoldArticle a : order) {
            resolver.forget(ids.get(a.name()));
            resolver.resolve(ids.get(a.name()), extraction(a), GoldExtractions.published(a));
        }
        assertThat(snapshot()).isEqualTo(before);
        assertNoOrphans();
        // a merged call that lost a report and got it back keeps its id (a call of one report is deleted with it)
        assertThat(idsOf("calls")).containsAll(mergedCalls);

        // forgetting every article leaves nothing behind
        order.forEach(a -> resolver.forget(ids.get(a.name())));
        for (String c : COLLECTIONS.subList(1, COLLECTIONS.size())) {
            assertThat(mongo.count(new Query(), c)).as(c).isZero();
        }
    }

    @Test
    void counterpartsMostCallsFirst() {
        storeAll(5);
        Participant biden = mongo.findOne(Query.query(org.springframework.data.mongodb.core.query.Criteria.where("name")
                .is("Joe Biden")), Participant.class);
        assertThat(biden).isNotNull();
        List<Map.Entry<Participant, Integer>> counterparts = calls.counterparts(biden.id(), 100);
        System.out.println("Joe Biden's counterparts: " + counterparts.stream()
                .map(e -> e.getKey().name() + " " + e.getValue()).toList());
        assertThat(counterparts).isNotEmpty();
        assertThat(counterparts.get(0).getKey().name()).isEqualTo("Volodymyr Zelensky");
        assertThat(counterparts.stream().map(Map.Entry::getValue).toList()).isSortedAccordingTo(Collections.reverseOrder());
        for (Map.Entry<Participant, Integer> e : counterparts) {
            long together = mongo.count(Query.query(org.springframework.data.mongodb.core.query.Criteria.where("participantIds")
                    .all(biden.id(), e.getKey().id())), Call.class);
            assertThat(e.getValue()).as(e.getKey().name()).isEqualTo((int) together);
        }
        assertThat(calls.counterparts(biden.id(), 2)).hasSize(2);
    }

    /** The articles of clusters A and B stored from six threads at once: still one call per cluster, one participant per person. */
    @Test
    void articlesResolvedInParallelMakeNoCopies() throws Exception {
        List<GoldArticle> ab = articles.stream().filter(a -> a.name().compareTo("d01") >= 0 && a.name().compareTo("d06") <= 0)
                .toList();
        assertThat(ab).hasSize(6);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(ab.size());
        try {
            java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
            List<java.util.concurrent.Future<String>> done = new ArrayList<>();
            for (GoldArticle a : ab) {
                done.add(pool.submit(() -> {
                    go.await();
                    return store(a);
                }));
            }
            go.countDown();
            for (var f : done) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(figures().clustersMerged()).as("clusters A and B merged").isEqualTo(2);
        assertThat(figures().falseMerges()).isEmpty();
        List<Participant> ps = mongo.findAll(Participant.class);
        assertThat(ps.stream().filter(p -> p.name().equals("Joe Biden"))).hasSize(1);
        assertThat(ps.stream().filter(p -> p.name().startsWith("Volodymyr"))).hasSize(1);
        assertThat(ps.stream().filter(p -> p.name().equals("Vladimir Putin"))).hasSize(1);
        assertNoOrphans();
    }

    private Extraction extraction(GoldArticle a) {
        Article stored = mongo.findById(ids.get(a.name()), Article.class);
        return GoldExtractions.of(a, stored.text());
    }

    // --- checks ----------------------------------------------------------------------------------------------------

    Map<String, String> clusterOfReport() {
        Map<String, String> out = new HashMap<>();
        for (GoldArticle a : articles) {
            int i = 0;
            for (JsonNode c : a.gold().get("calls")) {
                String report = ids.get(a.name()) + "#" + i;
                String cluster = GoldExtractions.field(c, "cluster");
                if (cluster == null) {
                    cluster = EXTRA_CLUSTERS.get(a.name() + "#" + i);
                }
                if (cluster != null) {
                    out.put(report, cluster);
                }
                i++;
            }
        }
        return out;
    }

    record Figures(long clustersMerged, long extraMerged, List<String> falseMerges) {
    }

    Figures figures() {
        Map<String, String> cluster = clusterOfReport();
        Map<String, Set<String>> callsOfCluster = new HashMap<>();
        Map<String, List<StoredCallReport>> reportsOfCall = new HashMap<>();
        for (StoredCallReport r : mongo.findAll(StoredCallReport.class)) {
            reportsOfCall.computeIfAbsent(r.callId(), k -> new ArrayList<>()).add(r);
            if (cluster.containsKey(r.id())) {
                callsOfCluster.computeIfAbsent(cluster.get(r.id()), k -> new HashSet<>()).add(r.callId());
            }
        }
        List<String> wrong = new ArrayList<>();
        reportsOfCall.forEach((call, rs) -> {
            Set<String> owners = rs.stream().map(r -> cluster.getOrDefault(r.id(), "unclustered " + name(r.id())))
                    .collect(Collectors.toSet());
            if (rs.size() > 1 && owners.size() > 1) {
                wrong.add(rs.stream().map(r -> name(r.id())).sorted().toList().toString());
            }
        });
        long merged = List.of("A", "B", "C", "D").stream()
                .filter(c -> callsOfCluster.getOrDefault(c, Set.of()).size() == 1).count();
        long extra = List.of("D2", "D3", "D4", "D5").stream()
                .filter(c -> callsOfCluster.getOrDefault(c, Set.of()).size() == 1).count();
        return new Figures(merged, extra, wrong);
    }

    void assertClusters() {
        Figures f = figures();
        assertThat(f.falseMerges()).as("false merges").isEmpty();
        assertThat(f.clustersMerged()).as("dev clusters merged").isEqualTo(4);
    }

    /** Each person, office or country of the gold is exactly one participant holding only its own names. */
    void assertOnePersonOneParticipant() {
        List<Participant> ps = mongo.findAll(Participant.class);
        List<Set<String>> expected = expectedGroups();
        for (Set<String> group : expected) {
            List<Participant> holding = ps.stream().filter(p -> !Collections.disjoint(names(p), group)).toList();
            assertThat(holding).as(group.toString()).hasSize(1);
            assertThat(group).as(group.toString()).containsAll(names(holding.get(0)));
        }
    }

    /** The gold's call participants and speakers (alternatives are not stored), grouped as NameGroupsDevGoldTest pins them. */
    static List<Set<String>> expectedGroups() {
        Set<String> distinct = new TreeSet<>();
        for (GoldArticle a : articles) {
            a.gold().get("calls").forEach(c -> c.get("participants").forEach(p -> distinct.add(p.asString())));
            a.gold().get("statements").forEach(st -> distinct.add(st.get("speaker").asString()));
        }
        distinct.removeIf(NameMatcher::isAnonymous);
        List<Set<String>> groups = new ArrayList<>();
        Set<String> inSame = new HashSet<>();
        for (Set<String> s : NameGroupsDevGoldTest.SAME) {
            Set<String> present = new TreeSet<>(s);
            present.retainAll(distinct);
            if (!present.isEmpty()) {
                groups.add(present);
                inSame.addAll(s);
            }
        }
        distinct.stream().filter(n -> !inSame.contains(n)).forEach(n -> groups.add(Set.of(n)));
        return groups;
    }

    static Set<String> names(Participant p) {
        Set<String> n = new TreeSet<>(p.aliases());
        n.add(p.name());
        return n;
    }

    /** QuotationMatcherDevGoldTest's two pairs: Zelensky's tweet (d01, d02) and the White House line (d01 in d02). */
    void assertSameStatementsAcrossOutlets() {
        Map<String, String> statementOf = new HashMap<>();
        mongo.findAll(StoredStatementReport.class).forEach(r -> statementOf.put(name(r.id()), r.statementId()));
        assertThat(statementOf.get("d01#s0")).isEqualTo(statementOf.get("d02#s0"));
        assertThat(statementOf.get("d01#s1")).isEqualTo(statementOf.get("d02#s2"));
        // and nothing else across articles; within one article the same words quoted twice are one statement
        Map<String, List<String>> reportsOf = new TreeMap<>();
        statementOf.forEach((report, statement) -> reportsOf.computeIfAbsent(statement, k -> new ArrayList<>()).add(report));
        List<List<String>> merged = reportsOf.values().stream().filter(r -> r.size() > 1).map(r -> r.stream().sorted().toList())
                .toList();
        System.out.println("statements with several reports: " + merged);
        assertThat(merged.stream().filter(r -> r.stream().map(x -> x.substring(0, x.indexOf('#'))).distinct().count() > 1))
                .containsExactlyInAnyOrder(List.of("d01#s0", "d02#s0"), List.of("d01#s1", "d02#s2"));
    }

    void assertNoOrphans() {
        Set<String> participants = idsOf("participants");
        Set<String> callIds = idsOf("calls");
        for (Call c : mongo.findAll(Call.class)) {
            assertThat(participants).containsAll(c.participantIds());
            assertThat(c.mentions()).isNotEmpty();
        }
        for (Statement s : mongo.findAll(Statement.class)) {
            if (s.callId() != null) {
                assertThat(callIds).contains(s.callId());
            }
            if (s.speakerId() != null) {
                assertThat(participants).contains(s.speakerId());
            }
        }
        Set<String> held = new HashSet<>();
        for (StoredCallReport r : mongo.findAll(StoredCallReport.class)) {
            assertThat(callIds).contains(r.callId());
            held.add(r.callId());
        }
        assertThat(held).isEqualTo(callIds);
        Set<String> seen = new HashSet<>();
        for (Sighting s : mongo.findAll(Sighting.class)) {
            assertThat(participants).contains(s.participantId());
            seen.add(s.participantId());
        }
        assertThat(seen).isEqualTo(participants);
        Set<String> statements = idsOf("statements");
        Set<String> quoted = new HashSet<>();
        mongo.findAll(StoredStatementReport.class).forEach(r -> quoted.add(r.statementId()));
        assertThat(quoted).isEqualTo(statements);
    }

    void report() {
        Figures f = figures();
        List<Participant> ps = mongo.findAll(Participant.class);
        List<Set<String>> groups = expectedGroups();
        long persons = groups.size();
        long exact = groups.stream().filter(g -> {
            List<Participant> holding = ps.stream().filter(p -> !Collections.disjoint(names(p), g)).toList();
            return holding.size() == 1 && g.containsAll(names(holding.get(0)));
        }).count();
        System.out.printf("corpus resolution: %d articles, %d call reports → %d calls, %d quotation reports → %d statements, "
                        + "%d participants; gold participants and speakers exactly one participant each: %d/%d; dev clusters merged %d/4; REVIEW-17 events merged %d/4; "
                        + "false merges %d %s%n",
                articles.size(), mongo.count(new Query(), StoredCallReport.class), mongo.count(new Query(), Call.class),
                mongo.count(new Query(), StoredStatementReport.class), mongo.count(new Query(), Statement.class),
                mongo.count(new Query(), Participant.class), exact, persons, f.clustersMerged(), f.extraMerged(),
                f.falseMerges().size(), f.falseMerges());
    }

    // --- content snapshots (no ObjectIds: articles by name, participants by name) ----------------------------------

    record Snapshot(List<String> participants, List<String> calls, List<String> statements) {
    }

    Snapshot snapshot() {
        Map<String, String> articleName = new HashMap<>();
        ids.forEach((n, id) -> articleName.put(id, n));
        Map<String, Participant> ps = new HashMap<>();
        mongo.findAll(Participant.class).forEach(p -> ps.put(p.id(), p));
        List<String> participants = ps.values().stream()
                .map(p -> p.kind() + " " + p.name() + " " + p.aliases() + " " + p.country() + " " + p.roles()
                        + " " + p.nameKeys())
                .sorted().toList();
        Map<String, String> callContent = new HashMap<>();
        for (Call c : mongo.findAll(Call.class)) {
            callContent.put(c.id(), c.participantIds().stream().map(id -> ps.get(id).name()).sorted().toList() + " "
                    + c.date() + " " + c.datePrecision() + " " + c.dateText() + " " + c.medium() + " " + c.status() + " "
                    + mentions(c.mentions(), articleName));
        }
        List<String> statements = mongo.findAll(Statement.class).stream()
                .map(s -> (s.speakerId() == null ? null : ps.get(s.speakerId()).name()) + ": " + s.text() + " | "
                        + s.speakerText() + " " + s.channel() + " " + s.date() + " " + mentions(s.mentions(), articleName)
                        + " call " + (s.callId() == null ? null : callContent.get(s.callId())))
                .sorted().toList();
        return new Snapshot(participants, callContent.values().stream().sorted().toList(), statements);
    }

    static List<String> mentions(List<Mention> ms, Map<String, String> articleName) {
        return ms.stream().map(m -> articleName.get(m.articleId()) + ":" + m.start() + "-" + m.end() + " " + m.sentence())
                .sorted().toList();
    }

    /** "d01#s0" for a report id made of an article id. */
    String name(String reportId) {
        int hash = reportId.indexOf('#');
        String article = reportId.substring(0, hash);
        return ids.entrySet().stream().filter(e -> e.getValue().equals(article)).map(Map.Entry::getKey).findFirst()
                .orElse(article) + reportId.substring(hash);
    }

    Set<String> idsOf(String collection) {
        Query q = new Query();
        q.fields().include("_id");
        return mongo.find(q, org.bson.Document.class, collection).stream().map(d -> d.get("_id").toString())
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
