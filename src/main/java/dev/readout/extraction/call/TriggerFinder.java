package dev.readout.extraction.call;

import dev.readout.extraction.grammar.SentenceView;
import dev.readout.lexicon.Triggers;

import java.util.ArrayList;
import java.util.List;

/**
 * Stage 1: the trigger words of a parsed sentence, from the one lexicon. A verb trigger must be tagged a verb and a
 * noun trigger a noun ("call" the verb and "call" the noun frame their parties differently); an event noun that is
 * the object of a light verb takes that verb's clause ("held talks with"). Words inside quotation marks are the
 * quoted speaker's, not the article's report, and are left to the quotation's speaker.
 */
public final class TriggerFinder {

    private TriggerFinder() {
    }

    public static List<Trigger> find(SentenceView s) {
        List<Trigger> out = new ArrayList<>();
        if (!s.parsed()) {
            return out;
        }
        Triggers lex = Triggers.shared();
        for (int i = 0; i < s.size(); i++) {
            String lemma = s.lemma(i);
            if (s.isVerb(i)) {
                Triggers.Word w = lex.verb(lemma);
                // "received a call", "held a meeting": the event noun is the trigger, its verb a light verb
                if (w != null && s.dependents(i, "obj").stream().noneMatch(o -> s.isNoun(o) && lex.noun(s.lemma(o)) != null)
                        && !notAContact(s, i, w)) {
                    out.add(new Trigger(s.index(), i, w, -1));
                }
            } else if (s.isNoun(i)) {
                Triggers.Word w = lex.noun(lemma);
                if (w == null) {
                    w = lex.noun(s.lower(i));
                }
                if (w != null && !modifiesAnotherTrigger(s, i) && !notAContactNoun(s, i)) {
                    out.add(new Trigger(s.index(), i, w, lightVerb(s, i)));
                }
            }
        }
        return out;
    }

    /**
     * "called for a truce", "called on the West to act", "called it a mistake", "called off the talks", "reached an
     * agreement": a contact verb used for something else. A contact verb reports a contact only when it has no
     * clause or "for" phrase of its own and no particle other than "up" ("called up").
     */
    static boolean notAContact(SentenceView s, int verb, Triggers.Word w) {
        if (w.frame() == Triggers.Frame.ADDRESS) {
            return !atOccasion(s, verb);
        }
        if (w.frame() != Triggers.Frame.CONTACT) {
            return false;
        }
        if (!s.dependents(verb, "ccomp", "obl:for").isEmpty()) {
            return true;
        }
        // "called his counterpart to discuss ..." is a contact with a purpose; "called on the West to act" and
        // "called it a mistake" are not
        List<Integer> purpose = s.dependents(verb, "xcomp", "advcl:to");
        boolean onSomeone = s.dependents(verb, "obl:on").stream().anyMatch(o -> !s.ner(o).equals("DATE") && !s.ner(o).equals("TIME"));
        if (!purpose.isEmpty() && (s.dependents(verb, "obj").isEmpty() || onSomeone
                || purpose.stream().anyMatch(x -> !s.isVerb(x)))) {
            return true;
        }
        for (int p : s.dependents(verb, "compound:prt")) {
            if (!s.lemma(p).equals("up")) {
                return true;
            }
        }
        return false;
    }

    /**
     * "told Y on the sidelines of the summit", "conveyed concerns to Y on the margins of the meeting", "told Y in
     * Madrid": words said to someone are a contact only where the clause places them at a gathering's edge or in a
     * named city, where they meet in person ("told Y in a phone call" is the call's).
     */
    static boolean atOccasion(SentenceView s, int verb) {
        return s.hasDependent(verb, d -> dev.readout.lexicon.Cues.shared().is(s.lemma(d), dev.readout.lexicon.Cues.Cue.OCCASION),
                "obl")
                // "told his Venezuelan counterpart X in Madrid that ...": said to someone in a named city, face to face
                || s.hasDependent(verb, d -> s.ner(d).equals("LOCATION") || s.mention(d) != null
                && s.mention(d).kind() == dev.readout.extraction.people.ArticlePeople.Kind.PLACE, "obl:in");
    }

    /** "a joint press conference", "a news conference alongside X": an event that is no contact between the parties. */
    static boolean notAContactNoun(SentenceView s, int noun) {
        return s.hasDependent(noun, d -> dev.readout.lexicon.Cues.shared().is(s.lemma(d), dev.readout.lexicon.Cues.Cue.NOT_CONTACT),
                "compound", "amod") || meansOfSomethingElse(s, noun);
    }

    /** The cases of an oblique that is the means of an act ("via videoconference", "by video link", "through a call"). */
    private static final java.util.Set<String> MEANS = java.util.Set.of("obl:via", "obl:by", "obl:through", "obl:over");

    /**
     * "The presidents took part via videoconference in a ceremony", "addressed the forum via videoconference": the
     * event noun is the means by which a verb that is no contact reaches something else (a ceremony, a forum), so it
     * is no contact of its own. "The leaders talked via videoconference" has a contact verb, which the noun only
     * modifies.
     */
    private static boolean meansOfSomethingElse(SentenceView s, int noun) {
        int v = s.head(noun);
        // a light verb counts as any other here: the noun is its means, not its object ("took part via ...")
        if (v < 0 || !MEANS.contains(s.relation(noun)) || !s.isVerb(v) || Triggers.shared().verb(s.lemma(v)) != null) {
            return false;
        }
        return s.dependents(v, "obj", "obl:in", "obl:at", "obl:to").stream()
                .anyMatch(o -> o != noun && s.isNoun(o) && Triggers.shared().noun(s.lemma(o)) == null && s.mention(o) == null);
    }

    /** "phone call", "video conference": the modifier is not a trigger of its own. */
    private static boolean modifiesAnotherTrigger(SentenceView s, int i) {
        int h = s.head(i);
        return h >= 0 && s.relation(i).startsWith("compound") && s.isNoun(h) && Triggers.shared().noun(s.lemma(h)) != null;
    }

    /** The verb whose object (or passive subject) the event noun is: "held talks", "a call was made". */
    static int lightVerb(SentenceView s, int noun) {
        for (int m : s.governors(noun, "nmod:of")) {
            if (dev.readout.lexicon.Cues.shared().is(s.lemma(m), dev.readout.lexicon.Cues.Cue.MEASURE)) {
                noun = m; // "held four days of talks": the verb holds the measure of the event
                break;
            }
        }
        for (int g : s.governors(noun, "obj", "nsubj:pass")) {
            if (s.isVerb(g) && (Triggers.shared().light(s.lemma(g)) != null || Triggers.shared().verb(s.lemma(g)) != null)) {
                return g;
            }
        }
        return -1;
    }
}
