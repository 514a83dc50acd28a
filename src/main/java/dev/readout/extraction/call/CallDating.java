package dev.readout.extraction.call;

import dev.readout.extraction.date.DateResolver;
import dev.readout.extraction.date.DateResolver.DateMention;
import dev.readout.extraction.grammar.SentenceView;

import java.util.List;
import java.util.Set;

/**
 * Stage 5: the date expression that dates an event, read from the grammar: the date attached to the trigger's clause
 * ("spoke on Wednesday", "met Friday", "a call on 16 January", "yesterday held talks"); else a date in the sentence
 * that belongs to no other clause. A date inside another clause ("since February", "before the summit on Monday",
 * "who took office in May") dates something else and is not taken.
 */
public final class CallDating {

    private CallDating() {
    }

    public record Reading(DateMention date, String rule) {
    }

    private static final Set<String> FOREIGN_MARKERS = Set.of("since", "until", "till", "before", "ahead");

    public static Reading read(Trigger t, SentenceView s, List<DateMention> inSentence) {
        DateMention loose = null;
        int looseCount = 0;
        for (DateMention d : inSentence) {
            int tok = lastToken(s, d);
            if (tok < 0) {
                continue;
            }
            int owner = owner(s, tok);
            if (owner >= 0 && (owner == t.token() || owner == t.light() || owner == t.clauseHead())) {
                if (!introducedBy(s, tok, FOREIGN_MARKERS)) {
                    return new Reading(d, "attached to '" + s.word(owner) + "'");
                }
                continue;
            }
            if (owner < 0) {
                loose = d;
                looseCount++;
            }
        }
        if (looseCount == 1) {
            return new Reading(loose, "the sentence's only free date");
        }
        return new Reading(null, "no date attached");
    }

    /**
     * The verb or event noun a date token belongs to: up its governors until a verb, or a noun that is a trigger;
     * -1 when the date hangs from nothing of the kind (a dateline, a fragment).
     */
    static int owner(SentenceView s, int tok) {
        int cur = tok;
        for (int depth = 0; depth < 6; depth++) {
            int h = s.head(cur);
            if (h < 0) {
                return s.isVerb(cur) && cur != tok ? cur : -1;
            }
            String rel = s.relation(cur);
            if (s.isVerb(h) || dev.readout.lexicon.Triggers.shared().noun(s.lemma(h)) != null && s.isNoun(h)
                    && (rel.startsWith("nmod") || rel.startsWith("obl") || rel.equals("compound"))) {
                return h;
            }
            cur = h;
        }
        return -1;
    }

    private static boolean introducedBy(SentenceView s, int tok, Set<String> markers) {
        for (int c : s.dependents(tok, "case", "mark")) {
            if (markers.contains(s.lemma(c))) {
                return true;
            }
        }
        int h = s.head(tok);
        if (h >= 0) {
            for (int c : s.dependents(h, "case")) {
                if (markers.contains(s.lemma(c)) && c < tok) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The last token inside the date expression, or -1. */
    static int lastToken(SentenceView s, DateMention d) {
        int last = -1;
        for (int i = 0; i < s.size(); i++) {
            if (s.token(i).start() >= d.start() && s.token(i).end() <= d.end()) {
                last = i;
            }
        }
        return last;
    }

    /** Resolves the reading for an event of the given kind against the article's publication date. */
    public static DateResolver.Resolved resolve(DateResolver dates, DateMention d, boolean future) {
        return dates.resolve(d, future);
    }
}
