package dev.readout.call;

import dev.readout.call.CallMerger.CallReport;
import dev.readout.call.CallMerger.MergedCall;
import dev.readout.participant.NameGoldCorpus;
import dev.readout.participant.NameGroups;
import dev.readout.participant.ParticipantKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The gold calls of the 25 seed and dev articles, participants resolved by the name logic, merged by {@link CallMerger}:
 * every dev cluster (A–D) must be one call, and no call may hold reports that are not the same real event.
 *
 * <p>Besides A–D, REVIEW-dev.md item 17 names four more events d09 and d10 share without a cluster id: the Kremlin
 * meeting (D2), the Berlin meeting (D3) and the Sunday Bennett–Macron (D4) and Bennett–Scholz (D5) calls. Merging
 * those is right, not a false merge; they are pinned here by gold index and counted separately.
 */
class CallMergerDevGoldTest {

    /** article#index of gold calls that are one event without a cluster id in the gold (REVIEW-dev.md item 17). */
    static final Map<String, String> EXTRA_CLUSTERS = Map.of(
            "d09#0", "D2", "d10#3", "D2",
            "d09#2", "D3", "d10#4", "D3",
            "d09#7", "D4", "d10#1", "D4",
            "d09#8", "D5", "d10#2", "D5");

    static List<CallReport> reports;
    static Map<String, String> cluster;

    @BeforeAll
    static void read() {
        assumeTrue(NameGoldCorpus.present(), "corpus not found at " + NameGoldCorpus.root());
        // participant ids: one per group of the name logic (persons; the few organisations and countries as written)
        List<String> names = NameGoldCorpus.names();
        Map<String, String> id = new HashMap<>();
        for (List<String> g : NameGroups.group(names, ParticipantKind.PERSON)) {
            g.forEach(n -> id.put(n, g.get(0)));
        }
        reports = new ArrayList<>();
        cluster = new HashMap<>(EXTRA_CLUSTERS);
        for (NameGoldCorpus.GoldArticle a : NameGoldCorpus.articles()) {
            int i = 0;
            for (JsonNode c : a.gold().get("calls")) {
                String reportId = a.name() + "#" + i++;
                Set<String> ps = new TreeSet<>();
                // a side known only by role is resolved within its article only
                c.get("participants").forEach(p -> ps.add(p.asString().startsWith("?") ? a.name() + p.asString() : id.get(p.asString())));
                String date = text(c, "date");
                reports.add(new CallReport(reportId, a.name(), ps, date == null ? null : LocalDate.parse(date),
                        date == null ? DatePrecision.UNKNOWN : DatePrecision.DAY, dateWords(text(c, "date_text")),
                        CallMedium.valueOf(c.get("medium").asString().toUpperCase(Locale.ROOT)),
                        CallStatus.valueOf(c.get("status").asString().toUpperCase(Locale.ROOT)),
                        a.published() == null ? null : LocalDate.parse(a.published())));
                if (text(c, "cluster") != null) {
                    cluster.put(reportId, text(c, "cluster"));
                }
            }
        }
    }

    static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asString();
    }

    /** The gold's date_text carries the annotator's notes in brackets ("(no published date)"); the article's words do not. */
    static String dateWords(String t) {
        return t == null ? null : t.replaceAll("\\([^)]*(published|year not stated)[^)]*\\)", "").strip();
    }

    @Test
    void devClustersMergeWithoutFalseMerges() {
        List<MergedCall> calls = CallMerger.merge(reports);
        Map<String, Set<Integer>> callsOfCluster = new HashMap<>();
        int falseMerges = 0;
        List<String> wrong = new ArrayList<>();
        for (int i = 0; i < calls.size(); i++) {
            Set<String> ids = calls.get(i).reports().stream().map(CallReport::reportId).collect(Collectors.toSet());
            for (String r : ids) {
                if (cluster.containsKey(r)) {
                    callsOfCluster.computeIfAbsent(cluster.get(r), k -> new HashSet<>()).add(i);
                }
            }
            // a merged call is right when all its reports carry one and the same cluster id
            Set<String> owners = ids.stream().map(r -> cluster.getOrDefault(r, "unclustered " + r)).collect(Collectors.toSet());
            if (ids.size() > 1 && owners.size() > 1) {
                falseMerges++;
                wrong.add(ids.toString());
            }
        }
        List<String> gold = List.of("A", "B", "C", "D");
        long merged = gold.stream().filter(c -> callsOfCluster.getOrDefault(c, Set.of()).size() == 1).count();
        long extra = List.of("D2", "D3", "D4", "D5").stream().filter(c -> callsOfCluster.getOrDefault(c, Set.of()).size() == 1).count();
        System.out.printf("dev gold calls: %d reports → %d calls; clusters merged %d/4; REVIEW-17 events merged %d/4; false merges %d %s%n",
                reports.size(), calls.size(), merged, extra, falseMerges, wrong);
        assertThat(wrong).isEmpty();
        assertThat(merged).isEqualTo(4);
        assertThat(calls.stream().filter(c -> c.reports().stream().anyMatch(r -> "A".equals(cluster.get(r.reportId()))))
                .findFirst().orElseThrow())
                .satisfies(a -> {
                    assertThat(a.date()).isEqualTo("2022-03-01");
                    assertThat(a.medium()).isEqualTo(CallMedium.PHONE);
                });
    }

    @Test
    void sameCallsInAnyOrder() {
        List<MergedCall> expected = CallMerger.merge(reports);
        List<CallReport> shuffled = new ArrayList<>(reports);
        Random random = new Random(25);
        for (int i = 0; i < 20; i++) {
            Collections.shuffle(shuffled, random);
            assertThat(CallMerger.merge(shuffled)).isEqualTo(expected);
        }
    }
}
