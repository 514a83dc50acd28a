package dev.readout.extraction.quote;

import java.util.List;

/**
 * One way an attribution is written ("X said", "said X", "according to X", "X: “…”"), read at one token of a
 * {@link Clause}. The {@link AttributionFinder} tries the rules in order at each token; the first that claims the
 * token decides it.
 */
interface AttributionRule {

    /** The rule's name, kept on what it finds and printed in the trace. */
    String name();

    /**
     * @param c       the sentence
     * @param k       the token
     * @param earlier what the rules found before {@code k} in this sentence
     * @return {@link Reading#PASS} when the token is none of this rule's business, else its decision
     */
    Reading read(Clause c, int k, List<Attribution> earlier);

    /** A rule's decision on one token: not its business, claimed with nothing found, or an attribution. */
    record Reading(boolean claimed, Attribution attribution) {

        static final Reading PASS = new Reading(false, null);
        static final Reading NOTHING = new Reading(true, null);

        static Reading found(Attribution a) {
            return new Reading(true, a);
        }

        static Reading foundOrNothing(Attribution a) {
            return a == null ? NOTHING : found(a);
        }
    }
}
