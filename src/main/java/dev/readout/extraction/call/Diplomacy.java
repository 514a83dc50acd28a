package dev.readout.extraction.call;

import dev.readout.lexicon.Level;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The GUIDELINES' test, as rules over typed actors: a call is diplomatic when its sides belong to different states, or
 * one side is an international organisation or its official. A president's call with his governors, a minister's
 * meeting with his own generals, a CEO's call with analysts are not.
 * <p>
 * When a side's state cannot be known from the article, the office decides: a sub-national official, legislator,
 * party or company never makes a call diplomatic on its own; a national office whose state the article does not give
 * ("Prime Minister X") counts as foreign only when the article names a state other than the known side's, so a
 * domestic story with one country in it stays domestic.
 */
public final class Diplomacy {

    private Diplomacy() {
    }

    /**
     * @param articleStates every state the article names or gives someone (to judge sides whose state is unknown)
     */
    public static Decision judge(List<Actor> actors, Set<String> articleStates) {
        if (actors.size() < 2) {
            return Decision.drop("twoSides", "fewer than two parties");
        }
        for (Actor a : actors) {
            if (a.international()) {
                return Decision.keep("internationalOrganisation", a.name() + " is an international organisation or its official");
            }
        }
        Set<String> states = new LinkedHashSet<>();
        int unknown = 0;
        for (Actor a : actors) {
            if (a.level() == Level.NONSTATE) {
                continue; // a company, club or union acts for no state
            }
            if (a.state() != null) {
                states.add(a.state());
            } else if (a.level().domestic()) {
                continue;
            } else {
                unknown++;
            }
        }
        if (states.size() >= 2) {
            return Decision.keep("differentStates", String.join(" vs ", states));
        }
        if (unknown == 0) {
            return Decision.drop("sameState", states.isEmpty() ? "no side acts for a state"
                    : "the sides that act for a state are all of " + states);
        }
        if (states.size() == 1) {
            Set<String> others = new LinkedHashSet<>(articleStates);
            others.removeAll(states);
            if (!others.isEmpty()) {
                return Decision.keep("unknownSideForeign", "one side is of " + states + ", the article also names " + others);
            }
            return Decision.drop("unknownSideDomestic", "one side is of " + states + " and the article names no other state");
        }
        if (articleStates.size() >= 2 && unknown >= 2) {
            return Decision.keep("unknownStatesForeign", "no side's state is given; the article names " + articleStates);
        }
        return Decision.drop("statesUnknown", "the article does not say which states the sides act for");
    }
}
