package dev.readout.participant;

import dev.readout.graphql.GlobalId;
import dev.readout.graphql.Keyset;
import dev.readout.graphql.NotFoundException;
import dev.readout.graphql.PageArgs;
import dev.readout.graphql.PageConnection;
import dev.readout.mongo.CollectionWrites;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Service;
import org.springframework.util.StringUtils;

import java.time.Duration;
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
    /** Null without a cache (tools and tests that build the service by hand). */
    private final ParticipantCache cache;

    /** Without a cache: every lookup reads MongoDB. */
    public ParticipantService(MongoTemplate mongo) {
        this.mongo = mongo;
        this.cache = null;
    }

    /**
     * With the participant cache ({@link ParticipantCache}): dropped at every participant write of this process, and
     * entries older than {@code maxStaleness} reloaded (another instance's writes); 0 turns it off.
     */
    @Autowired
    public ParticipantService(MongoTemplate mongo, CollectionWrites writes,
                              @Value("${readout.cache.participants.max-staleness:2s}") Duration maxStaleness,
                              @Value("${readout.cache.participants.max-entries:200000}") int maxEntries) {
        this.mongo = mongo;
        ParticipantCache c = new ParticipantCache(writes, maxStaleness, maxEntries);
        this.cache = c.enabled() ? c : null;
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
        return cache == null ? ids(c) : cache.ids("name:" + NameKeys.fold(name), () -> ids(c));
    }

    public List<String> idsOfCountry(String country) {
        if (!StringUtils.hasText(country)) {
            return null;
        }
        String code = countryCode(country);
        Criteria c = where("country").is(code);
        return cache == null ? ids(c) : cache.ids("country:" + code, () -> ids(c));
    }

    private List<String> ids(Criteria c) {
        var q = query(c);
        q.fields().include("_id");
        return mongo.find(q, org.bson.Document.class, Participant.COLLECTION).stream()
                .map(d -> d.getObjectId("_id").toHexString()).toList();
    }

    /** The participants of these ids (unknown ones left out): from the cache where it holds them, the rest in one query. */
    public Map<String, Participant> byIds(Collection<String> ids) {
        if (ids.isEmpty()) {
            return new HashMap<>();
        }
        return cache == null ? load(ids) : cache.byIds(ids, this::load);
    }

    private Map<String, Participant> load(Collection<String> ids) {
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
