package dev.readout.participant;

import dev.readout.extraction.ExtractedParticipant;
import dev.readout.lexicon.Gazetteer;
import dev.readout.lexicon.KnownActors;
import dev.readout.lexicon.PersonWords;
import dev.readout.lexicon.Titles;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Reads a role an article never ties to a name ("?foreign minister of China", "?the Chinese foreign minister") as the
 * person who held that office on the call's days, when the actor dictionary ({@link KnownActors#holder}) knows exactly
 * one: in December 2022 "the foreign minister of China" is Wang Yi, a month later Qin Gang. The role's words must be
 * one national office and its state, nothing else: "former", "deputy", "-elect", "crown prince", "counterpart" (whose
 * office is the other side's) or an unknown word leave it a role. So do an unknown day, an office the dictionary
 * does not list for that state, tenures listed only by year around a change of holder, and a handover day: those are
 * the cases where the role may be more than one person, and an anonymous role stays a participant of its own article.
 */
public final class RoleHolders {

    /** Offices with one holder at a time, as the dictionary lists them. */
    private static final Set<String> SINGLE_HOLDER = Set.of("HEAD_OF_STATE", "HEAD_OF_GOVERNMENT", "FOREIGN",
            "DEFENSE", "VICE");
    private static final Set<String> FILLER = Set.of("of", "the", "'s", "’s", "s");

    private RoleHolders() {
    }

    /**
     * The participant as its office's holder from {@code first} to {@code last} (the call's days, else the article's
     * publication day), or {@code p} itself when the role cannot be read so (see the class comment). The holder's
     * participant keeps the role as its title and the article's state.
     */
    public static ExtractedParticipant resolve(ExtractedParticipant p, LocalDate first, LocalDate last) {
        if (p == null || p.kind() != ParticipantKind.PERSON || p.name() == null || !p.name().startsWith("?")
                || p.country() == null || first == null || last == null) {
            return p;
        }
        String role = p.name().substring(1).strip();
        String family = family(role, p.country());
        if (family == null) {
            return p;
        }
        String holder = KnownActors.shared().holder(p.country(), family, first, last);
        if (holder == null) {
            return p;
        }
        return new ExtractedParticipant(holder, ParticipantKind.PERSON, p.title() != null ? p.title() : role,
                p.organization(), p.country(), List.of());
    }

    /**
     * The office family of a role written as one title and its state ("foreign minister of China", "Chinese Foreign
     * Minister", "China's president"), or null.
     */
    static String family(String role, String country) {
        List<String> words = List.of(role.replace("’", "'").replaceAll("'s\\b", " 's").split("[\\s-]+"));
        String family = null;
        int i = 0;
        while (i < words.size()) {
            String w = words.get(i);
            String lower = Gazetteer.normalize(w);
            if (w.isEmpty() || FILLER.contains(lower)) {
                i++;
                continue;
            }
            if (PersonWords.is(PersonWords.Class.OTHER_HOLDER, lower)) {
                return null;
            }
            Titles.Title t = Titles.shared().match(words, i);
            if (t != null) {
                if (family != null || t.plural()) {
                    return null; // two offices, or several holders ("the foreign ministers")
                }
                family = t.family();
                i += t.length();
                continue;
            }
            Gazetteer.Match m = Gazetteer.shared().match(words, i);
            if (m != null && country.equals(m.stateCode())) {
                i = m.end();
                continue;
            }
            return null; // a word that is neither the office nor its state
        }
        return family != null && SINGLE_HOLDER.contains(family) ? family : null;
    }
}
