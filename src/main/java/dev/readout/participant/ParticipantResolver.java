package dev.readout.participant;

import dev.readout.extraction.ExtractedParticipant;
import dev.readout.mongo.StableIds;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/**
 * Decides which stored participant each of an article's participants is, across all articles.
 *
 * <p>What is stored per article is a {@link Sighting}; participants are derived from the sightings. Replacing an
 * article's sightings re-decides the whole <em>component</em> they touch: every sighting that shares a lookup key
 * ({@link NameMatcher#nameKeys}) with them, transitively, and every sighting of the participants involved. Within the
 * component, sightings are grouped by {@link ParticipantMatcher} in a canonical order (full names before
 * surname-only ones, then by content), so the grouping is a function of the set of sightings and not of the order
 * the articles arrived in: a "Biden" seen before "Jill Biden" existed moves out of Joe Biden's participant once it
 * becomes ambiguous. A participant's id is derived from its {@link #ANCHOR} sighting (a full name seen earliest), so it
 * does not depend on arrival order either, and stays while later articles add sightings.
 *
 * <p>Anonymous sources ("a senior White House official", "?Russian counterpart") are participants of their article
 * only: the same words in two articles need not be the same person.
 */
@Component
public class ParticipantResolver {

    private final MongoTemplate mongo;

    public ParticipantResolver(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /**
     * The result of replacing an article's sightings.
     *
     * @param owners  the article's sighting ids → their participant
     * @param moved   other articles' sightings whose participant changed → their new participant
     * @param removed participants deleted because no sighting is left in them
     */
    public record Outcome(Map<String, String> owners, Map<String, String> moved, Set<String> removed) {
    }

    /** A sighting as the article gives it, before it is stored: participantId null. */
    public static Sighting sighting(String articleId, int ref, ExtractedParticipant p, LocalDate firstSeen,
                                    LocalDate lastSeen) {
        return new Sighting(articleId + "#p" + ref, articleId, null, p.kind(), p.name(), aliases(p), p.title(),
                p.organization(), ParticipantMatcher.country(p), firstSeen, lastSeen, keys(articleId, p));
    }

    private static List<String> aliases(ExtractedParticipant p) {
        return p.aliases().stream().filter(a -> a != null && !a.isBlank() && !a.equals(p.name())).distinct().toList();
    }

    static List<String> keys(String articleId, ExtractedParticipant p) {
        if (NameMatcher.isAnonymous(p.name())) {
            return List.of("a:" + articleId + ":" + PersonName.folded(p.name()));
        }
        Set<String> keys = new TreeSet<>(ParticipantMatcher.nameKeys(p));
        // every name has at least this key, also those the name logic cannot parse
        keys.add("n:" + p.kind() + ":" + NameKeys.fold(p.name()));
        keys.removeIf(k -> k.startsWith("a:"));
        return List.copyOf(keys);
    }

    /** Replaces the article's sightings with {@code fresh} (empty: forget the article) and re-decides what they touch. */
    public Outcome replace(String articleId, List<Sighting> fresh) {
        List<Sighting> old = mongo.find(query(where("articleId").is(articleId)), Sighting.class);
        return decide(articleId, fresh, old);
    }

    /**
     * Re-decides the participants these ones touch, with nothing replaced: after a user merged two participants or
     * undid a merge ({@link ParticipantMerge}). The outcome's {@code owners} is empty.
     */
    public Outcome regroup(Collection<String> participantIds) {
        if (participantIds.isEmpty()) {
            return new Outcome(Map.of(), Map.of(), Set.of());
        }
        return decide(null, List.of(), mongo.find(query(where("participantId").in(participantIds)), Sighting.class));
    }

    /** The ids of the sightings these participants hold. */
    public List<String> sightingsOf(Collection<String> participantIds) {
        var q = query(where("participantId").in(participantIds));
        q.fields().include("_id");
        return mongo.find(q, org.bson.Document.class, Sighting.COLLECTION).stream().map(d -> d.getString("_id")).toList();
    }

    /** The participants these sightings belong to now. */
    public Set<String> ownersOf(Collection<String> sightingIds) {
        var q = query(where("_id").in(sightingIds));
        q.fields().include("participantId");
        Set<String> out = new TreeSet<>();
        mongo.find(q, org.bson.Document.class, Sighting.COLLECTION).forEach(d -> out.add(String.valueOf(d.get("participantId"))));
        return out;
    }

    /**
     * Groups the component of {@code seeds} (sightings already stored) and {@code fresh} (the article's new ones,
     * replacing the stored sightings of {@code articleId}; null when nothing is replaced) and writes what changed.
     */
    private Outcome decide(String articleId, List<Sighting> fresh, List<Sighting> seeds) {
        List<ParticipantMerge> merges = new ArrayList<>();
        Map<String, Sighting> component = component(fresh, seeds, merges);
        Set<String> previousParticipants = new TreeSet<>();
        component.values().forEach(s -> previousParticipants.add(s.participantId()));

        List<Sighting> all = new ArrayList<>();
        component.values().stream().filter(s -> articleId == null || !articleId.equals(s.articleId())).forEach(all::add);
        all.addAll(fresh);
        List<List<Sighting>> groups = ParticipantGroups.group(all, merges);

        // ids: derived from each group's anchor sighting
        Set<String> taken = new HashSet<>();
        Map<String, String> newOwner = new HashMap<>();
        List<Participant> participants = new ArrayList<>();
        for (List<Sighting> g : groups) {
            String id = StableIds.of("participant", g.stream().min(ParticipantGroups.ANCHOR).orElseThrow().id());
            taken.add(id);
            g.forEach(s -> newOwner.put(s.id(), id));
            participants.add(ParticipantGroups.participant(id, g));
        }

        // write: participants first (ids referenced by sightings exist), then sightings, then the emptied participants
        Map<String, Participant> before = new HashMap<>();
        if (!previousParticipants.isEmpty()) {
            mongo.find(query(where("_id").in(previousParticipants)), Participant.class).forEach(p -> before.put(p.id(), p));
        }
        participants.stream().filter(p -> !p.equals(before.get(p.id()))).forEach(mongo::save);
        if (articleId != null) {
            Set<String> freshIds = new HashSet<>();
            fresh.forEach(s -> freshIds.add(s.id()));
            for (Sighting s : seeds) {
                if (!freshIds.contains(s.id())) {
                    mongo.remove(query(where("_id").is(s.id())), Sighting.class);
                }
            }
        }
        Map<String, String> owners = new LinkedHashMap<>();
        Map<String, String> moved = new LinkedHashMap<>();
        for (Sighting s : all) {
            String owner = newOwner.get(s.id());
            if (articleId != null && articleId.equals(s.articleId())) {
                owners.put(s.id(), owner);
                Sighting stored = component.get(s.id());
                if (stored == null || !s.withParticipant(owner).equals(stored)) {
                    mongo.save(s.withParticipant(owner));
                }
            } else if (!owner.equals(s.participantId())) {
                moved.put(s.id(), owner);
                mongo.save(s.withParticipant(owner));
            }
        }
        Set<String> removed = new TreeSet<>(previousParticipants);
        removed.removeAll(taken);
        if (!removed.isEmpty()) {
            mongo.remove(query(where("_id").in(removed)), Participant.class);
        }
        return new Outcome(owners, moved, removed);
    }

    /**
     * The stored sightings that {@code fresh} and {@code seeds} touch: shared keys, shared participants and users'
     * merges naming them, transitively. The merges met on the way are added to {@code merges}.
     */
    private Map<String, Sighting> component(List<Sighting> fresh, List<Sighting> seeds, List<ParticipantMerge> merges) {
        Map<String, Sighting> out = new HashMap<>();
        Set<String> keys = new HashSet<>();
        Set<String> participants = new HashSet<>();
        fresh.forEach(s -> keys.addAll(s.keys()));
        for (Sighting s : seeds) {
            out.put(s.id(), s);
            keys.addAll(s.keys());
            participants.add(s.participantId());
        }
        Set<String> askedKeys = new HashSet<>();
        Set<String> askedParticipants = new HashSet<>();
        Set<String> mergeIds = new HashSet<>();
        while (true) {
            Set<String> k = new HashSet<>(keys);
            k.removeAll(askedKeys);
            Set<String> p = new HashSet<>(participants);
            p.removeAll(askedParticipants);
            if (k.isEmpty() && p.isEmpty()) {
                return out;
            }
            askedKeys.addAll(k);
            askedParticipants.addAll(p);
            if (!k.isEmpty()) {
                // a merge naming one of these names brings the other side's names in (asked in the next round)
                for (ParticipantMerge m : mongo.find(query(where("keys").in(k)), ParticipantMerge.class)) {
                    if (mergeIds.add(m.id())) {
                        merges.add(m);
                        keys.addAll(m.keys());
                    }
                }
            }
            List<Criteria> or = new ArrayList<>();
            if (!k.isEmpty()) {
                or.add(where("keys").in(k));
            }
            if (!p.isEmpty()) {
                or.add(where("participantId").in(p));
            }
            for (Sighting s : mongo.find(query(new Criteria().orOperator(or)), Sighting.class)) {
                if (out.putIfAbsent(s.id(), s) == null) {
                    keys.addAll(s.keys());
                    participants.add(s.participantId());
                }
            }
        }
    }
}
