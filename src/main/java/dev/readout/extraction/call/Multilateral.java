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
