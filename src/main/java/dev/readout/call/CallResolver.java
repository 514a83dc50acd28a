package dev.readout.call;

import dev.readout.mongo.StableIds;
import java.time.LocalDate;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/**
 * Keeps the stored calls equal to {@link CallMerger#merge} over the stored call reports.
 *
 * <p>When an article's reports are replaced, or participants are regrouped so that reports change participant set,
 * every participant set touched is merged again from all of its reports, and its calls rewritten: one call per
 * merged group with one mention per report. A call's id is derived from its earliest-published report
 * ({@link #ANCHOR}), so it is the same whatever order the reports arrived in, and a call that gains later reports keeps
 * it; calls left with no report are deleted. The result depends only on the set of reports.
 */
@Component
public class CallResolver {

    /** The report a call's id is derived from: the earliest published (the first news of it), then by id. */
    static final Comparator<CallMerger.CallReport> ANCHOR = Comparator
            .comparing((CallMerger.CallReport r) -> r.published() == null ? LocalDate.MAX : r.published())
            .thenComparing(CallMerger.CallReport::reportId);

    private final MongoTemplate mongo;

    public CallResolver(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /**
     * What changed.
     *
     * @param callOfReport every rewritten report id → its call (the article's own reports among them)
     * @param deleted      calls deleted
     */
    public record Outcome(Map<String, String> callOfReport, Set<String> deleted) {
    }

    /**
     * Replaces the article's reports (participant ids already resolved; callId ignored), applies the participants'
     * regrouping ({@code moved}: sighting id → new participant id) to other reports, and rewrites the calls of every
     * participant set involved. With {@code articleId} null, only the regrouping is applied.
     */
    public Outcome replace(String articleId, List<StoredCallReport> fresh, Map<String, String> moved) {
        Set<String> touched = new TreeSet<>();
        Map<String, String> previousCall = new HashMap<>();
        List<StoredCallReport> old = articleId == null ? List.of()
                : mongo.find(query(where("articleId").is(articleId)), StoredCallReport.class);
        for (StoredCallReport r : old) {
            touched.add(r.participantKey());
            previousCall.put(r.id(), r.callId());
        }
        if (articleId != null) {
            mongo.remove(query(where("articleId").is(articleId)), StoredCallReport.class);
        }
        for (StoredCallReport r : fresh) {
            mongo.save(r.withCall(previousCall.get(r.id())));
            touched.add(r.participantKey());
        }
        if (!moved.isEmpty()) {
            for (StoredCallReport r : mongo.find(query(where("participantRefs").in(moved.keySet())), StoredCallReport.class)) {
                if (r.articleId().equals(articleId)) {
                    continue;
                }
                List<String> ids = List.copyOf(new TreeSet<>(owners(r.participantRefs()).values()));
                StoredCallReport updated = r.withParticipants(ids);
                if (!updated.equals(r)) {
                    touched.add(r.participantKey());
                    touched.add(updated.participantKey());
                    mongo.save(updated);
                }
            }
        }
        return rewrite(touched);
    }

    /** The participants a report's sightings belong to now (the participant resolver has already moved them). */
    private Map<String, String> owners(List<String> refs) {
        Map<String, String> out = new TreeMap<>();
        var q = query(where("_id").in(refs));
        q.fields().include("participantId");
        for (org.bson.Document d : mongo.find(q, org.bson.Document.class, "participantSightings")) {
            out.put(d.getString("_id"), d.get("participantId").toString());
        }
        return out;
    }

    /** Merges every report of these participant sets again and rewrites their calls. */
    Outcome rewrite(Collection<String> participantKeys) {
        Map<String, String> callOfReport = new LinkedHashMap<>();
        Set<String> candidates = new TreeSet<>();
        Set<String> used = new HashSet<>();
        for (String key : new TreeSet<>(participantKeys)) {
            List<StoredCallReport> reports = mongo.find(query(where("participantKey").is(key)), StoredCallReport.class);
            Map<String, StoredCallReport> byId = new HashMap<>();
            reports.forEach(r -> byId.put(r.id(), r));
            Map<String, Call> existing = new HashMap<>();
            for (Call c : mongo.find(query(where("participantKey").is(key)), Call.class)) {
                existing.put(c.id(), c);
            }
            Set<String> heldBy = new TreeSet<>();
            reports.stream().map(StoredCallReport::callId).filter(Objects::nonNull).forEach(heldBy::add);
            heldBy.removeAll(existing.keySet());
            if (!heldBy.isEmpty()) {
                mongo.find(query(where("_id").in(heldBy)), Call.class).forEach(c -> existing.put(c.id(), c));
            }
            candidates.addAll(existing.keySet());

            List<CallMerger.MergedCall> merged = CallMerger.merge(reports.stream().map(StoredCallReport::report).toList());
            for (CallMerger.MergedCall m : merged) {
                String id = StableIds.of("call", m.reports().stream().min(ANCHOR).orElseThrow().reportId());
                used.add(id);
                Call before = existing.get(id);
                List<String> participantIds = List.copyOf(new TreeSet<>(m.participantIds()));
                List<dev.readout.article.Mention> mentions = new ArrayList<>();
                List<dev.readout.article.Mention> dateMentions = new ArrayList<>();
                List<String> reportIds = new ArrayList<>();
                for (CallMerger.CallReport r : m.reports()) {
                    StoredCallReport s = byId.get(r.reportId());
                    reportIds.add(s.id());
                    if (!s.mentions().isEmpty()) {
                        mentions.add(s.mentions().get(0));
                        if (m.dateFrom().contains(s.id())) {
                            dateMentions.add(s.mentions().get(0));
                        }
                    }
                }
                Call call = new Call(id, participantIds, String.join(",", participantIds), m.date(), m.precision(),
                        m.dateText(), m.medium(), m.status(), mentions, before == null ? null : before.cameoCode(),
                        dateMentions);
                if (!call.equals(before)) {
                    mongo.save(call);
                }
                for (String r : reportIds) {
                    callOfReport.put(r, id);
                    if (!id.equals(byId.get(r).callId())) {
                        mongo.updateFirst(query(where("_id").is(r)), Update.update("callId", id), StoredCallReport.class);
                    }
                }
            }
        }
        Set<String> deleted = new TreeSet<>(candidates);
        deleted.removeAll(used);
        if (!deleted.isEmpty()) {
            // every report of a candidate call is in one of the sets just merged: unused means empty
            mongo.remove(query(where("_id").in(deleted)), Call.class);
        }
        return new Outcome(callOfReport, deleted);
    }
}
