package dev.readout.ingest;

import dev.readout.article.Mention;
import dev.readout.call.Call;
import dev.readout.call.StoredCallReport;
import dev.readout.participant.GoldIdentities;
import dev.readout.participant.NameGoldCorpus.GoldArticle;
import dev.readout.participant.NameMatcher;
import dev.readout.participant.Participant;
import dev.readout.participant.Sighting;
import dev.readout.statement.Statement;
import dev.readout.statement.StoredStatementReport;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a store built from gold articles holds, checked against the gold: clusters merged and false merges, one
 * participant per gold person, no orphans, dates every report agrees with, and content snapshots for comparisons.
 */
final class GoldStoreChecks {

    private final MongoTemplate mongo;
    private final List<GoldArticle> articles;
    /** article name → stored id. */
    private final Map<String, String> ids;

    GoldStoreChecks(MongoTemplate mongo, List<GoldArticle> articles, Map<String, String> ids) {
        this.mongo = mongo;
        this.articles = articles;
        this.ids = ids;
    }

    Map<String, String> clusterOfReport() {
        Map<String, String> out = new HashMap<>();
        for (GoldArticle a : articles) {
            int i = 0;
            for (JsonNode c : a.gold().get("calls")) {
                String report = ids.get(a.name()) + "#" + i;
                String cluster = GoldExtractions.field(c, "cluster");
                if (cluster == null) {
                    cluster = CorpusResolutionTest.EXTRA_CLUSTERS.get(a.name() + "#" + i);
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
            return l.stream().map(GoldStoreChecks::canonicalValue).toList();
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
    List<Set<String>> expectedGroups() {
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
