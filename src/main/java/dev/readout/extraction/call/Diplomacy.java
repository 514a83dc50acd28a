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
 * party or company never makes a call diplomatic unless another side is known to be of another state; a side with
 * neither state nor office (a bare name) makes none; a national office whose state the article does not give
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
        Set<String> domestic = new LinkedHashSet<>();
        List<Actor> unknown = new java.util.ArrayList<>();
        for (Actor a : actors) {
            if (a.level() == Level.NONSTATE) {
                continue; // a company, club or union acts for no state
            }
            if (a.level().domestic()) {
                if (a.state() != null) {
                    domestic.add(a.state());
                }
            } else if (a.state() != null) {
                states.add(a.state());
            } else {
                unknown.add(a);
            }
        }
        Set<String> all = new LinkedHashSet<>(states);
        all.addAll(domestic);
        if (all.size() >= 2 && !states.isEmpty()) {
            return Decision.keep("differentStates", String.join(" vs ", all));
        }
        if (!domestic.isEmpty() || actors.stream().anyMatch(a -> a.level().domestic())) {
            // a governor, chief minister or legislator meeting someone whose state is not given is at home
            return Decision.drop("domestic", "a sub-national, legislative or party office and no side of another state");
        }
        if (unknown.isEmpty()) {
            return Decision.drop("sameState", states.isEmpty() ? "no side acts for a state"
                    : "the sides that act for a state are all of " + states);
        }
        if (unknown.stream().anyMatch(a -> a.level() == Level.UNKNOWN)) {
            return Decision.drop("statesUnknown", "no state and no office is given for " + unknown.stream()
                    .filter(a -> a.level() == Level.UNKNOWN).map(Actor::name).toList());
        }
        if (states.size() == 1) {
            Set<String> others = new LinkedHashSet<>(articleStates);
            others.removeAll(states);
            if (!others.isEmpty()) {
                return Decision.keep("unknownSideForeign", "one side is of " + states + "; " + unknown.stream()
                        .map(Actor::name).toList() + " hold national office and the article also names " + others);
            }
            return Decision.drop("unknownSideDomestic", "one side is of " + states + " and the article names no other state");
        }
        if (articleStates.size() >= 2 && unknown.size() >= 2) {
            return Decision.keep("unknownStatesForeign", "no side's state is given; all hold national office and the "
                    + "article names " + articleStates);
        }
        return Decision.drop("statesUnknown", "the article does not say which states the sides act for");
    }
}
