package dev.readout.extraction.people;

import dev.readout.extraction.ExtractedParticipant;
import dev.readout.extraction.people.ArticlePeople.Kind;
import dev.readout.extraction.people.ArticlePeople.Mention;
import dev.readout.extraction.people.ArticlePeople.Party;
import dev.readout.lexicon.Gazetteer;
import dev.readout.lexicon.PersonWords;
import dev.readout.lexicon.Titles;
import dev.readout.participant.ParticipantKind;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static dev.readout.lexicon.PersonWords.Class.ANONYMOUS;
import static dev.readout.lexicon.PersonWords.Class.GOVERNMENT;
import static dev.readout.lexicon.PersonWords.Class.HONORIFIC;
import static dev.readout.lexicon.PersonWords.Class.SPOKES;

/**
 * The speaker a quotation's attribution words mean: a person the index knows (by the name the words hold, a
 * surname, a role or a pronoun), an office, or — for anonymous sources, governments, states and names the index does
 * not know — the words as written.
 */
final class SpeakerResolution {

    private final ArticlePeople people;
    private final RoleResolver roles;
    private final Gazetteer gaz;

    SpeakerResolution(ArticlePeople people, RoleResolver roles, Gazetteer gaz) {
        this.people = people;
        this.roles = roles;
        this.gaz = gaz;
    }

    ExtractedParticipant resolve(String speakerText, int offset) {
        if (speakerText == null || speakerText.isBlank()) {
            return null;
        }
        Party p = party(speakerText, offset);
        return p != null ? p.participant() : asWritten(speakerText);
    }

    private static String trimmed(String words) {
        return words.strip().replaceAll("[,.:;]+$", "");
    }

    /** The party the words mean, or null when they name nobody the index knows. */
    Party party(String words, int offset) {
        String w = trimmed(words);
        String lw = w.toLowerCase(Locale.ROOT);
        if (lw.equals("he") || lw.equals("she") || lw.equals("him") || lw.equals("his") || lw.equals("her")) {
            return roles.personBefore(offset);
        }
        List<String> toks = List.of(w.replace("’s", " ’s").replace("'s", " 's").split("\\s+"));
        String head = toks.get(toks.size() - 1).toLowerCase(Locale.ROOT);
        boolean anonymousHead = PersonWords.is(ANONYMOUS, head) && !(lw.startsWith("the ") && PersonWords.is(SPOKES, head));
        if (anonymousHead && !head.equals("diplomat") && !head.equals("diplomats")) {
            return null; // "a senior Biden administration official": an anonymous source, whatever names it contains
        }
        if (PersonWords.is(GOVERNMENT, head)) {
            return null; // "the Russian government": the government as written
        }
        Party named = nameCovered(offset, offset + Math.max(1, words.length()));
        if (named != null) {
            return named;
        }
        // any word a known surname
        for (int i = toks.size() - 1; i >= 0; i--) {
            String t = toks.get(i);
            if (Names.isCapitalised(t) && !gaz.isTitleWord(t) && gaz.match(toks, i) == null) {
                Party p = people.personNamed(t);
                if (p != null) {
                    return p;
                }
            }
        }
        return byRole(w, lw, toks, offset);
    }

    /** The last name mention inside [start, end). */
    private Party nameCovered(int start, int end) {
        Party named = null;
        for (Mention m : people.nameMentions()) {
            if (m.start() >= start && m.end() <= end && m.kind() == Kind.NAME) {
                named = m.party();
            }
        }
        return named;
    }

    /** "the Secretary of State", "Russia's top diplomat", "the Kremlin spokesman", "the Pentagon": by role or office. */
    private Party byRole(String w, String lw, List<String> toks, int offset) {
        boolean anonymous = toks.stream().anyMatch(t -> PersonWords.is(ANONYMOUS, t));
        boolean definite = lw.startsWith("the ");
        String country = null, org = null, family = null, title = null;
        for (int i = 0; i < toks.size(); ) {
            Gazetteer.Match g = gaz.match(toks, i);
            if (g != null) {
                if (g.institution() != null && org == null) {
                    org = g.institution().canonical() + ":" + g.institution().code();
                    if (country == null) {
                        country = g.institution().country();
                    }
                } else if (g.stateCode() != null && country == null) {
                    country = g.stateCode();
                }
                i = g.end();
                continue;
            }
            Titles.Title t = gaz.title(toks, i);
            if (t != null) {
                if (family == null || "MINISTER".equals(family)) {
                    family = t.family();
                }
                title = String.join(" ", toks.subList(i, i + t.length()));
                i += t.length();
                continue;
            }
            i++;
        }
        if ("FOREIGN".equals(family) && country == null && title != null && title.equalsIgnoreCase("Secretary of State")) {
            country = "US"; // the title is American; elsewhere it is a foreign minister or foreign secretary
        }
        if (anonymous && "FOREIGN".equals(family)) {
            Party p = roles.role(country, family, title, offset, null); // "Russia's top diplomat"
            if (p != null) {
                return p;
            }
        }
        if (anonymous && !(definite && "SPOKES".equals(family))) {
            return null; // an anonymous source stays as written
        }
        if ("SPOKES".equals(family)) {
            Party p = roles.spokesperson(w, country, offset);
            if (p != null) {
                return p;
            }
        }
        if (family != null) {
            Party p = roles.role(country, family, title, offset, null);
            if (p == null && country != null && !"SPOKES".equals(family)) {
                // "the Secretary of State" for the American the text named only as "his American counterpart"
                p = roles.untitledOf(country, offset);
            }
            return p;
        }
        if (org != null) {
            return people.partyByKey("O:" + org);
        }
        return null; // a state ("the US") stays as written
    }

    /** A participant for words the index cannot tie to anyone it knows: anonymous sources, offices, plain names. */
    ExtractedParticipant asWritten(String words) {
        String w = trimmed(words);
        List<String> toks = List.of(w.split("\\s+"));
        String country = null, org = null;
        boolean inst = false;
        for (int i = 0; i < toks.size(); ) {
            Gazetteer.Match g = gaz.match(toks, i);
            if (g != null) {
                if (g.institution() != null && org == null) {
                    org = g.institution().canonical();
                    inst = true;
                    if (country == null) {
                        country = g.institution().country();
                    }
                } else if (g.stateCode() != null && country == null) {
                    country = g.stateCode();
                }
                i = g.end();
            } else {
                i++;
            }
        }
        if (toks.stream().anyMatch(t -> PersonWords.is(ANONYMOUS, t))) {
            return new ExtractedParticipant(w, ParticipantKind.PERSON, null, org, country, List.of());
        }
        String bare = w.replaceFirst("(?i)^the\\s+", "");
        String last = toks.get(toks.size() - 1);
        if (inst || PersonWords.is(GOVERNMENT, last)) {
            return new ExtractedParticipant(bare, ParticipantKind.ORGANIZATION, null, null, country, List.of());
        }
        if (country != null && gaz.countryOf(bare) != null) {
            return new ExtractedParticipant(bare, ParticipantKind.COUNTRY, null, null, country, List.of());
        }
        // a name with its title: drop the title words
        List<String> keep = new ArrayList<>();
        for (String t : bare.split("\\s+")) {
            if (!PersonWords.is(HONORIFIC, t) && !gaz.isTitleWord(t)) {
                keep.add(t);
            }
        }
        String name = keep.isEmpty() ? bare : String.join(" ", keep);
        if (!keep.isEmpty() && Names.isCapitalised(keep.get(0))) {
            return new ExtractedParticipant(name, ParticipantKind.PERSON, null, null, country, List.of());
        }
        return new ExtractedParticipant(bare, ParticipantKind.PERSON, null, org, country, List.of());
    }
}
