package dev.readout.extraction.call;

import dev.readout.lexicon.Triggers;

/**
 * A word that may report a communication event: a verb ("spoke", "met") or an event noun ("call", "talks"), with
 * the light verb that lends the noun its subject ("held talks", "received a call"), or -1.
 */
public record Trigger(int sentence, int token, Triggers.Word word, int light) {

    public boolean isNoun() {
        return word.wordClass() == Triggers.WordClass.NOUN;
    }

    /** The token whose clause the event belongs to: the light verb of a noun, else the trigger itself. */
    public int clauseHead() {
        return light >= 0 ? light : token;
    }

    public Triggers.Frame frame() {
        return word.frame();
    }

    /**
     * Whether the trigger, or a noun's light verb, has a dependent by one of the relations that passes the test:
     * "spoke again", "held separate talks", "also held talks" modify either word of the event.
     */
    public boolean modifiedBy(dev.readout.extraction.grammar.SentenceView s, java.util.function.Predicate<Integer> test,
                              String... relations) {
        return s.hasDependent(token, test, relations) || light >= 0 && s.hasDependent(light, test, relations);
    }
}
