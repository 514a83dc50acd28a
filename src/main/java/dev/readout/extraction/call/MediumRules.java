package dev.readout.extraction.call;

import dev.readout.call.CallMedium;
import dev.readout.extraction.grammar.SentenceView;
import dev.readout.lexicon.Triggers;
import dev.readout.lexicon.Triggers.Frame;

/**
 * Stage 4b: by what means the parties spoke. The trigger's own word first ("phoned", "videoconference"), then the
 * words that modify it ("phone call", "telephone conversation", "spoke by phone", "met virtually", "talks via video
 * link"), then where it happened: talks in a named place or on the sidelines of a summit were held in person.
 */
public final class MediumRules {

    private MediumRules() {
    }

    /**
     * @param said whether the event's own words say the medium (its trigger or a modifier), not a place named nearby or
     *             the frame: only such readings tell two events apart ({@link ArticleCalls})
     */
    public record Reading(CallMedium medium, String rule, boolean said) {
    }

    public static Reading read(Trigger t, SentenceView s) {
        Triggers lex = Triggers.shared();
        // modifiers of the trigger (and of a noun's light verb): compounds, adjectives, "by/over/via/on phone"
        for (int node : new int[]{t.token(), t.light()}) {
            if (node < 0) {
                continue;
            }
            for (var a : s.dependents(node)) {
                String r = a.relation();
                int d = a.dependent();
                boolean modifier = r.equals("compound") || r.equals("amod") || r.equals("advmod") || r.startsWith("obl:by")
                        || r.startsWith("obl:over") || r.startsWith("obl:via") || r.startsWith("obl:through")
                        || r.startsWith("nmod:by") || r.startsWith("nmod:over") || r.startsWith("nmod:via")
                        || (r.startsWith("obl:on") || r.startsWith("nmod:on")) && !s.ner(d).equals("DATE")
                        || r.equals("obl:in") && s.lemma(d).equals("person");
                String m = modifier ? mediumOf(s, d, lex) : eventNoun(r, s, d, lex);
                if (m != null) {
                    return new Reading(CallMedium.valueOf(m), "modifier '" + s.word(d) + "'", !m.equals("UNKNOWN"));
                }
            }
        }
        if (!t.isNoun() && s.lemma(t.token()).equals("call") && !s.dependents(t.token(), "obl:on").isEmpty()
                && s.dependents(t.token(), "obj").isEmpty()) {
            return new Reading(CallMedium.IN_PERSON, "'called on': a courtesy call", true);
        }
        String own = t.word().medium();
        if (!own.equals("UNKNOWN")) {
            return new Reading(CallMedium.valueOf(own), "trigger '" + s.word(t.token()) + "'", true);
        }
        int place = placeOf(t, s);
        if (place >= 0) {
            return new Reading(CallMedium.IN_PERSON, "place '" + s.word(place) + "'", false);
        }
        if (t.frame() == Frame.VISIT || t.frame() == Frame.HOST || t.frame() == Frame.RECEIVE) {
            return new Reading(CallMedium.IN_PERSON, "frame " + t.frame(), false);
        }
        return new Reading(CallMedium.UNKNOWN, "nothing says", false);
    }

    /**
     * A named place the event's own clause puts it in ("held talks in Nairobi", "met at the Kremlin"): a location
     * introduced by "in" or "at" whose governors lead to the trigger without passing through another verb.
     */
    static int placeOf(Trigger t, SentenceView s) {
        for (int i = 0; i < s.size(); i++) {
            if (!isPlace(s, i) || s.dependents(i, "case").stream()
                    .noneMatch(c -> s.lemma(c).equals("in") || s.lemma(c).equals("at"))) {
                continue;
            }
            int cur = i;
            for (int depth = 0; depth < 4; depth++) {
                int h = s.head(cur);
                if (h < 0) {
                    break;
                }
                if (h == t.token() || h == t.clauseHead()) {
                    return i;
                }
                if (s.isVerb(h) || s.mention(h) != null) {
                    break; // another clause's place, or a person's ("the leader in Kyiv pleaded"): not the event's
                }
                cur = h;
            }
        }
        return -1;
    }

    /** A named place, or a state's capital named by its adjective ("in the Chinese capital"). */
    private static boolean isPlace(SentenceView s, int i) {
        return s.ner(i).equals("LOCATION") || s.lemma(i).equals("capital")
                && s.hasDependent(i, d -> dev.readout.lexicon.Gazetteer.shared().countryOf(s.word(d)) != null, "amod");
    }

    /**
     * "discussed X in a phone call", "agreed during a video conference": the event noun the clause happens in gives
     * its means (its modifiers first, then its own word); null when it says none.
     */
    private static String eventNoun(String r, SentenceView s, int d, Triggers lex) {
        if (!(r.equals("obl:in") || r.equals("obl:during") || r.equals("nmod:in") || r.equals("nmod:during"))) {
            return null;
        }
        Triggers.Word w = lex.noun(s.lemma(d));
        if (w == null) {
            return null;
        }
        String m = mediumOf(s, d, lex);
        return m != null ? m : w.medium().equals("UNKNOWN") ? null : w.medium();
    }

    /** The medium a word or the compound it heads names ("phone", "video link", "telephone line"). */
    private static String mediumOf(SentenceView s, int d, Triggers lex) {
        String m = lex.medium(s.lemma(d));
        if (m == null) {
            m = lex.medium(s.lower(d));
        }
        if (m == null) {
            for (int c : s.dependents(d, "compound", "amod")) {
                m = lex.medium(s.lemma(c));
                if (m != null) {
                    break;
                }
            }
        }
        return m;
    }
}
