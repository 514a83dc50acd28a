package dev.readout.participant;

import dev.readout.extraction.ExtractedParticipant;
import dev.readout.participant.ParticipantMatcher.KnownParticipant;
import dev.readout.participant.ParticipantMatcher.KnownRole;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Which sightings are one participant, and what that participant looks like: a pure function of the set of sightings
 * and of the users' merges ({@link ParticipantMerge}), so that it does not depend on the order articles arrived in.
 *
 * <p>Sightings are matched one by one in a canonical order (full names before surname-only mentions, then by content)
 * against the groups formed so far, with {@link ParticipantMatcher}; then the groups a user merge names on both sides
 * are joined. A participant's name, aliases, country and roles are recomputed from its sightings, and its id derived
 * from its {@link #ANCHOR} sighting.
 */
final class ParticipantGroups {

    private ParticipantGroups() {
    }

    /** The sighting a participant's id is derived from: a full name before a surname, the earliest seen, then by id. */
    static final Comparator<Sighting> ANCHOR = Comparator
            .comparingInt((Sighting s) -> surnameOnly(s) ? 1 : 0)
            .thenComparing(s -> s.firstSeen() == null ? LocalDate.MAX : s.firstSeen())
            .thenComparing(Sighting::id);

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

    /** Groups sightings into participants, then joins the groups that a user merge says are one. */
    static List<List<Sighting>> group(Collection<Sighting> sightings, Collection<ParticipantMerge> merges) {
        List<List<Sighting>> groups = group(sightings);
        for (ParticipantMerge m : merges.stream().sorted(Comparator.comparing(ParticipantMerge::id)).toList()) {
            List<List<Sighting>> one = groups.stream().filter(gr -> gr.stream().anyMatch(m::namesOneSide)).toList();
            List<List<Sighting>> other = groups.stream().filter(gr -> gr.stream().anyMatch(m::namesOtherSide)).toList();
            if (one.isEmpty() || other.isEmpty()) {
                continue;
            }
            List<List<Sighting>> joined = new ArrayList<>(one);
            other.stream().filter(gr -> !joined.contains(gr)).forEach(joined::add);
            List<Sighting> union = new ArrayList<>();
            joined.forEach(union::addAll);
            groups.removeAll(joined);
            groups.add(union);
        }
        return groups;
    }

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

    static boolean surnameOnly(Sighting s) {
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
