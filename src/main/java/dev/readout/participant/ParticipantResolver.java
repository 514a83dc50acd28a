package dev.readout.participant;

import dev.readout.extraction.ExtractedParticipant;
import dev.readout.participant.ParticipantMatcher.KnownParticipant;
import dev.readout.participant.ParticipantMatcher.KnownRole;
import dev.readout.mongo.StableIds;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
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
        Map<String, Sighting> component = component(fresh, old);
        Set<String> previousParticipants = new TreeSet<>();
        component.values().forEach(s -> previousParticipants.add(s.participantId()));

        List<Sighting> all = new ArrayList<>();
        component.values().stream().filter(s -> !articleId.equals(s.articleId())).forEach(all::add);
        all.addAll(fresh);
        List<List<Sighting>> groups = group(all);

        // ids: derived from each group's anchor sighting
        Set<String> taken = new HashSet<>();
        Map<String, String> newOwner = new HashMap<>();
        List<Participant> participants = new ArrayList<>();
        for (List<Sighting> g : groups) {
            String id = StableIds.of("participant", g.stream().min(ANCHOR).orElseThrow().id());
            taken.add(id);
            g.forEach(s -> newOwner.put(s.id(), id));
            participants.add(participant(id, g));
        }

        // write: participants first (ids referenced by sightings exist), then sightings, then the emptied participants
        Map<String, Participant> before = new HashMap<>();
        if (!previousParticipants.isEmpty()) {
            mongo.find(query(where("_id").in(previousParticipants)), Participant.class).forEach(p -> before.put(p.id(), p));
        }
        participants.stream().filter(p -> !p.equals(before.get(p.id()))).forEach(mongo::save);
        Set<String> freshIds = new HashSet<>();
        fresh.forEach(s -> freshIds.add(s.id()));
        for (Sighting s : old) {
            if (!freshIds.contains(s.id())) {
                mongo.remove(query(where("_id").is(s.id())), Sighting.class);
            }
        }
        Map<String, String> owners = new LinkedHashMap<>();
        Map<String, String> moved = new LinkedHashMap<>();
        for (Sighting s : all) {
            String owner = newOwner.get(s.id());
            if (articleId.equals(s.articleId())) {
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

    /** The stored sightings the article's old and new sightings touch: shared keys and shared participants, transitively. */
    private Map<String, Sighting> component(List<Sighting> fresh, List<Sighting> old) {
        Map<String, Sighting> out = new HashMap<>();
        Set<String> keys = new HashSet<>();
        Set<String> participants = new HashSet<>();
        fresh.forEach(s -> keys.addAll(s.keys()));
        for (Sighting s : old) {
            out.put(s.id(), s);
            keys.addAll(s.keys());
            participants.add(s.participantId());
        }
        Set<String> askedKeys = new HashSet<>();
        Set<String> askedParticipants = new HashSet<>();
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

    /** The sighting a participant's id is derived from: a full name before a surname, the earliest seen, then by id. */
    static final Comparator<Sighting> ANCHOR = Comparator
            .comparingInt((Sighting s) -> surnameOnly(s) ? 1 : 0)
            .thenComparing(s -> s.firstSeen() == null ? LocalDate.MAX : s.firstSeen())
            .thenComparing(Sighting::id);

    // --- grouping, a pure function of the set of sightings ---------------------------------------------------------

    /** Full names before surname-only mentions, then by what the sighting says; the id (article) breaks exact ties. */
    static final Comparator<Sighting> CANONICAL = Comparator
            .comparingInt((Sighting s) -> surnameOnly(s) ? 1 : 0)
            .thenComparing(s -> s.kind().name())
            .thenComparing(s -> NameKeys.fold(s.name()))
            .thenComparing(s -> String.join("|", new TreeSet<>(s.aliases())))
            .thenComparing(s -> Objects.toString(s.title(), ""))
            .thenComparing(s -> Objects.toString(s.organization(), ""))
            .thenComparing(s -> Objects.toString(s.country(), ""))
            .thenComparing(s -> Objects.toString(s.firstSeen(), ""))
            .thenComparing(Sighting::id);

    static List<List<Sighting>> group(Collection<Sighting> sightings) {
        List<Sighting> sorted = new ArrayList<>(sightings);
        sorted.sort(CANONICAL);
        List<List<Sighting>> groups = new ArrayList<>();
        List<KnownParticipant> known = new ArrayList<>();
        for (Sighting s : sorted) {
            int hit = -1;
            if (!s.anonymous()) {
                var m = ParticipantMatcher.match(extracted(s), known);
                if (m.isPresent()) {
                    hit = known.indexOf(m.get().participant());
                }
            }
            if (hit < 0) {
                groups.add(new ArrayList<>(List.of(s)));
                known.add(known("g" + String.format("%06d", groups.size() - 1), groups.get(groups.size() - 1)));
            } else {
                groups.get(hit).add(s);
                known.set(hit, known(known.get(hit).id(), groups.get(hit)));
            }
        }
        return groups;
    }

    private static boolean surnameOnly(Sighting s) {
        if (s.kind() != ParticipantKind.PERSON || s.anonymous()) {
            return false;
        }
        PersonName p = PersonName.parse(s.name());
        return p != null && p.surnameOnly();
    }

    private static ExtractedParticipant extracted(Sighting s) {
        return new ExtractedParticipant(s.name(), s.kind(), s.title(), s.organization(), s.country(), s.aliases());
    }

    private static KnownParticipant known(String id, List<Sighting> g) {
        List<String> names = new ArrayList<>();
        List<KnownRole> roles = new ArrayList<>();
        for (Sighting s : g) {
            names.addAll(names(s));
            if (s.title() != null || s.organization() != null) {
                roles.add(new KnownRole(s.title(), s.organization(), s.country()));
            }
        }
        // the anonymous check of the matcher sees no anonymous sighting here: those never join a group
        return new KnownParticipant(id, g.get(0).name(), names, g.get(0).kind(), country(g), roles);
    }

    private static List<String> names(Sighting s) {
        List<String> n = new ArrayList<>();
        n.add(s.name());
        n.addAll(s.aliases());
        return n;
    }

    /** The most frequent country the sightings give; ties alphabetical. */
    private static String country(List<Sighting> g) {
        Map<String, Integer> votes = new TreeMap<>();
        g.stream().map(Sighting::country).filter(Objects::nonNull).forEach(c -> votes.merge(c, 1, Integer::sum));
        return votes.entrySet().stream().max(Comparator.comparingInt((Map.Entry<String, Integer> e) -> e.getValue())
                .thenComparing(Map.Entry::getKey, Comparator.reverseOrder())).map(Map.Entry::getKey).orElse(null);
    }

    /** The participant a group of sightings describes. */
    static Participant participant(String id, List<Sighting> g) {
        ParticipantKind kind = g.get(0).kind();
        List<String> mentions = new ArrayList<>();
        g.forEach(s -> mentions.addAll(names(s)));
        String name = NameMatcher.fullestCommonName(mentions, kind);
        if (name == null) {
            name = mentions.stream().map(String::strip).min(Comparator.naturalOrder()).orElse("");
        }
        String shown = name;
        Set<String> aliases = new TreeSet<>();
        mentions.stream().map(String::strip).filter(a -> !a.isEmpty() && !a.equals(shown)).forEach(aliases::add);
        Set<String> nameKeys = new TreeSet<>();
        nameKeys.add(NameKeys.fold(name));
        aliases.forEach(a -> nameKeys.add(NameKeys.fold(a)));
        nameKeys.remove("");
        return new Participant(id, name, List.copyOf(aliases), kind, country(g), roles(g), List.copyOf(nameKeys),
                "participant:" + id, NameKeys.fold(name));
    }

    /** Roles by title (country words aside) and organisation, seen from the earliest to the latest date given. */
    static List<Role> roles(List<Sighting> g) {
        Map<String, List<Sighting>> byRole = new TreeMap<>();
        for (Sighting s : g) {
            if (s.title() != null && !s.title().isBlank()) {
                String key = ParticipantMatcher.titleKey(s.title()) + "|" + NameKeys.fold(s.organization());
                byRole.computeIfAbsent(key, k -> new ArrayList<>()).add(s);
            }
        }
        List<Role> roles = new ArrayList<>();
        for (List<Sighting> r : byRole.values()) {
            String title = r.stream().map(s -> s.title().strip()).min(Comparator.naturalOrder()).orElseThrow();
            String org = r.stream().map(Sighting::organization).filter(Objects::nonNull).map(String::strip)
                    .min(Comparator.naturalOrder()).orElse(null);
            LocalDate first = r.stream().map(Sighting::firstSeen).filter(Objects::nonNull).min(Comparator.naturalOrder()).orElse(null);
            LocalDate last = r.stream().map(Sighting::lastSeen).filter(Objects::nonNull).max(Comparator.naturalOrder()).orElse(null);
            roles.add(new Role(title, org, country(r), first, last));
        }
        roles.sort(Comparator.comparing((Role r) -> r.firstSeen() == null ? LocalDate.MAX : r.firstSeen())
                .thenComparing(Role::title));
        return roles;
    }
}
