package dev.readout.extraction.call;

import dev.readout.extraction.grammar.SentenceView;
import dev.readout.extraction.people.ArticlePeople;
import dev.readout.lexicon.Cues;

import java.util.List;

/**
 * Signs that an event is multilateral with participants not listed one by one (GUIDELINES: no entry): a gathering
 * with a name of its own, or a counted crowd beside the named parties.
 */
final class Multilateral {

    private Multilateral() {
    }

    /**
     * An event noun written as part of a proper name in running prose ("the upcoming Summit of the Americas", "at the
     * Munich Security Conference"): capitalised after a word in lower case, so not a headline's title case.
     */
    static boolean namedGathering(Trigger t, SentenceView s) {
        int k = t.token();
        if (!t.isNoun() || k == 0 || !Character.isUpperCase(s.word(k).charAt(0))) {
            return false;
        }
        String before = s.word(k - 1);
        return before.chars().allMatch(Character::isLetter) && before.chars().anyMatch(Character::isLowerCase)
                && Character.isLowerCase(before.charAt(0)) && !s.pos(k - 1).equals("DT") && !s.pos(k - 1).startsWith("PRP");
    }

    /**
     * "a meeting of the Central Asian heads of state", "a summit of Arab leaders": an event noun whose "of" names a
     * region's or a bloc's officials (a plural qualified by a region word or an international organisation) is that
     * body's gathering, not a meeting between those who call it or attend it. The body's token, or -1. "A meeting of
     * the two leaders" and "of the foreign ministers of Russia and China" name no region, so stay a meeting.
     */
    static int gatheringOf(Trigger t, SentenceView s) {
        if (!t.isNoun()) {
            return -1;
        }
        for (int body : s.dependents(t.token(), "nmod:of")) {
            if (!s.pos(body).equals("NNS") && !s.pos(body).equals("NNPS")) {
                continue;
            }
            boolean regional = s.hasDependent(body, q -> Cues.shared().is(s.lemma(q), Cues.Cue.REGIONAL)
                    || intl(s, q), "amod", "compound", "nmod:poss");
            if (regional) {
                return body;
            }
        }
        return -1;
    }

    /** A word of an international organisation's name ("G20 leaders", "ASEAN foreign ministers"). */
    private static boolean intl(SentenceView s, int i) {
        ArticlePeople.Mention m = s.mention(i);
        return m != null && m.party() != null && m.party().international() && !m.party().isPerson();
    }

    /**
     * "greeted President X and some forty other world leaders", "met X and dozens of heads of state": a party told as
     * a counted crowd (a plural with a number or a quantity word) beside the named ones. The crowd's token, or -1.
     */
    static int crowd(List<SideHit> hits, SentenceView s) {
        for (SideHit h : hits) {
            int k = h.token();
            boolean besideNamed = s.governors(k, "conj").stream().anyMatch(g -> hits.stream().anyMatch(o -> o.token() == g));
            if (!besideNamed || !s.pos(k).equals("NNS")
                    || s.mention(k) != null && s.mention(k).kind() != ArticlePeople.Kind.GROUP) {
                continue;
            }
            boolean counted = s.dependents(k, "nummod").stream().anyMatch(n -> !s.lower(n).equals("two") && !s.lower(n).equals("2"))
                    || s.dependents(k, "amod", "det").stream().anyMatch(q -> Cues.shared().is(s.lemma(q), Cues.Cue.COUNT));
            if (counted) {
                return k;
            }
        }
        return -1;
    }
}
