package dev.readout.call;

import dev.readout.graphql.DateOrder;
import dev.readout.graphql.Keyset;
import dev.readout.graphql.PageArgs;
import dev.readout.graphql.PageConnection;
import dev.readout.participant.Participant;
import dev.readout.participant.ParticipantService;
import dev.readout.statement.Statement;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/** Reads calls: filtered keyset pages, and the batch loads behind nested fields. */
@Service
public class CallService {

    public static final Keyset<Call> ORDER = Keyset.byDateDesc("date", Call::date, Call::id);
    public static final Keyset<Call> OLDEST_FIRST = Keyset.byDateAsc("date", Call::date, Call::id);

    private final MongoTemplate mongo;
    private final ParticipantService participants;

    public CallService(MongoTemplate mongo, ParticipantService participants) {
        this.mongo = mongo;
        this.participants = participants;
    }

    public record CallFilter(List<String> participantIds, String participantName, String country, LocalDate from,
                             LocalDate to, List<CallMedium> medium, List<CallStatus> status) {

        /** The key of a filter with no field set (every call, like no filter), from the same code as every key. */
        private static final String EVERY_CALL = key(new CallFilter(null, null, null, null, null, null, null));

        /** The same text for filters that select the same calls the same way (absent and empty are alike). */
        public static String key(CallFilter f) {
            if (f == null) {
                return "{}";
            }
            String key = "{ids=" + emptyIsNull(f.participantIds()) + ",name=" + f.participantName() + ",country="
                    + f.country() + ",from=" + f.from() + ",to=" + f.to() + ",medium=" + emptyIsNull(f.medium())
                    + ",status=" + emptyIsNull(f.status()) + "}";
            return key.equals(EVERY_CALL) ? "{}" : key;
        }

        private static Object emptyIsNull(List<?> list) {
            return list == null || list.isEmpty() ? null : list;
        }
    }

    public PageConnection<Call> page(CallFilter filter, PageArgs args) {
        return page(filter, args, null);
    }

    public PageConnection<Call> page(CallFilter filter, PageArgs args, DateOrder order) {
        PageConnection<Call> page = (DateOrder.ascending(order) ? OLDEST_FIRST : ORDER)
                .page(mongo, criteria(filter, false), Call.class, args);
        if (page.edges().isEmpty() && filter != null && filter.participantIds() != null
                && !filter.participantIds().isEmpty()) {
            // an unknown id is an error, not an empty list; a page with calls of the participants proves they exist,
            // so only an empty one pays the lookup (the typical page is one MongoDB command fewer)
            participants.existingIds(filter.participantIds());
        }
        return page;
    }

    /** The filter as MongoDB criteria; name and country first resolve to participant ids; unknown ids are an error. */
    public Criteria criteria(CallFilter filter) {
        return criteria(filter, true);
    }

    private Criteria criteria(CallFilter filter, boolean checkIds) {
        List<Criteria> parts = new ArrayList<>();
        if (filter != null) {
            if (filter.participantIds() != null && !filter.participantIds().isEmpty()) {
                parts.add(where("participantIds").all(checkIds ? participants.existingIds(filter.participantIds())
                        : ParticipantService.decodeIds(filter.participantIds())));
            }
            List<String> named = participants.idsMatchingName(filter.participantName());
            if (named != null) {
                parts.add(where("participantIds").in(named));
            }
            List<String> ofCountry = participants.idsOfCountry(filter.country());
            if (ofCountry != null) {
                parts.add(where("participantIds").in(ofCountry));
            }
            Criteria dates = dateRange("date", filter.from(), filter.to());
            if (dates != null) {
                parts.add(dates);
            }
            if (filter.medium() != null && !filter.medium().isEmpty()) {
                parts.add(where("medium").in(filter.medium().stream().map(Enum::name).toList()));
            }
            if (filter.status() != null && !filter.status().isEmpty()) {
                parts.add(where("status").in(filter.status().stream().map(Enum::name).toList()));
            }
        }
        return parts.isEmpty() ? new Criteria() : new Criteria().andOperator(parts);
    }

    /** Participant ids meeting every participant condition of the filter (ids, name, country). */
    public List<String> participantIdsMatching(CallFilter filter) {
        Set<String> ids = null;
        if (filter.participantIds() != null && !filter.participantIds().isEmpty()) {
            ids = new LinkedHashSet<>(ParticipantService.decodeIds(filter.participantIds()));
        }
        for (List<String> more : java.util.Arrays.asList(participants.idsMatchingName(filter.participantName()),
                participants.idsOfCountry(filter.country()))) {
            if (more != null) {
                if (ids == null) {
                    ids = new LinkedHashSet<>(more);
                } else {
                    ids.retainAll(more);
                }
            }
        }
        return ids == null ? List.of() : List.copyOf(ids);
    }

    public static Criteria dateRange(String field, LocalDate from, LocalDate to) {
        if (from == null && to == null) {
            return null;
        }
        Criteria c = where(field);
        if (from != null) {
            c = c.gte(from);
        }
        if (to != null) {
            c = c.lte(to);
        }
        return c;
    }

    public List<List<Participant>> participantsOf(List<Call> calls) {
        Set<String> ids = new LinkedHashSet<>();
        calls.forEach(c -> ids.addAll(c.participantIds()));
        Map<String, Participant> byId = participants.byIds(ids);
        return calls.stream()
                .map(c -> c.participantIds().stream().map(byId::get).filter(Objects::nonNull)
                        .sorted((a, b) -> Integer.compare(a.kind().ordinal(), b.kind().ordinal()))
                        .toList())
                .toList();
    }

    public List<List<Statement>> statementsOf(List<Call> calls) {
        List<String> ids = calls.stream().map(Call::id).toList();
        Map<String, List<Statement>> byCall = new HashMap<>();
        for (Statement s : mongo.find(query(where("callId").in(ids)).with(Sort.by(Sort.Direction.DESC, "date", "_id")),
                Statement.class)) {
            byCall.computeIfAbsent(s.callId(), k -> new ArrayList<>()).add(s);
        }
        return calls.stream().map(c -> byCall.getOrDefault(c.id(), List.of())).toList();
    }

    public Map<String, Call> byIds(Collection<String> ids) {
        Map<String, Call> out = new HashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        for (Call c : mongo.find(query(where("_id").in(ids)), Call.class)) {
            out.put(c.id(), c);
        }
        return out;
    }

    /** All calls of any of these participants, in one query. */
    public List<Call> callsOfParticipants(Collection<String> participantIds) {
        return mongo.find(query(where("participantIds").in(participantIds)), Call.class);
    }

    /**
     * For each of these participants, how many calls they had with each other participant: one query over the calls of
     * all of them, reading only the participant lists.
     */
    public Map<String, Map<String, Integer>> counterpartCounts(Collection<String> participantIds) {
        Map<String, Map<String, Integer>> counts = new HashMap<>();
        if (participantIds.isEmpty()) {
            return counts;
        }
        Set<String> ids = Set.copyOf(participantIds);
        var q = query(where("participantIds").in(ids));
        q.fields().include("participantIds");
        for (org.bson.Document d : mongo.find(q, org.bson.Document.class, Call.COLLECTION)) {
            List<String> ps = d.getList("participantIds", Object.class).stream().map(Object::toString).distinct().toList();
            for (String p : ps) {
                if (!ids.contains(p)) {
                    continue;
                }
                Map<String, Integer> mine = counts.computeIfAbsent(p, x -> new HashMap<>());
                for (String other : ps) {
                    if (!other.equals(p)) {
                        mine.merge(other, 1, Integer::sum);
                    }
                }
            }
        }
        return counts;
    }

    /** The counterparts of one participant, most calls first, then by name; at most {@code first}. */
    public List<Map.Entry<Participant, Integer>> counterparts(String participantId, int first) {
        return rankCounterparts(counterpartCounts(List.of(participantId)).getOrDefault(participantId, Map.of()), first);
    }

    /** Counterpart counts as participants, most calls first, then by name (sort key), then id. */
    public List<Map.Entry<Participant, Integer>> rankCounterparts(Map<String, Integer> counts, int first) {
        Map<String, Participant> byId = participants.byIds(counts.keySet());
        return rank(counts, byId, first);
    }

    public static List<Map.Entry<Participant, Integer>> rank(Map<String, Integer> counts, Map<String, Participant> byId,
                                                            int first) {
        List<Map.Entry<Participant, Integer>> list = new ArrayList<>();
        counts.forEach((other, n) -> {
            Participant p = byId.get(other);
            if (p != null) {
                list.add(Map.entry(p, n));
            }
        });
        list.sort((a, b) -> !a.getValue().equals(b.getValue()) ? Integer.compare(b.getValue(), a.getValue())
                : a.getKey().sortKey() != null && b.getKey().sortKey() != null && !a.getKey().sortKey().equals(b.getKey().sortKey())
                ? a.getKey().sortKey().compareTo(b.getKey().sortKey()) : a.getKey().id().compareTo(b.getKey().id()));
        return list.subList(0, Math.min(first, list.size()));
    }
}
