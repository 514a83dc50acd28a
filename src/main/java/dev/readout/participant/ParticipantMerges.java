package dev.readout.participant;

import dev.readout.graphql.BadRequestException;
import dev.readout.graphql.NotFoundException;
import dev.readout.ingest.Resolver;
import dev.readout.mongo.StableIds;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/**
 * Users' merges of participants the resolver kept apart, and their undoing: how a data team fixes identity. A merge
 * is a {@link ParticipantMerge} document; writing or deleting it and re-deciding the participants it concerns (with
 * their calls and statements) happen together under the resolution lease ({@link Resolver#regroup}).
 */
@Service
public class ParticipantMerges {

    private final MongoTemplate mongo;
    private final Resolver resolver;

    public ParticipantMerges(MongoTemplate mongo, Resolver resolver) {
        this.mongo = mongo;
        this.resolver = resolver;
    }

    /** A merge and the participant it made. */
    public record Merged(ParticipantMerge merge, Participant participant) {
    }

    /** An undone merge and the participants that now hold its names. */
    public record Undone(ParticipantMerge merge, List<Participant> participants) {
    }

    public Merged merge(String participantId, String otherId, String note) {
        Participant a = existing(participantId), b = existing(otherId);
        if (a.id().equals(b.id())) {
            throw new BadRequestException("Both ids name the same participant, " + a.name()
                    + ": give two different participants");
        }
        if (a.kind() != b.kind()) {
            throw new BadRequestException(a.name() + " is a " + a.kind().name().toLowerCase() + " and " + b.name()
                    + " a " + b.kind().name().toLowerCase() + ": only participants of one kind can be merged");
        }
        List<String> one = names(a), other = names(b);
        if (one.isEmpty() || other.isEmpty()) {
            throw new BadRequestException("A participant known only by a family name or as an anonymous source ("
                    + (one.isEmpty() ? a.name() : b.name()) + ") cannot be merged: its names do not say who it is");
        }
        // the same two participants merged either way round are one decision
        if (String.join("|", one).compareTo(String.join("|", other)) > 0) {
            List<String> t = one;
            one = other;
            other = t;
        }
        List<String> oneSide = keys(a.kind(), one);
        Set<String> keys = new TreeSet<>(oneSide);
        keys.addAll(keys(a.kind(), other));
        ParticipantMerge merge = new ParticipantMerge(StableIds.of("participant-merge", a.kind() + "|"
                + String.join("|", one) + "||" + String.join("|", other)), a.kind(), one, other, List.copyOf(keys),
                oneSide, note == null || note.isBlank() ? null : note.strip(), Instant.now().truncatedTo(ChronoUnit.MILLIS));
        Set<String> owners = resolver.regroup(List.of(a.id(), b.id()), () -> mongo.save(merge));
        return new Merged(merge, mongo.findById(owners.iterator().next(), Participant.class));
    }

    public Undone undo(String mergeId) {
        ParticipantMerge merge = mongo.findById(mergeId, ParticipantMerge.class);
        if (merge == null) {
            throw new NotFoundException("No participant merge has id " + mergeId
                    + ": it was undone already, or the id is not one mergeParticipants returned");
        }
        var q = query(where("keys").in(merge.keys()));
        q.fields().include("participantId");
        Set<String> holding = new TreeSet<>();
        mongo.find(q, org.bson.Document.class, Sighting.COLLECTION).forEach(d -> holding.add(String.valueOf(d.get("participantId"))));
        Set<String> owners = resolver.regroup(holding, () -> mongo.remove(query(where("_id").is(mergeId)),
                ParticipantMerge.class));
        List<Participant> participants = owners.isEmpty() ? List.of()
                : mongo.find(query(where("_id").in(owners)), Participant.class);
        return new Undone(merge, participants.stream().sorted(java.util.Comparator.comparing(Participant::sortKey)
                .thenComparing(Participant::id)).toList());
    }

    /** For each participant, the merges that name it: one query for all of them. */
    public Map<Participant, List<ParticipantMerge>> of(Collection<Participant> participants) {
        Map<String, List<Participant>> byKey = new HashMap<>();
        for (Participant p : participants) {
            for (String n : p.nameKeys()) {
                byKey.computeIfAbsent("n:" + p.kind() + ":" + n, k -> new ArrayList<>()).add(p);
            }
        }
        Map<Participant, List<ParticipantMerge>> out = new HashMap<>();
        participants.forEach(p -> out.put(p, new ArrayList<>()));
        if (byKey.isEmpty()) {
            return out;
        }
        for (ParticipantMerge m : mongo.find(query(where("keys").in(byKey.keySet())), ParticipantMerge.class)) {
            Set<Participant> named = new HashSet<>();
            m.keys().forEach(k -> named.addAll(byKey.getOrDefault(k, List.of())));
            named.forEach(p -> out.get(p).add(m));
        }
        return out;
    }

    private Participant existing(String id) {
        Participant p = mongo.findById(id, Participant.class);
        if (p == null) {
            throw new NotFoundException("No participant has id " + dev.readout.graphql.GlobalId.of("Participant", id));
        }
        return p;
    }

    /** The names a participant is known by that say who it is: full names for a person, every name otherwise. */
    static List<String> names(Participant p) {
        Set<String> out = new TreeSet<>();
        List<String> all = new ArrayList<>(p.aliases());
        all.add(p.name());
        for (String n : all) {
            if (NameMatcher.isAnonymous(n)) {
                continue;
            }
            if (p.kind() == ParticipantKind.PERSON) {
                PersonName parsed = PersonName.parse(n);
                if (parsed == null || parsed.surnameOnly()) {
                    continue;
                }
            }
            out.add(n);
        }
        return List.copyOf(out);
    }

    private static List<String> keys(ParticipantKind kind, List<String> names) {
        return names.stream().map(n -> ParticipantMerge.key(kind, n)).distinct().sorted().toList();
    }
}
