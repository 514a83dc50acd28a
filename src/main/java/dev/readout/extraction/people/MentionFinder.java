package dev.readout.extraction.people;

import dev.readout.extraction.people.ArticlePeople.Kind;
import dev.readout.lexicon.Gazetteer;
import dev.readout.lexicon.PersonWords;
import dev.readout.lexicon.Titles;
import dev.readout.participant.ParticipantKind;

import java.util.List;
import java.util.Locale;

import static dev.readout.lexicon.PersonWords.Class.DETERMINER;
import static dev.readout.lexicon.PersonWords.Class.GROUP_NOUN;
import static dev.readout.lexicon.PersonWords.Class.OTHER_HOLDER;
import static dev.readout.lexicon.PersonWords.Class.TITLE_MODIFIER;

/**
 * The mentions that are not names: roles no name follows ("his Russian counterpart", "the Ukrainian president"),
 * group references ("the two leaders", "they"), personal pronouns, offices and international organisations ("the
 * Kremlin", "US State Department"), and states. Offices and states become parties of their own.
 */
final class MentionFinder {

    private final IndexDraft d;

    private MentionFinder(IndexDraft d) {
        this.d = d;
    }

    static void run(IndexDraft d) {
        MentionFinder f = new MentionFinder(d);
        for (int si = 0; si < d.marks.size(); si++) {
            f.sentence(si);
        }
    }

    private void sentence(int si) {
        TokenMarks m = d.marks.get(si);
        boolean[] named = d.named.get(si);
        boolean[] context = d.context.get(si);
        List<IndexDraft.Pending> out = d.mentions.get(si);
        int n = m.size();
        int i = 0;
        if (m.datelineEnd() > 0) {
            i = m.datelineEnd();
            out.add(d.mention(Kind.PLACE, si, 0, i, null, datelineState(m, i), null, null, false));
        }
        while (i < n) {
            if (named[i] || context[i] && !m.token(i).pos().startsWith("PRP")) {
                i++;
                continue;
            }
            String lw = m.word(i).toLowerCase(Locale.ROOT);
            if (PersonWords.is(DETERMINER, lw)) {
                int r = roleAt(si, i);
                if (r > i) {
                    i = r;
                    continue;
                }
            }
            int g = groupAt(m, i);
            if (g > i) {
                out.add(d.mention(Kind.GROUP, si, i, g, null, null, null, null, true));
                i = g;
                continue;
            }
            if ((lw.equals("he") || lw.equals("she") || lw.equals("him") || lw.equals("his") || lw.equals("her"))
                    && m.token(i).pos().startsWith("PRP")) {
                out.add(d.mention(Kind.PRONOUN, si, i, i + 1, null, null, null, null, false));
                i++;
                continue;
            }
            int r = roleAt(si, i);
            if (r > i) {
                i = r;
                continue;
            }
            if (m.gazStart(i) == i) {
                i = officeOrState(si, i);
                continue;
            }
            i++;
        }
    }

    /** An office or organisation ("US State Department", "the Kremlin") or a state at token i; returns the token after it. */
    private int officeOrState(int si, int i) {
        TokenMarks m = d.marks.get(si);
        List<IndexDraft.Pending> out = d.mentions.get(si);
        Gazetteer.Match gm = m.gazAt(i);
        Gazetteer.Entry inst = gm.institution();
        int end = gm.end();
        int n = m.size();
        if (inst == null && gm.end() < n && m.gazStart(gm.end()) == gm.end()
                && m.gazAt(gm.end()).institution() != null && gm.stateCode() != null) {
            // "US State Department", "Russian Defense Ministry"
            inst = m.gazAt(gm.end()).institution();
            end = m.gazAt(gm.end()).end();
        }
        if (inst != null && inst.type() == Gazetteer.Type.OFFICE && locative(m, i)) {
            // "talks at the Kremlin", "a dinner in the White House": the building, not the office speaking
            out.add(d.mention(Kind.PLACE, si, i, end, null, inst.country(), null, null, false));
            return end;
        }
        if (inst != null) {
            String written = m.join(i, end);
            String key = "O:" + inst.canonical() + ":" + inst.code();
            PartyDraft p = d.byKey.get(key);
            boolean source = inst.type() == Gazetteer.Type.MEDIA;
            if (p == null) {
                p = d.newParty(written, ParticipantKind.ORGANIZATION, key);
                p.role(null, null, null, inst.country(), inst.type() == Gazetteer.Type.INTL, null);
                p.source = source;
            } else {
                p.addName(written);
            }
            out.add(d.mention(source ? Kind.SOURCE : Kind.OFFICE, si, i, end, p, inst.country(), null, null, false));
            return end;
        }
        if (!gm.has(Gazetteer.Type.NAME) && (gm.has(Gazetteer.Type.CAPITAL) || gm.regionCode() != null)) {
            // a capital is where talks are held, or at most the seat of a government: never a party itself
            String code = gm.has(Gazetteer.Type.CAPITAL) ? gm.stateCode() : gm.regionCode();
            out.add(d.mention(Kind.PLACE, si, i, gm.end(), null, code, null, null, false));
            return gm.end();
        }
        if (gm.has(Gazetteer.Type.NAME)) {
            String code = gm.stateCode();
            PartyDraft p = d.byKey.get("S:" + code);
            if (p == null) {
                p = d.newParty(m.join(i, gm.end()), ParticipantKind.COUNTRY, "S:" + code);
                p.role(null, null, null, code, false, null);
            }
            out.add(d.mention(Kind.STATE, si, i, gm.end(), p, code, null, null, false));
        }
        return gm.end();
    }

    /**
     * "The supreme leader of the Iranian Revolution, the Ayatollah Ali Khamenei, said": a role whose "of" phrase runs
     * to a comma and a name is that name's title, with the first state the phrase names. Gives the name's party the
     * role and returns the token after the phrase, or 0 when no name follows so.
     */
    private int appositionOfName(int si, int titleTo, String family, String title, String country) {
        TokenMarks m = d.marks.get(si);
        boolean[] named = d.named.get(si);
        if (titleTo >= m.size() || !m.word(titleTo).equals("of")) {
            return 0;
        }
        for (int k = titleTo + 1; k < m.size() && k <= titleTo + 8; k++) {
            if (named[k] || m.word(k).equals(".") || m.word(k).equals(";")) {
                return 0;
            }
            if (m.word(k).equals(",")) {
                int j = k + 1;
                while (j < m.size() && !named[j] && (PersonWords.is(DETERMINER, m.word(j))
                        || PersonWords.is(PersonWords.Class.HONORIFIC, m.word(j)))) {
                    j++;
                }
                if (j >= m.size() || !named[j]) {
                    return 0;
                }
                String state = country;
                for (int g = titleTo + 1; g < k && state == null; g++) {
                    state = m.gazCovering(g) != null ? m.gazCovering(g).stateCode() : null;
                }
                for (IndexDraft.Pending p : d.mentions.get(si)) {
                    if (p.kind() == Kind.NAME && p.from() <= j && j < p.to() && p.party() != null) {
                        p.party().role(title, family, null, state, false, "apposed role");
                    }
                }
                return k;
            }
        }
        return 0;
    }

    /** "at the", "in", "inside the" right before token i. */
    private static boolean locative(TokenMarks m, int i) {
        int j = i - 1;
        if (j >= 0 && m.word(j).equalsIgnoreCase("the")) {
            j--;
        }
        return j >= 0 && PersonWords.is(PersonWords.Class.LOCATIVE, m.word(j));
    }

    /** The state a dateline's place is in ("RIYADH" → SA, "HANGZHOU, China" → CN), or null. */
    private static String datelineState(TokenMarks m, int end) {
        for (int i = 0; i < end; i++) {
            Gazetteer.Match g = m.gazCovering(i);
            if (g != null && (g.stateCode() != null || g.regionCode() != null)) {
                return g.stateCode() != null ? g.stateCode() : g.regionCode();
            }
        }
        return null;
    }

    /** "the two leaders", "the pair", "both sides", "they": the end of a group reference at token i, or i. */
    private static int groupAt(TokenMarks m, int i) {
        List<String> w = m.words();
        int n = w.size();
        String a = w.get(i).toLowerCase(Locale.ROOT);
        if ((a.equals("the") || a.equals("both")) && i + 1 < n) {
            String b = w.get(i + 1).toLowerCase(Locale.ROOT);
            if (b.equals("pair") || b.equals("duo")) {
                return i + 2;
            }
            if (b.equals("two") || b.equals("both") || RoleResolver.GROUP_SIZES.containsKey(b) && a.equals("the")) {
                if (i + 2 < n && PersonWords.is(GROUP_NOUN, w.get(i + 2))) {
                    return i + 3; // "the two leaders", "the three ministers"
                }
                // "the two foreign ministers", "the two government heads": a word or two of office before the noun
                for (int k = i + 3; k <= i + 4 && k < n; k++) {
                    if (PersonWords.is(GROUP_NOUN, w.get(k)) && w.subList(i + 2, k).stream()
                            .allMatch(x -> x.chars().allMatch(Character::isLetter) && Character.isLowerCase(x.charAt(0)))) {
                        return k + 1;
                    }
                }
                if (!b.equals("two") && !b.equals("both")) {
                    return i;
                }
                if (i + 2 < n && (w.get(i + 2).equalsIgnoreCase("had") || w.get(i + 2).equalsIgnoreCase("began")
                        || w.get(i + 2).equalsIgnoreCase("spoke") || w.get(i + 2).equalsIgnoreCase("have")
                        || w.get(i + 2).equalsIgnoreCase("agreed") || w.get(i + 2).equalsIgnoreCase("also"))) {
                    return i + 2; // "the two had talks": a numeral standing as the group
                }
            }
            if (a.equals("both") && PersonWords.is(GROUP_NOUN, b)) {
                return i + 2;
            }
            if (a.equals("the") && (b.equals("leaders") || b.equals("presidents"))) {
                return i + 2;
            }
        }
        if (a.equals("both") && i + 1 < n && (w.get(i + 1).equals("agreed") || w.get(i + 1).equals("sides"))) {
            return i + 1;
        }
        if (a.equals("they") || a.equals("their")) {
            return i + 1;
        }
        return i;
    }

    /**
     * A role phrase at token i ("the Ukrainian president", "his Russian counterpart", "Russia's top diplomat",
     * "the Pentagon spokesperson") that no name follows, recorded as a ROLE mention. Returns the token after it, or i.
     */
    private int roleAt(int si, int i) {
        TokenMarks m = d.marks.get(si);
        boolean[] named = d.named.get(si);
        int n = m.size();
        int k = i;
        boolean det = PersonWords.is(DETERMINER, m.word(k));
        if (det) {
            k++;
            // "his newly-elected counterpart", "the new president": a word that qualifies the title, not one that makes
            // it someone else's ("his former counterpart" is not the counterpart now)
            while (k + 1 < n && !named[k] && PersonWords.is(TITLE_MODIFIER, m.word(k).toLowerCase(java.util.Locale.ROOT))
                    && !PersonWords.is(OTHER_HOLDER, m.word(k).toLowerCase(java.util.Locale.ROOT))) {
                k += m.word(k + 1).equals("-") && k + 2 < n ? 2 : 1;
            }
        }
        String country = null, org = null, family = null;
        boolean region = false, plural = false;
        int titleFrom = -1, titleTo = -1;
        while (k < n && !named[k]) {
            if (m.gazStart(k) == k) {
                Gazetteer.Match g = m.gazAt(k);
                if (titleFrom >= 0) {
                    break;
                }
                if (g.institution() != null) {
                    org = m.join(g.start(), g.end());
                    if (country == null) {
                        country = g.institution().country();
                    }
                } else if (g.stateCode() != null) {
                    country = g.stateCode();
                } else if (g.regionCode() != null) {
                    country = g.regionCode();
                    region = true;
                } else {
                    break;
                }
                k = g.end();
                if (k < n && m.token(k).pos().equals("POS")) {
                    k++;
                }
            } else if (m.titleStart(k) == k) {
                Titles.Title t = m.titleAt(k);
                if (titleFrom < 0) {
                    titleFrom = k;
                }
                if (family == null || "MINISTER".equals(family) || "LEADER".equals(family) && !"MINISTER".equals(t.family())) {
                    family = t.family();
                }
                titleTo = k + t.length();
                plural = t.plural();
                k += t.length();
                if (k < n && (m.word(k).equalsIgnoreCase("and") || m.word(k).equals(",")) && k + 1 < n && m.titleStart(k + 1) == k + 1) {
                    k++;
                }
            } else {
                break;
            }
        }
        if (titleFrom < 0) {
            return i;
        }
        // followed by a name (possibly after a comma): the words are the name's context, not a role of their own
        if (k < n && named[k] || k + 1 < n && m.word(k).equals(",") && named[k + 1]) {
            return k;
        }
        int end = appositionOfName(si, titleTo, family, m.join(titleFrom, titleTo), country);
        if (end > 0) {
            return end;
        }
        int roleEnd = titleTo;
        if (country == null && titleTo + 1 < n && m.word(titleTo).equals("of") && m.gazStart(titleTo + 1) == titleTo + 1
                && m.gazAt(titleTo + 1).stateCode() != null && m.gazAt(titleTo + 1).institution() == null) {
            country = m.gazAt(titleTo + 1).stateCode(); // "the Prime Minister of Fiji"
            roleEnd = m.gazAt(titleTo + 1).end();
        }
        if (!det && country == null && org == null && !Names.isCapitalised(m.word(titleFrom))) {
            return k;
        }
        if (region && family != null && !Titles.level(family).domestic()) {
            family = "SUBNATIONAL"; // "the Tamil Nadu chief minister", "the Ontario premier"
        }
        String title = m.join(titleFrom, titleTo);
        d.mentions.get(si).add(d.mention(Kind.ROLE, si, i, roleEnd, null, country, family,
                org == null ? title : org + " " + title, plural));
        return roleEnd;
    }
}
