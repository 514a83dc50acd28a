package dev.readout.participant;

import dev.readout.graphql.GlobalId;
import dev.readout.graphql.Keyset;
import dev.readout.graphql.NotFoundException;
import dev.readout.graphql.PageArgs;
import dev.readout.graphql.PageConnection;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Service;
import org.springframework.util.StringUtils;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/** Reads participants: pages A to Z, lookups by id in batches, and name/country matching for the other filters. */
@Service
public class ParticipantService {

    public static final Keyset<Participant> ORDER = Keyset.byStringAsc("sortKey", Participant::sortKey, Participant::id);

    private final MongoTemplate mongo;

    public ParticipantService(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public record ParticipantFilter(String name, String country) {
    }

    public PageConnection<Participant> page(ParticipantFilter filter, PageArgs args) {
        return ORDER.page(mongo, criteria(filter), Participant.class, args);
    }

    /** The filter as MongoDB criteria (GraphQL pages and exports share it). */
    public Criteria criteria(ParticipantFilter filter) {
        List<Criteria> parts = new ArrayList<>();
        if (filter != null) {
            Criteria name = nameCriteria(filter.name());
            if (name != null) {
                parts.add(name);
            }
            if (StringUtils.hasText(filter.country())) {
                parts.add(where("country").is(countryCode(filter.country())));
            }
        }
        return parts.isEmpty() ? new Criteria() : new Criteria().andOperator(parts);
    }

    /**
     * Name or alias containing the words, ignoring case and accents: a regex over the folded name keys, which hold only
     * letters, digits and spaces, so the folded query needs no escaping.
     */
    static Criteria nameCriteria(String name) {
        String folded = NameKeys.fold(name);
        return folded.isEmpty() ? null : where("nameKeys").regex(folded);
    }

    static String countryCode(String country) {
        return country.trim().toUpperCase(Locale.ROOT);
    }

    /** Ids of the participants whose name or alias matches; used by call and statement filters. */
    public List<String> idsMatchingName(String name) {
        Criteria c = nameCriteria(name);
        if (c == null) {
            return null;
        }
        return ids(c);
    }

    public List<String> idsOfCountry(String country) {
        if (!StringUtils.hasText(country)) {
            return null;
        }
        return ids(where("country").is(countryCode(country)));
    }

    private List<String> ids(Criteria c) {
        var q = query(c);
        q.fields().include("_id");
        return mongo.find(q, org.bson.Document.class, Participant.COLLECTION).stream()
                .map(d -> d.getObjectId("_id").toHexString()).toList();
    }

    public Map<String, Participant> byIds(Collection<String> ids) {
        Map<String, Participant> out = new HashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        for (Participant p : mongo.find(query(where("_id").in(ids)), Participant.class)) {
            out.put(p.id(), p);
        }
        return out;
    }

    public static List<String> decodeIds(List<String> globalIds) {
        return globalIds.stream().map(id -> GlobalId.require("Participant", id)).toList();
    }

    /**
     * Decodes participant ids given in a filter and checks they exist (one query): a stale or mistyped id is a
     * NOT_FOUND error naming it, rather than an empty list that looks like "no calls".
     */
    public List<String> existingIds(List<String> globalIds) {
        List<String> keys = decodeIds(globalIds);
        Map<String, Participant> found = byIds(keys);
        for (int i = 0; i < keys.size(); i++) {
            if (!found.containsKey(keys.get(i))) {
                throw new NotFoundException("No participant has id '" + globalIds.get(i) + "': ids change only when "
                        + "participants are merged; look the participant up again, e.g. participants(filter: {name: ...})");
            }
        }
        return keys;
    }
}
