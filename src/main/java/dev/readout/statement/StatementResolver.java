package dev.readout.statement;

import dev.readout.article.Mention;
import dev.readout.participant.NameKeys;
import dev.readout.mongo.StableIds;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/**
 * Keeps the stored statements equal to a grouping of the stored quotation reports: reports with the same speaker
 * key whose words are the same quotation ({@link QuotationMatcher#sameQuotation}: punctuation, quote style and
 * truncation aside) are one statement, with one mention per report. Candidates are found through the reports' stored
 * shingles; a statement's id is derived from its earliest report, whatever order the reports arrived in.
 */
@Component
public class StatementResolver {

    private final MongoTemplate mongo;

    public StatementResolver(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /**
     * Replaces the article's reports, re-keys other reports whose speaker's participant moved ({@code moved}: sighting id
     * → participant id) and regroups every statement involved. Returns the statement ids of the article's reports. With
     * {@code articleId} null, only the re-keying is applied.
     */
    public List<String> replace(String articleId, List<StoredStatementReport> fresh, Map<String, String> moved) {
        Map<String, StoredStatementReport> component = new HashMap<>();
        Set<String> statements = new HashSet<>();
        Map<String, String> previous = new HashMap<>();
        if (articleId != null) {
            for (StoredStatementReport r : mongo.find(query(where("articleId").is(articleId)), StoredStatementReport.class)) {
                previous.put(r.id(), r.statementId());
                statements.add(r.statementId());
            }
            mongo.remove(query(where("articleId").is(articleId)), StoredStatementReport.class);
        }
        for (StoredStatementReport r : fresh) {
            StoredStatementReport s = r.with(r.speakerKey(), previous.get(r.id()));
            mongo.save(s);
            component.put(s.id(), s);
        }
        if (!moved.isEmpty()) {
            for (StoredStatementReport r : mongo.find(query(where("speakerRef").in(moved.keySet())), StoredStatementReport.class)) {
                if (r.keyedByParticipant() && !moved.get(r.speakerRef()).equals(r.speakerKey())) {
                    StoredStatementReport s = r.with(moved.get(r.speakerRef()), r.statementId());
                    mongo.save(s);
                    component.put(s.id(), s);
                }
            }
        }
        statements.remove(null);
        regroup(component, statements);
        return fresh.stream().map(r -> mongo.findById(r.id(), StoredStatementReport.class))
                .filter(Objects::nonNull).map(StoredStatementReport::statementId).distinct().toList();
    }

    /** Statements whose call link may have changed (their call reports moved to other calls, or calls were deleted). */
    public void relink(Collection<String> callReportIds, Collection<String> deletedCalls) {
        Set<String> ids = new TreeSet<>();
        if (!callReportIds.isEmpty()) {
            var q = query(where("callReportId").in(callReportIds));
            q.fields().include("statementId");
            mongo.find(q, org.bson.Document.class, StoredStatementReport.COLLECTION).stream()
                    .map(d -> d.getString("statementId")).filter(Objects::nonNull).forEach(ids::add);
        }
        if (!deletedCalls.isEmpty()) {
            mongo.find(query(where("callId").in(deletedCalls)), Statement.class).forEach(s -> ids.add(s.id()));
        }
        for (String id : ids) {
            List<StoredStatementReport> reports = mongo.find(query(where("statementId").is(id)), StoredStatementReport.class);
            String callId = callOf(reports);
            Update u = callId == null ? new Update().unset("callId") : Update.update("callId", callId);
            mongo.updateFirst(query(where("_id").is(id)), u, Statement.class);
        }
    }

    private void regroup(Map<String, StoredStatementReport> component, Set<String> statements) {
        // the reports of the statements involved, and (transitively) every report sharing a shingle with one
        Set<String> askedStatements = new HashSet<>();
        Set<String> asked = new HashSet<>();
        while (true) {
            statements.remove(null);
            component.values().stream().map(StoredStatementReport::statementId).filter(Objects::nonNull).forEach(statements::add);
            Set<String> st = new TreeSet<>(statements);
            st.removeAll(askedStatements);
            List<StoredStatementReport> pending = component.values().stream().filter(r -> !asked.contains(r.id())).toList();
            if (st.isEmpty() && pending.isEmpty()) {
                break;
            }
            askedStatements.addAll(st);
            Map<String, Set<String>> shinglesByKey = new TreeMap<>();
            for (StoredStatementReport r : pending) {
                asked.add(r.id());
                shinglesByKey.computeIfAbsent(r.speakerKey(), k -> new TreeSet<>()).addAll(r.shingles());
            }
            List<Criteria> or = new ArrayList<>();
            if (!st.isEmpty()) {
                or.add(where("statementId").in(st));
            }
            shinglesByKey.forEach((k, sh) -> or.add(where("speakerKey").is(k).and("shingles").in(sh)));
            for (StoredStatementReport r : mongo.find(query(new Criteria().orOperator(or)), StoredStatementReport.class)) {
                component.putIfAbsent(r.id(), r);
            }
        }

        List<List<StoredStatementReport>> groups = group(component.values());
        Set<String> used = new HashSet<>();
        for (List<StoredStatementReport> g : groups) {
            // the id follows the earliest report (by its date, then id): the same in any order of arrival
            String id = StableIds.of("statement", g.stream().min(ANCHOR).orElseThrow().id());
            used.add(id);
            mongo.save(statement(id, g));
            for (StoredStatementReport r : g) {
                if (!id.equals(r.statementId())) {
                    mongo.updateFirst(query(where("_id").is(r.id())), Update.update("statementId", id),
                            StoredStatementReport.class);
                }
            }
        }
        Set<String> gone = new TreeSet<>(statements);
        gone.removeAll(used);
        if (!gone.isEmpty()) {
            mongo.remove(query(where("_id").in(gone)), Statement.class);
        }
    }

    /** The report a statement's id is derived from. */
    static final Comparator<StoredStatementReport> ANCHOR = Comparator
            .comparing((StoredStatementReport r) -> r.date() == null ? LocalDate.MAX : r.date())
            .thenComparing(StoredStatementReport::id);

    /** The canonical report first: the fullest quotation, then by content; the id breaks exact ties. */
    static final Comparator<StoredStatementReport> CANONICAL = Comparator
            .comparingInt((StoredStatementReport r) -> -QuotationMatcher.words(r.text()).size())
            .thenComparing(r -> Objects.toString(r.text(), ""))
            .thenComparing(r -> Objects.toString(r.speakerText(), ""))
            .thenComparing(r -> Objects.toString(r.channel(), ""))
            .thenComparing(StoredStatementReport::id);

    /** Same speaker key and the same quotation, transitively (a full quotation joins its truncations). */
    static List<List<StoredStatementReport>> group(Collection<StoredStatementReport> reports) {
        List<StoredStatementReport> sorted = new ArrayList<>(reports);
        sorted.sort(CANONICAL);
        int[] parent = new int[sorted.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        for (int i = 0; i < sorted.size(); i++) {
            for (int j = i + 1; j < sorted.size(); j++) {
                StoredStatementReport a = sorted.get(i), b = sorted.get(j);
                if (QuotationMatcher.sameStatement(a.speakerKey(), a.text(), b.speakerKey(), b.text())) {
                    parent[find(parent, j)] = find(parent, i);
                }
            }
        }
        Map<Integer, List<StoredStatementReport>> groups = new TreeMap<>();
        for (int i = 0; i < sorted.size(); i++) {
            groups.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(sorted.get(i));
        }
        return new ArrayList<>(groups.values());
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private Statement statement(String id, List<StoredStatementReport> g) {
        StoredStatementReport best = g.get(0); // canonical order
        String speakerId = null;
        for (StoredStatementReport r : g) {
            if (r.speakerRef() != null) {
                var q = query(where("_id").is(r.speakerRef()));
                q.fields().include("participantId");
                org.bson.Document d = mongo.findOne(q, org.bson.Document.class, "participantSightings");
                if (d != null && d.get("participantId") != null) {
                    speakerId = d.get("participantId").toString();
                    break;
                }
            }
        }
        LocalDate date = g.stream().map(StoredStatementReport::date).filter(Objects::nonNull).min(Comparator.naturalOrder())
                .orElse(null);
        List<Mention> mentions = g.stream()
                .sorted(Comparator.comparing(StoredStatementReport::articleId).thenComparingInt(StoredStatementReport::start))
                .map(r -> new Mention(r.articleId(), r.sentence(), r.start(), r.end())).toList();
        return new Statement(id, best.text(), NameKeys.fold(best.text()), speakerId, best.speakerKey(),
                best.speakerText() == null ? "" : best.speakerText(), best.channel(), date, mentions, callOf(g));
    }

    /** The call the reports are about: the one most of their call reports are merged into; ties by id. */
    private String callOf(List<StoredStatementReport> g) {
        Set<String> reportIds = new TreeSet<>();
        g.stream().map(StoredStatementReport::callReportId).filter(Objects::nonNull).forEach(reportIds::add);
        if (reportIds.isEmpty()) {
            return null;
        }
        var q = query(where("_id").in(reportIds));
        q.fields().include("callId");
        Map<String, Integer> votes = new TreeMap<>();
        for (org.bson.Document d : mongo.find(q, org.bson.Document.class, "callReports")) {
            if (d.get("callId") != null) {
                votes.merge(d.get("callId").toString(), 1, Integer::sum);
            }
        }
        return votes.entrySet().stream().max(Comparator.comparingInt((Map.Entry<String, Integer> e) -> e.getValue())
                .thenComparing(Map.Entry::getKey, Comparator.reverseOrder())).map(Map.Entry::getKey).orElse(null);
    }
}
