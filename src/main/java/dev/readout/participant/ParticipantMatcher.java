package dev.readout.participant;

import dev.readout.extraction.ExtractedParticipant;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Finds which known participant an extracted one is, from names, kind, country and roles.
 *
 * <p>Rules, in order: the kind must agree; countries known on both sides must agree, unless full name and title are
 * the same (then the country is the extraction's slip); a full-name conflict on the same family name (Joe / Jill
 * Biden) excludes a candidate. Among the rest, a full-name match wins; if several,
 * the one whose roles or country agree, else none (ambiguous). Then, weaker each: a given name spelled slightly
 * differently ({@link NameMatcher.Relation#SIMILAR}), taken when it is the only such candidate; a family name one
 * letter off ({@link NameMatcher.Relation#TYPO}), taken only when it is the only such candidate and role or country
 * confirm it; a surname-only match (one side gives only "Blinken"), taken when it is the only candidate, or the only
 * one whose role or country agrees. Otherwise none.
 */
public final class ParticipantMatcher {

    /** A participant already stored, as the matcher needs it. */
    public record KnownParticipant(String id, String name, List<String> aliases, ParticipantKind kind, String country,
                                   List<KnownRole> roles) {
        public KnownParticipant {
            aliases = aliases == null ? List.of() : List.copyOf(aliases);
            roles = roles == null ? List.of() : List.copyOf(roles);
        }

        List<String> names() {
            List<String> n = new ArrayList<>();
            n.add(name);
            n.addAll(aliases);
            return n;
        }
    }

    public record KnownRole(String title, String organization, String country) {
    }

    /** The chosen participant and why. */
    public record Match(KnownParticipant participant, String reason) {
    }

    private ParticipantMatcher() {
    }

    /** The lookup keys of an extracted participant: query stored participants whose keys share one. */
    public static Set<String> nameKeys(ExtractedParticipant p) {
        return NameMatcher.nameKeys(names(p), p.kind());
    }

    public static Optional<Match> match(ExtractedParticipant p, Collection<KnownParticipant> candidates) {
        List<KnownParticipant> full = new ArrayList<>();
        List<KnownParticipant> similar = new ArrayList<>();
        List<KnownParticipant> typo = new ArrayList<>();
        List<KnownParticipant> surname = new ArrayList<>();
        String country = country(p);
        for (KnownParticipant k : candidates.stream().sorted(Comparator.comparing(KnownParticipant::id)).toList()) {
            if (k.kind() != p.kind()) {
                continue;
            }
            NameMatcher.Relation r = relation(names(p), k.names(), p.kind());
            // a country known on both sides that differs excludes the candidate, unless the full name and the title
            // are both the same: then the country is the slip ("External Affairs Minister S Jaishankar" read as Chinese
            // beside his Chinese counterpart)
            if (country != null && k.country() != null && !country.equals(k.country())
                    && !(r == NameMatcher.Relation.SAME && sameTitle(p, k))) {
                continue;
            }
            switch (r) {
                case SAME -> full.add(k);
                case SIMILAR -> similar.add(k);
                case TYPO -> typo.add(k);
                case SURNAME_ONLY -> surname.add(k);
                default -> {
                }
            }
        }
        if (full.size() == 1) {
            return Optional.of(new Match(full.get(0), "same name"));
        }
        if (full.size() > 1) {
            return pickByRole(p, full, "same name; ");
        }
        if (similar.size() == 1) {
            return Optional.of(new Match(similar.get(0), "a given name spelled slightly differently, the only candidate"));
        }
        if (similar.size() > 1) {
            return pickByRole(p, similar, "given name spelled slightly differently; ");
        }
        List<KnownParticipant> confirmed = typo.stream().filter(k -> roleAgrees(p, k)
                || (country != null && country.equals(k.country()))).toList();
        if (typo.size() == 1 && confirmed.size() == 1) {
            return Optional.of(new Match(confirmed.get(0), "family name one letter off, role or country confirm"));
        }
        if (surname.size() == 1) {
            return Optional.of(new Match(surname.get(0), "family name, the only candidate"));
        }
        return pickByRole(p, surname, "family name; ");
    }

    private static Optional<Match> pickByRole(ExtractedParticipant p, List<KnownParticipant> ks, String why) {
        List<KnownParticipant> agree = ks.stream().filter(k -> roleAgrees(p, k)).toList();
        if (agree.size() == 1) {
            return Optional.of(new Match(agree.get(0), why + "the only one with that role"));
        }
        String country = country(p);
        List<KnownParticipant> sameCountry = country == null ? List.of()
                : ks.stream().filter(k -> country.equals(k.country())).toList();
        if (sameCountry.size() == 1) {
            return Optional.of(new Match(sameCountry.get(0), why + "the only one of that country"));
        }
        return Optional.empty();
    }

    /**
     * The strongest relation between two sets of names: a full-name CONFLICT between the fullest forms wins, so
     * "Jill Biden" never joins "Joe Biden" through a shared "Biden" alias; then SAME, SIMILAR, TYPO, SURNAME_ONLY.
     */
    static NameMatcher.Relation relation(List<String> a, List<String> b, ParticipantKind kind) {
        // only the fullest forms can conflict: a shorter form ("Sissoco Embaló", the first name dropped) is no
        // other person than "Umaro Sissoco Embaló" beside it
        if (NameMatcher.sameParticipant(fullest(a), fullest(b), kind).relation() == NameMatcher.Relation.CONFLICT) {
            return NameMatcher.Relation.CONFLICT;
        }
        NameMatcher.Relation best = NameMatcher.Relation.UNRELATED;
        for (String x : a) {
            for (String y : b) {
                NameMatcher.Relation r = NameMatcher.sameParticipant(x, y, kind).relation();
                if (r != NameMatcher.Relation.CONFLICT && r.ordinal() < best.ordinal()) {
                    best = r;
                }
            }
        }
        return best;
    }

    /** The form with the most words (the first of those in order). */
    private static String fullest(List<String> names) {
        String best = names.get(0);
        for (String n : names) {
            if (n.trim().split("\\s+").length > best.trim().split("\\s+").length) {
                best = n;
            }
        }
        return best;
    }

    static boolean roleAgrees(ExtractedParticipant p, KnownParticipant k) {
        if (p.title() == null && p.organization() == null) {
            return false;
        }
        for (KnownRole r : k.roles()) {
            boolean title = p.title() != null && r.title() != null && titleKey(p.title()).equals(titleKey(r.title()));
            boolean org = p.organization() != null && r.organization() != null
                    && NameMatcher.sameParticipant(p.organization(), r.organization(), ParticipantKind.ORGANIZATION).same();
            if ((title || org) && (p.country() == null || r.country() == null || Objects.equals(p.country(), r.country()))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the extracted title is one of the known roles' titles, countries aside. */
    static boolean sameTitle(ExtractedParticipant p, KnownParticipant k) {
        return p.title() != null && k.roles().stream()
                .anyMatch(r -> r.title() != null && titleKey(p.title()).equals(titleKey(r.title())));
    }

    /** A title without its country words: "US Secretary of State" = "Secretary of State". */
    static String titleKey(String title) {
        return String.join(" ", NameCountries.codify(PersonName.fold(title)).stream()
                .filter(t -> !NameCountries.isCode(t) && !t.equals("the")).toList());
    }

    /** The country the extraction gives, or the one its title or organisation names ("Russian Defense Minister" → RU). */
    static String country(ExtractedParticipant p) {
        if (p.country() != null) {
            return p.country();
        }
        String c = p.title() == null ? null : NameCountries.countryOf(p.title());
        return c != null ? c : p.organization() == null ? null : NameCountries.countryOf(p.organization());
    }

    static List<String> names(ExtractedParticipant p) {
        Set<String> n = new LinkedHashSet<>();
        if (p.name() != null) {
            n.add(p.name());
        }
        n.addAll(p.aliases());
        return new ArrayList<>(n);
    }
}
