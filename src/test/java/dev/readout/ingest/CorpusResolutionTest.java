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
import dev.readout.participant.GoldIdentities;
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

    /** The articles are stored as the API stores them; what they report is the gold, resolved after. */
    static final dev.readout.extraction.Extractor GOLD_ONLY = new dev.readout.extraction.Extractor() {
        @Override
        public Extraction extract(String text, java.time.LocalDate publishedOn) {
            return Extraction.empty();
        }

        @Override
        public String version() {
            return "gold";
        }
    };

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
        assumeTrue(NameGoldCorpus.present(NameGoldCorpus.ALL), "corpus not found at " + NameGoldCorpus.root()
                + " (set -Dreadout.corpus=DIR): the corpus resolution test is skipped");
        articles = NameGoldCorpus.articles(NameGoldCorpus.ALL);
        server = EmbeddedMongo.start(EmbeddedMongo.MEMORY);
        client = MongoClients.create(server.connectionString(MongoConfiguration.DATABASE));
        mongo = MongoConfiguration.standaloneTemplate(client, MongoConfiguration.DATABASE);
        resolver = Resolver.on(mongo);
        ingest = new IngestService(mongo, GOLD_ONLY, resolver,
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

    /**
     * Clusters of seeds + dev + wide that the gold alone cannot merge, each for a reason the resolver is not given:
     * W3, three undated reports of the Brdo summit with no passage in common; W10 and W11, the Beijing talks reported
     * between people by some articles and between their states by others (the gold names no person's country);
     * W12, v096 has neither a date, date words nor a publication date; W16, v138 reports two undated Wong–Wang
     * meetings and v141 names Wang Yi only by his role.
     */
    static final Set<String> NOT_MERGEABLE_FROM_GOLD = Set.of("W3", "W10", "W11", "W12", "W16");

    /**
     * Calls holding reports of several articles that no gold cluster puts together, each reviewed: v071 (López
     * Obrador and Biden's first call, "on Friday", January 2021, no publication date) joins the April 2022 Friday call
     * of v072 and v073, the one dated call of the two its weekday fits; nothing it is given places it in another year.
     */
    static final Set<String> REVIEWED_OTHER_MERGES = Set.of("[v071#0, v072#0, v073#0]");

    @Test
    void clustersMergedWithoutFalseMergesAndEachGoldPersonOneParticipant() {
        storeAll(1);
        report();
        Figures f = figures();
        assertThat(f.falseMerges()).as("two clusters in one call").isEmpty();
        assertThat(f.missed()).as("clusters not one call").containsExactlyInAnyOrderElementsOf(NOT_MERGEABLE_FROM_GOLD);
        assertThat(f.otherMerges()).as("merges no cluster names").isSubsetOf(REVIEWED_OTHER_MERGES);
        assertOnePersonOneParticipant();
        assertSameStatementsAcrossOutlets();
        assertNoOrphans();
        assertDatesAgreed();
    }

    /**
     * The property the resolver is built on: the stored records are a function of the set of articles. Several random
     * orders of all 175 articles, one of them forgetting and re-resolving a random third on the way, give the same
     * documents, ids included (article ids come from content, every other id from its earliest report).
     */
    @Test
    void anyOrderGivesTheSameCallsIdsAndDates() {
        Random random = new Random(2026);
        Map<String, List<String>> first = null;
        for (int round = 0; round < 3; round++) {
            empty();
            List<GoldArticle> order = new ArrayList<>(articles);
            Collections.shuffle(order, random);
            order.forEach(this::store);
            if (round == 2) {
                List<GoldArticle> again = new ArrayList<>(order.subList(0, order.size() / 3));
                Collections.shuffle(again, random);
                again.forEach(a -> resolver.forget(ids.get(a.name())));
                Collections.shuffle(again, random);
                again.forEach(a -> resolver.resolve(ids.get(a.name()), extraction(a), GoldExtractions.published(a)));
            }
            Map<String, List<String>> documents = new TreeMap<>();
            // everything derived from the articles (the articles themselves record when and how fast they were read)
            for (String c : COLLECTIONS.subList(1, COLLECTIONS.size())) {
                documents.put(c, mongo.findAll(org.bson.Document.class, c).stream()
                        .map(d -> canonical(d).toJson()).sorted().toList());
            }
            if (first == null) {
                first = documents;
                assertThat(documents.get("calls")).hasSizeGreaterThan(200);
            } else {
                for (String c : documents.keySet()) {
                    List<String> missing = new ArrayList<>(first.get(c));
                    missing.removeAll(documents.get(c));
                    List<String> extra = new ArrayList<>(documents.get(c));
                    extra.removeAll(first.get(c));
                    assertThat(extra).as(c + " in order " + round + " that order 0 does not have (it has " + missing
                            + " instead)").isEmpty();
                }
            }
            assertDatesAgreed();
            assertNoOrphans();
        }
    }

    @Test
    void reingestingAndReextractingChangeNothing() {
        // the 25 seed and dev articles: the mechanism is the same for all, and each pass over 175 costs a minute
        List<GoldArticle> some = articles.stream().filter(a -> !a.set().equals("wide")).toList();
        List<GoldArticle> shuffled = new ArrayList<>(some);
        Collections.shuffle(shuffled, new Random(3));
        shuffled.forEach(this::store);
        Snapshot before = snapshot();
        Set<String> callIds = idsOf("calls"), participantIds = idsOf("participants"), statementIds = idsOf("statements");
        Set<String> mergedCalls = mongo.findAll(Call.class).stream().filter(c -> c.mentions().size() > 1).map(Call::id)
                .collect(Collectors.toSet());
        assertThat(mergedCalls).isNotEmpty();

        // the same text again: stored once, nothing resolved again
        for (GoldArticle a : some) {
            assertThat(ingest.ingest(new IngestRequest(GoldExtractions.text(a), null, null, null,
                    GoldExtractions.published(a))).created()).isFalse();
        }
        // the same extraction resolved again: replaces the article's contributions by equal ones
        for (GoldArticle a : some) {
            resolver.resolve(ids.get(a.name()), extraction(a), GoldExtractions.published(a));
        }
        assertThat(snapshot()).isEqualTo(before);
        assertThat(idsOf("calls")).isEqualTo(callIds);
        assertThat(idsOf("participants")).isEqualTo(participantIds);
        assertThat(idsOf("statements")).isEqualTo(statementIds);

        // re-extraction after an extractor upgrade: the start-up task forgets the article, then resolves it again
        List<GoldArticle> order = new ArrayList<>(some);
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

    /**
     * What merging did, against the gold.
     *
     * @param clusters     every cluster id of the gold indexes → whether its reports are one call
     * @param extraMerged  REVIEW-dev item 17 events merged (of 4)
     * @param falseMerges  stored calls holding reports of two clusters (score.py's false merges)
     * @param otherMerges  stored calls holding reports of several articles not all of one cluster (reviewed by hand)
     */
    record Figures(Map<String, Boolean> clusters, long extraMerged, List<String> falseMerges, List<String> otherMerges) {

        long clustersMerged() {
            return clusters.values().stream().filter(b -> b).count();
        }

        List<String> missed() {
            return clusters.entrySet().stream().filter(e -> !e.getValue()).map(Map.Entry::getKey).toList();
        }
    }

    Figures figures() {
        Map<String, String> cluster = clusterOfReport();
        Map<String, Set<String>> callsOfCluster = new TreeMap<>();
        for (GoldArticle a : articles) {
            a.gold().get("calls").forEach(c -> {
                String id = GoldExtractions.field(c, "cluster");
                if (id != null) {
                    callsOfCluster.put(id, new HashSet<>());
                }
            });
        }
        Map<String, List<StoredCallReport>> reportsOfCall = new HashMap<>();
        for (StoredCallReport r : mongo.findAll(StoredCallReport.class)) {
            reportsOfCall.computeIfAbsent(r.callId(), k -> new ArrayList<>()).add(r);
            if (cluster.containsKey(r.id())) {
                callsOfCluster.computeIfAbsent(cluster.get(r.id()), k -> new HashSet<>()).add(r.callId());
            }
        }
        List<String> wrong = new ArrayList<>();
        List<String> other = new ArrayList<>();
        reportsOfCall.forEach((call, rs) -> {
            Set<String> owners = rs.stream().map(r -> cluster.getOrDefault(r.id(), "unclustered " + name(r.id())))
                    .collect(Collectors.toSet());
            String listed = rs.stream().map(r -> name(r.id())).sorted().toList().toString();
            if (rs.size() > 1 && owners.size() > 1) {
                // score.py's false merge: one call for two clusters; a cluster's call that took in a report of
                // another event is listed with the unannotated merges, which are reviewed by hand
                if (owners.stream().filter(o -> !o.startsWith("unclustered")).count() > 1) {
                    wrong.add(listed);
                } else {
                    other.add(listed);
                }
            }
        });
        Map<String, Boolean> clusters = new TreeMap<>();
        callsOfCluster.forEach((c, calls) -> {
            if (!c.startsWith("D") || c.length() == 1) {
                clusters.put(c, calls.size() == 1);
            }
        });
        long extra = List.of("D2", "D3", "D4", "D5").stream()
                .filter(c -> callsOfCluster.getOrDefault(c, Set.of()).size() == 1).count();
        Collections.sort(wrong);
        Collections.sort(other);
        return new Figures(clusters, extra, wrong, other);
    }

    /** The document with its fields in name order at every level (stores may keep them in the order first written). */
    static org.bson.Document canonical(org.bson.Document d) {
        org.bson.Document out = new org.bson.Document();
        new TreeSet<>(d.keySet()).forEach(k -> out.put(k, canonicalValue(d.get(k))));
        return out;
    }

    private static Object canonicalValue(Object v) {
        if (v instanceof org.bson.Document d) {
            return canonical(d);
        }
        if (v instanceof List<?> l) {
            return l.stream().map(CorpusResolutionTest::canonicalValue).toList();
        }
        return v;
    }

    /**
     * A call's date is one every report of it agrees with: a dated report of it has that day, and the reports that
     * give the date are among its mentions.
     */
    void assertDatesAgreed() {
        Map<String, List<StoredCallReport>> reports = new HashMap<>();
        mongo.findAll(StoredCallReport.class).forEach(r -> reports.computeIfAbsent(r.callId(), k -> new ArrayList<>()).add(r));
        for (Call c : mongo.findAll(Call.class)) {
            for (StoredCallReport r : reports.get(c.id())) {
                if (r.precision() == dev.readout.call.DatePrecision.DAY && r.date() != null) {
                    assertThat(c.date()).as("call %s of report %s", c.id(), name(r.id())).isEqualTo(r.date());
                }
            }
            assertThat(c.mentions()).containsAll(c.dateMentions());
            assertThat(c.dateMentions().isEmpty()).as("date sources of %s", c.id()).isEqualTo(c.date() == null);
        }
    }

    /** Each person, office or country of the gold is exactly one participant holding only its own names. */
    void assertOnePersonOneParticipant() {
        List<Participant> ps = mongo.findAll(Participant.class);
        List<Set<String>> expected = expectedGroups();
        for (Set<String> group : expected) {
            if (!Collections.disjoint(group, REVIEWED_NAME_JOINS)) {
                continue;
            }
            List<Participant> holding = ps.stream().filter(p -> !Collections.disjoint(names(p), group)).toList();
            assertThat(holding).as(group.toString()).hasSize(1);
            Set<String> held = names(holding.get(0));
            held.removeAll(REVIEWED_NAME_JOINS);
            assertThat(group).as(group.toString()).containsAll(held);
        }
    }

    /**
     * Names the gold alone cannot place, reviewed: v065's "Ministry of Foreign Affairs" is North Macedonia's, named
     * without its country; with no country it joins the one foreign ministry of that name the store knows (Iran's),
     * as "State Department" joins "US State Department". The extractor gives offices their country; the gold does not.
     */
    static final Set<String> REVIEWED_NAME_JOINS = Set.of("Ministry of Foreign Affairs");

    /** The gold's call participants and speakers (alternatives are not stored), grouped as {@link GoldIdentities} pins them. */
    static List<Set<String>> expectedGroups() {
        Set<String> distinct = new TreeSet<>();
        for (GoldArticle a : articles) {
            a.gold().get("calls").forEach(c -> c.get("participants").forEach(p -> distinct.add(p.asString())));
            a.gold().get("statements").forEach(st -> distinct.add(st.get("speaker").asString()));
        }
        distinct.removeIf(NameMatcher::isAnonymous);
        return GoldIdentities.expected(distinct);
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
        // wide has its own shared quotations (wire copies); this pins the seed and dev ones
        statementOf.keySet().removeIf(r -> r.startsWith("v"));
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

    /** Gold participants (persons, offices, states) that are not exactly one participant holding only their names. */
    List<String> splitOrJoined() {
        List<Participant> ps = mongo.findAll(Participant.class);
        List<String> out = new ArrayList<>();
        for (Set<String> g : expectedGroups()) {
            List<Participant> holding = ps.stream().filter(p -> !Collections.disjoint(names(p), g)).toList();
            if (holding.size() != 1 || !g.containsAll(names(holding.get(0)))) {
                out.add(g + " -> " + holding.stream().map(p -> p.name() + names(p)).toList());
            }
        }
        return out;
    }

    void report() {
        Figures f = figures();
        List<String> wrongPeople = splitOrJoined();
        System.out.printf("corpus resolution (gold as the extraction): %d articles, %d call reports → %d calls, "
                        + "%d quotation reports → %d statements, %d participants; gold participants not exactly one "
                        + "participant: %d of %d %s; clusters merged %d/%d, missed %s; REVIEW-dev-17 events merged %d/4; "
                        + "false merges %d %s; merges of unclustered reports %d %s%n",
                articles.size(), mongo.count(new Query(), StoredCallReport.class), mongo.count(new Query(), Call.class),
                mongo.count(new Query(), StoredStatementReport.class), mongo.count(new Query(), Statement.class),
                mongo.count(new Query(), Participant.class), wrongPeople.size(), expectedGroups().size(), wrongPeople,
                f.clustersMerged(), f.clusters().size(), f.missed(), f.extraMerged(),
                f.falseMerges().size(), f.falseMerges(), f.otherMerges().size(), f.otherMerges());
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
