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
        Party apposed = apposedName(offset, offset + words.strip().length());
        if (apposed != null) {
            return apposed; // "Chief Officer of the UN office, Armine Halajyan": the title's holder is named beside it
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

    /** A person named right after the words, past a comma: the words are that person's title in apposition. */
    private Party apposedName(int start, int end) {
        String text = people.text().text();
        if (end >= text.length() || end <= start) {
            return null;
        }
        int k = end;
        while (k < text.length() && text.charAt(k) == ' ') {
            k++;
        }
        if (k >= text.length() || text.charAt(k) != ',') {
            return null;
        }
        k++;
        while (k < text.length() && text.charAt(k) == ' ') {
            k++;
        }
        for (Mention m : people.nameMentions()) {
            if (m.start() == k && m.party().isPerson() && titled(words(start, end))) {
                return m.party();
            }
        }
        return null;
    }

    private boolean titled(String words) {
        for (String t : words.split("\\s+")) {
            if (gaz.isTitleWord(t)) {
                return true;
            }
        }
        return false;
    }

    /** The words' title, without a determiner and the qualifier after "of": "Chief Officer of the ..." → "Chief Officer". */
    private String words(int start, int end) {
        String w = people.text().text().substring(start, end).strip().replaceFirst("(?i)^(the|a|an)\\s+", "");
        int of = w.indexOf(" of ");
        return of > 0 ? w.substring(0, of) : w;
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

    /**
     * "PSCU" where the article wrote "the Presidential Strategic Communications Unit (PSCU)": the capitalised words
     * before the acronym in parentheses whose initials spell it; else the acronym.
     */
    private String expanded(String w) {
        String acr = w.replaceFirst("(?i)^the\\s+", "");
        if (acr.length() < 2 || acr.length() > 8 || !Names.allCaps(acr) || !acr.chars().allMatch(Character::isLetter)) {
            return w;
        }
        String text = people.text().text();
        int at = text.indexOf("(" + acr + ")");
        if (at < 0) {
            return w;
        }
        String[] before = text.substring(Math.max(0, at - 200), at).strip().split("\\s+");
        StringBuilder initials = new StringBuilder();
        int k = before.length - 1;
        for (; k >= 0 && initials.length() < acr.length(); k--) {
            String b = before[k];
            if (b.isEmpty() || !Character.isUpperCase(b.charAt(0))) {
                if (!b.equals("of") && !b.equals("and") && !b.equals("for") && !b.equals("the")) {
                    return w;
                }
                continue;
            }
            initials.insert(0, b.charAt(0));
        }
        return initials.toString().equals(acr) ? String.join(" ", java.util.Arrays.copyOfRange(before, k + 1, before.length)) : w;
    }

    /** A participant for words the index cannot tie to anyone it knows: anonymous sources, offices, plain names. */
    ExtractedParticipant asWritten(String words) {
        String w = expanded(trimmed(words));
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
