package dev.readout.ingest;

import dev.readout.article.Article;
import dev.readout.call.Call;
import dev.readout.call.StoredCallReport;
import dev.readout.ingest.IngestService.IngestRequest;
import dev.readout.participant.GoldIdentities;
import dev.readout.participant.NameGoldCorpus;
import dev.readout.participant.NameGoldCorpus.GoldArticle;
import dev.readout.participant.NameKeys;
import dev.readout.participant.NameMatcher;
import dev.readout.participant.Participant;
import dev.readout.participant.ParticipantKind;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/**
 * The measure, with the real extractor: every article of seeds, dev and wide ingested one after another into
 * one store as raw text (publication date from the text, as a user sends it), then read back. A gold call is
 * <em>found</em> when a stored call report's evidence covers the gold evidence; a cluster is found when all its calls
 * are; a found cluster is merged when all its reports sit in one stored call, and no stored call may hold reports of
 * two clusters. These figures depend on the extraction engine as it stands on this branch, so the floors are what was
 * measured, and only go up; {@link CorpusResolutionTest} measures the resolver alone, with the gold as extraction.
 */
class CorpusClustersEndToEndTest {

    /**
     * Measured on main after the identity work met the parse-based extraction (2026-12-06; see README, "Identity and
     * merging"): 10 of 21 clusters found, 6 of them one call. The identity branch had measured 13 found and 9 merged
     * with the older extraction, which read more days and names on these articles: the four found and not merged now
     * are reports without a day (W1, W14, W16) and reports naming the ministers by role only (W9). With extractor 4
     * (the actor dictionary): 12 found, 7 merged; not merged W1, W14, W16, W3, W9. With extractor 5 (round 3): 12
     * found, 8 merged (W1 now one call); not merged W14, W16, W3, W9. Unnamed roles read as their holders
     * (RoleHolders, 2026-12-06): still 8; v141's "foreign minister of China" joins W16's call as Wang Yi, but W16's
     * v138 (no day, date words or publication date) stays apart. With extractor 7 (round 8) and the fullest forms
     * alone able to conflict (ParticipantMatcher.relation): 13 found, 10 merged; not merged W14, W16, W3 (reports
     * without a day); no gold person split. With extractor 8 (2026-12-07: the day of what followed an event, the
     * news day of a lead, a plural noun misread as a verb): 15 found, 13 merged (W8, W14 and W9 now one call each);
     * not merged W16 (v138, no day) and W3 (three undated reports of one summit); no false merge, no person split.
     * With reports told as the parties' first contact of a medium merged (a pair has one first meeting), W3 is one
     * call too: 14 of 15 (93 %); only W16 is apart.
     * The floor only goes up; it is a
     * count, not a share, so that clusters a better extractor finds (and the resolver cannot yet merge) do not lower it.
     */
    static final int FOUND_CLUSTERS_MERGED_FLOOR = 14;

    static InMemoryIngest store;
    static org.springframework.data.mongodb.core.MongoTemplate mongo;
    static IngestService ingest;
    static List<GoldArticle> articles;

    @BeforeAll
    static void start() {
        assumeTrue(NameGoldCorpus.present(NameGoldCorpus.ALL), "corpus not found at " + NameGoldCorpus.root()
                + ": the end-to-end cluster test is skipped");
        articles = NameGoldCorpus.articles(NameGoldCorpus.ALL);
        store = InMemoryIngest.start();
        mongo = store.mongo();
        ingest = store.ingest();
    }

    @AfterAll
    static void stop() {
        if (store != null) {
            store.close();
        }
    }

    /** What the store holds for the gold, cluster by cluster. */
    /**
     * @param wrongDay found clusters that are one call, but one dated with another day than the gold gives the event
     *                 (the extractor put two events' mentions in one report): not counted as merged
     */
    record Figures(Map<String, Set<String>> callsOfFoundCluster, Set<String> notFound, List<String> falseMerges,
                   List<String> splitPeople, int foundPeople, Map<String, List<String>> reportsOfCluster,
                   Set<String> wrongDay) {

        long merged() {
            return callsOfFoundCluster.entrySet().stream()
                    .filter(e -> e.getValue().size() == 1 && !wrongDay.contains(e.getKey())).count();
        }

        List<String> missed() {
            return callsOfFoundCluster.keySet().stream().filter(c -> !callsOfFoundCluster.get(c).equals(Set.of())
                    && (callsOfFoundCluster.get(c).size() != 1 || wrongDay.contains(c))).toList();
        }
    }

    @Test
    void foundClustersAreOneCallEachWithoutFalseMerges() throws Exception {
        List<GoldArticle> order = new ArrayList<>(articles);
        Collections.shuffle(order, new Random(44));
        Map<String, String> ids = new HashMap<>();
        for (GoldArticle a : order) {
            IngestService.IngestResult r = ingest.ingest(new IngestRequest(Files.readString(a.text()), null, a.name(),
                    null, null));
            ids.put(a.name(), r.article().id());
        }
        Figures f = figures(ids);
        System.out.printf("end to end (real extractor), seeds+dev+wide: clusters found %d/%d (not found %s); found "
                        + "clusters merged %d/%d, missed %s (of which one call on another event's day: %s); false merges "
                        + "%d %s; gold people found %d, split %d%n",
                f.callsOfFoundCluster().size(), f.callsOfFoundCluster().size() + f.notFound().size(), f.notFound(),
                f.merged(), f.callsOfFoundCluster().size(), f.missed(), f.wrongDay(), f.falseMerges().size(),
                f.falseMerges(), f.foundPeople(), f.splitPeople().size());
        f.missed().forEach(c -> System.out.println("  missed " + c + ": " + describe(f.reportsOfCluster().get(c))));
        f.splitPeople().forEach(p -> System.out.println("  split " + p));
        assertThat(f.falseMerges()).as("two clusters in one call").isEmpty();
        assertThat(f.merged()).as("found clusters that are one call").isGreaterThanOrEqualTo(FOUND_CLUSTERS_MERGED_FLOOR);
        // measured with extractor 7: none (a shorter form with the first name dropped, "Sissoco Embaló", no longer
        // conflicts with the full one; Tokayev's two spellings are one)
        assertThat(f.splitPeople()).as("gold people held by two participants").isEmpty();
    }

    static Figures figures(Map<String, String> ids) {
        // gold call → the stored report whose evidence covers the gold evidence
        Map<String, List<String>> reportsOfCluster = new TreeMap<>();
        Map<String, String> clusterOfReport = new HashMap<>();
        Map<String, Set<String>> goldDays = new HashMap<>();
        Set<String> notFound = new TreeSet<>();
        for (GoldArticle a : articles) {
            String articleId = ids.get(a.name());
            String text = mongo.findById(articleId, Article.class).text();
            List<StoredCallReport> reports = mongo.find(query(where("articleId").is(articleId)), StoredCallReport.class);
            Map<JsonNode, String> reportOfGold = reportsOf(a.gold().get("calls"), text, reports);
            for (JsonNode c : a.gold().get("calls")) {
                String cluster = GoldExtractions.field(c, "cluster");
                if (cluster == null) {
                    continue;
                }
                String hit = reportOfGold.get(c);
                if (GoldExtractions.field(c, "date") != null) {
                    goldDays.computeIfAbsent(cluster, k -> new TreeSet<>()).add(GoldExtractions.field(c, "date"));
                }
                if (hit == null) {
                    notFound.add(cluster);
                } else {
                    reportsOfCluster.computeIfAbsent(cluster, k -> new ArrayList<>()).add(hit);
                    clusterOfReport.put(hit, cluster);
                }
            }
        }
        Map<String, String> callOfReport = new HashMap<>();
        mongo.findAll(StoredCallReport.class).forEach(r -> callOfReport.put(r.id(), r.callId()));
        Map<String, Set<String>> calls = new TreeMap<>();
        reportsOfCluster.forEach((cluster, reports) -> {
            if (!notFound.contains(cluster)) {
                Set<String> c = new TreeSet<>();
                reports.forEach(r -> c.add(callOfReport.get(r)));
                calls.put(cluster, c);
            }
        });
        Map<String, Set<String>> clustersOfCall = new TreeMap<>();
        clusterOfReport.forEach((r, cluster) -> clustersOfCall.computeIfAbsent(callOfReport.get(r), k -> new TreeSet<>())
                .add(cluster));
        List<String> falseMerges = clustersOfCall.values().stream().filter(s -> s.size() > 1).map(Set::toString).toList();

        // gold people: every spelling group whose names the store has must be one participant
        List<Participant> ps = mongo.findAll(Participant.class);
        Set<String> goldNames = new TreeSet<>();
        for (GoldArticle a : articles) {
            a.gold().get("calls").forEach(c -> c.get("participants").forEach(p -> goldNames.add(p.asString())));
        }
        goldNames.removeIf(n -> NameMatcher.isAnonymous(n) || GoldIdentities.kind(n) != ParticipantKind.PERSON);
        List<String> split = new ArrayList<>();
        int found = 0;
        for (Set<String> g : GoldIdentities.expected(goldNames)) {
            Set<String> keys = new HashSet<>();
            g.forEach(n -> keys.add(NameKeys.fold(n)));
            List<String> holding = ps.stream().filter(p -> p.kind() == ParticipantKind.PERSON
                    && p.nameKeys().stream().anyMatch(keys::contains))
                    .map(p -> p.name() + " " + p.aliases() + " " + p.country()).toList();
            if (!holding.isEmpty()) {
                found++;
            }
            if (holding.size() > 1) {
                split.add(g + " -> " + holding);
            }
        }
        Set<String> wrongDay = new TreeSet<>();
        calls.forEach((cluster, held) -> {
            if (held.size() == 1) {
                Call call = mongo.findById(held.iterator().next(), Call.class);
                if (call != null && call.date() != null && goldDays.containsKey(cluster)
                        && !goldDays.get(cluster).contains(call.date().toString())) {
                    wrongDay.add(cluster);
                }
            }
        });
        return new Figures(calls, notFound, falseMerges, split, found, reportsOfCluster, wrongDay);
    }

    /** A cluster's stored reports as the resolver saw them: who (names as extracted), when, how, and their call. */
    static String describe(List<String> reportIds) {
        Map<String, String> nameOf = new HashMap<>();
        mongo.findAll(Article.class).forEach(a -> nameOf.put(a.id(), a.title()));
        List<String> out = new ArrayList<>();
        for (StoredCallReport r : mongo.find(query(where("_id").in(reportIds)), StoredCallReport.class)) {
            List<String> who = mongo.find(query(where("_id").in(r.participantRefs())), dev.readout.participant.Sighting.class)
                    .stream().map(s -> s.name() + "/" + s.country() + "/" + s.participantId().substring(18)).toList();
            out.add(nameOf.get(r.articleId()) + r.id().substring(r.id().indexOf('#')) + " " + who + " " + r.date() + " "
                    + r.precision() + " '" + r.dateText() + "' " + r.medium() + " " + r.status() + " pub " + r.published()
                    + (r.first() ? " first" : "") + " passages " + r.passages().size() + " -> " + r.callId().substring(18));
        }
        return String.join("; ", out);
    }

    /**
     * The stored report of each gold call of an article: the one whose evidence covers the gold evidence, else the one
     * report of the article, claimed by no other gold call, whose participants include every named gold participant
     * (the extractor may have read the call from another sentence); a gold call with neither is not found.
     */
    static Map<JsonNode, String> reportsOf(JsonNode goldCalls, String text, List<StoredCallReport> reports) {
        Map<JsonNode, String> out = new java.util.IdentityHashMap<>();
        Set<String> claimed = new HashSet<>();
        List<JsonNode> rest = new ArrayList<>();
        for (JsonNode g : goldCalls) {
            int at = text.indexOf(g.get("evidence").asString());
            String day = GoldExtractions.field(g, "date");
            // one sentence may tell two events ("first met on April 27 and then again on May 26"): each gold call
            // takes a report of its own, the one of its day first
            reports.stream().filter(r -> !claimed.contains(r.id()))
                    .filter(r -> r.mentions().stream().anyMatch(m -> m.start() <= at && at < m.end()))
                    .sorted(java.util.Comparator.comparing(r -> day == null || r.date() == null
                            || !day.equals(r.date().toString())))
                    .map(StoredCallReport::id).findFirst().ifPresentOrElse(r -> {
                        out.put(g, r);
                        claimed.add(r);
                    }, () -> rest.add(g));
        }
        Map<String, Integer> wanted = new HashMap<>();
        Map<JsonNode, String> byNames = new java.util.IdentityHashMap<>();
        for (JsonNode g : rest) {
            String r = byParticipants(g, reports.stream().filter(x -> !claimed.contains(x.id())).toList());
            if (r != null) {
                byNames.put(g, r);
                wanted.merge(r, 1, Integer::sum);
            }
        }
        byNames.forEach((g, r) -> {
            if (wanted.get(r) == 1) {
                out.put(g, r);
            }
        });
        return out;
    }

    private static String byParticipants(JsonNode gold, List<StoredCallReport> reports) {
        List<String> named = new ArrayList<>();
        gold.get("participants").forEach(p -> {
            if (!NameMatcher.isAnonymous(p.asString())) {
                named.add(p.asString());
            }
        });
        List<String> hits = new ArrayList<>();
        for (StoredCallReport r : reports) {
            List<String> names = new ArrayList<>();
            mongo.find(query(where("_id").in(r.participantRefs())), dev.readout.participant.Sighting.class)
                    .forEach(s -> {
                        names.add(s.name());
                        names.addAll(s.aliases());
                    });
            boolean all = !named.isEmpty() && named.stream().allMatch(g -> names.stream().anyMatch(n ->
                    NameKeys.fold(n).equals(NameKeys.fold(g)) || NameMatcher.sameParticipant(g, n,
                            GoldIdentities.kind(g)).relation().ordinal() <= NameMatcher.Relation.SURNAME_ONLY.ordinal()));
            if (all && r.status().name().equalsIgnoreCase(gold.get("status").asString())) {
                hits.add(r.id());
            }
        }
        return hits.size() == 1 ? hits.get(0) : null;
    }
}
