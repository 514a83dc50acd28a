package dev.readout.extraction.call;

import dev.readout.extraction.grammar.SentenceView;
import dev.readout.extraction.people.ArticlePeople;
import dev.readout.extraction.people.ArticlePeople.Kind;
import dev.readout.extraction.people.ArticlePeople.Mention;
import dev.readout.extraction.people.ArticlePeople.Party;
import dev.readout.lexicon.Gazetteer;
import dev.readout.lexicon.Level;
import dev.readout.lexicon.PersonWords;
import dev.readout.lexicon.Titles;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Stage 3a: the people a side rule's token stands for. The token's own mention in the people index when it has one
 * ("Truss" in "UK Foreign Secretary Liz Truss"); else the mentions it carries as apposition, compound or list
 * ("Stift" in "ambassadors, including Friedrich Stift"; "Putin" in "his counterpart, Vladimir Putin"). Roles resolve
 * to the person the article names in them, or stay "?role"; pronouns to the person they most likely mean; group
 * words ("the two leaders", "they") to the parties of the event just told.
 */
public final class Parties {

    /** Relations under which a party word carries the names it stands for. */
    private static final String[] CARRIERS = {"compound", "appos", "flat", "dep", "nmod:including", "nmod:such_as",
            "nmod:like", "conj"};

    private Parties() {
    }

    /** One party found for a side hit. */
    public record Found(Actor actor, Mention mention, SideHit hit) {
    }

    /**
     * @param near   the parties of the event told just before: what "they" stands for
     * @param latest the parties of the latest event the article told: what "the two leaders" stands for
     */
    public static List<Found> read(SentenceView s, List<SideHit> hits, ArticlePeople people, List<Actor> near,
                                   List<Actor> latest) {
        List<Found> out = new ArrayList<>();
        for (SideHit h : hits) {
            List<Mention> ms = mentions(s, h.token());
            List<Actor> perState = perState(s, h.token(), ms, people);
            if (!perState.isEmpty()) {
                for (Actor a : perState) {
                    if (out.stream().noneMatch(f -> f.actor().key().equals(a.key()) && f.hit().role() == h.role())) {
                        out.add(new Found(a, ms.get(0), h));
                    }
                }
                continue;
            }
            if (ms.isEmpty() && twoStates(s, h.token())) {
                for (Actor a : statesOf(near.isEmpty() ? latest : near, people)) {
                    if (out.stream().noneMatch(f -> f.actor().key().equals(a.key()) && f.hit().role() == h.role())) {
                        out.add(new Found(a, null, h));
                    }
                }
                continue;
            }
            for (Mention m : ms) {
                boolean groupWord = m.kind() == Kind.GROUP || m.kind() == Kind.ROLE && m.plural();
                List<Actor> group = groupWord && (pair(m.text()) || m.kind() == Kind.ROLE) && near.isEmpty() ? latest : near;
                if (m.kind() == Kind.GROUP && group.isEmpty()) {
                    group = conjoinedSubjects(s, h.token(), people);
                }
                if (m.kind() == Kind.GROUP && group.isEmpty() && h.rule().equals("possessor")) {
                    // "their summit in Russia": an event of theirs, however far back the article last told of them
                    group = latest;
                }
                if (m.kind() == Kind.GROUP && group.isEmpty()) {
                    // no event told yet: "the two government heads" are the last two the article named who fit
                    group = people.groupOf(m).stream().map(Actor::of).toList();
                }

                for (Actor a : actors(m, people, group)) {
                    if (out.stream().noneMatch(f -> f.actor().key().equals(a.key()) && f.hit().role() == h.role())) {
                        out.add(new Found(a, m, h));
                    }
                }
            }
        }
        return out;
    }

    /** The mentions a token stands for. */
    static List<Mention> mentions(SentenceView s, int token) {
        List<Mention> out = new ArrayList<>();
        collect(s, token, out, 0, new ArrayList<>());
        return out;
    }

    private static void collect(SentenceView s, int token, List<Mention> out, int depth, List<Integer> seen) {
        if (seen.contains(token) || depth > 3) {
            return;
        }
        seen.add(token);
        Mention m = s.mention(token);
        if (m != null) {
            if (!out.contains(m)) {
                out.add(m);
            }
            if (m.kind() == Kind.NAME || m.kind() == Kind.PRONOUN) {
                return;
            }
        }
        List<Integer> carried = new ArrayList<>(s.dependents(token, CARRIERS));
        if (m == null && s.pos(token).equals("VBG") && PersonWords.is(PersonWords.Class.TITLE_MODIFIER, s.lower(token))) {
            // "Hu Jintao and visiting Russian President Vladimir Putin": the parser makes "visiting" a verb and the
            // person its object; it is an adjective of the person
            carried.addAll(s.dependents(token, "obj"));
        }
        if (m != null && (m.kind() == Kind.ROLE || m.kind() == Kind.GROUP) || m == null && standsForPeople(s.lemma(token))) {
            // "the leaders of Russia and China", "the ambassadors of Spain": an unnamed role's country words
            carried.addAll(s.dependents(token, "nmod:of"));
            Subjects.MisreadNoun misread = s.head(token) >= 0 && s.relation(token).equals("nsubj")
                    ? Subjects.misreadNoun(s, s.head(token)) : null;
            if (misread != null && misread.role() == token) {
                carried.addAll(misread.states()); // "the foreign ministers of rivals Iran and Saudi Arabia", misread
            }
        }
        int before = out.size();
        for (int d : carried) {
            collect(s, d, out, depth + 1, seen);
        }
        // a role that carries a name is that name: "his counterpart, Vladimir Putin, Secretary of the Security
        // Council" is Putin, not also a secretary and a council
        // so is a place a dateline glued to the subject: "Moscow, May 3 (Reuters) Russian Foreign Minister X spoke"
        if ((m == null || m.kind() != Kind.GROUP) && out.size() > before && out.subList(before, out.size()).stream()
                .anyMatch(x -> x.kind() == Kind.NAME)) {
            List<Mention> names = new ArrayList<>(out.subList(before, out.size()));
            out.subList(before, out.size()).clear();
            names.stream().filter(x -> x.kind() == Kind.NAME).forEach(out::add);
            out.remove(m);
        }
    }

    /**
     * "The leaders of Japan, South Korea and the United States", "the foreign ministers of Iran and Saudi Arabia": a
     * plural role over several states is one person per state, the one the article names in that role, else the role.
     */
    private static List<Actor> perState(SentenceView s, int token, List<Mention> ms, ArticlePeople people) {
        Mention role = ms.stream().filter(m -> m.kind() == Kind.ROLE && m.plural()).findFirst().orElse(null);
        // the states: those the role names itself ("the presidents of Ghana") and those conjoined to it ("and Togo")
        java.util.Map<String, String> states = new java.util.LinkedHashMap<>();
        if (role != null && role.country() != null) {
            states.put(role.country(), Gazetteer.shared().countryName(role.country()));
        }
        ms.stream().filter(m -> m.kind() == Kind.STATE && m.country() != null).forEach(m -> states.putIfAbsent(m.country(), m.text()));
        if (states.size() < 2 && ofTheTwoStates(s, token) && people.states().size() == 2) {
            // "the presidents of the two countries": the two states the article is about
            states.clear();
            people.states().forEach(c -> states.put(c, Gazetteer.shared().countryName(c)));
        }
        if (states.size() < 2) {
            return List.of();
        }
        String family;
        String singular;
        int offset;
        if (role != null) {
            family = role.family();
            singular = role.title() == null ? "leader" : role.title().replaceAll("s$", "");
            offset = role.start();
        } else if (s.pos(token).equals("NNS") && Titles.shared().familyOf(s.lemma(token)) != null) {
            // "the presidents of Turkey and Russia": a plural title the people index keeps no mention of
            family = Titles.shared().familyOf(s.lemma(token));
            singular = s.lemma(token);
            offset = s.token(token).start();
        } else {
            return List.of();
        }
        List<Actor> out = new ArrayList<>();
        for (var st : states.entrySet()) {
            Party p = people.resolveRole(st.getKey(), family, singular, offset, null);
            if (p == null && Titles.level(family) == Level.LEADER) {
                p = people.soleUntitledOf(st.getKey());
            }
            out.add(p != null && p.isPerson() ? Actor.of(p)
                    : Actor.unnamedRole(singular + " of " + st.getValue(), st.getKey(), family));
        }
        return out;
    }

    /** "The two countries intend to continue talks": a state noun counted as two (or "both"). */
    private static boolean twoStates(SentenceView s, int token) {
        return PersonWords.is(PersonWords.Class.STATE_NOUN, s.lemma(token)) && s.pos(token).equals("NNS")
                && s.hasDependent(token, d -> s.lemma(d).equals("two") || s.lemma(d).equals("both"), "nummod", "det", "amod");
    }

    /**
     * The states the parties of an event act for, as the article names them: what "the two countries" are after a
     * meeting of their leaders. Empty unless exactly two states, each named in the article.
     */
    private static List<Actor> statesOf(List<Actor> parties, ArticlePeople people) {
        List<String> codes = parties.stream().map(Actor::state).filter(java.util.Objects::nonNull).distinct().toList();
        if (codes.size() != 2) {
            return List.of();
        }
        List<Actor> out = new ArrayList<>();
        for (String code : codes) {
            people.parties().stream().filter(p -> p.kind() == dev.readout.participant.ParticipantKind.COUNTRY
                    && code.equals(p.country())).findFirst().ifPresent(p -> out.add(Actor.of(p)));
        }
        return out.size() == 2 ? out : List.of();
    }

    /** "of the two countries", "of both nations", "of the two sides": the states of the article, by count. */
    private static boolean ofTheTwoStates(SentenceView s, int token) {
        if (token < 0) {
            return false;
        }
        for (int n : s.dependents(token, "nmod:of")) {
            if (PersonWords.is(PersonWords.Class.STATE_NOUN, s.lemma(n))
                    && s.hasDependent(n, d -> s.lemma(d).equals("two") || s.lemma(d).equals("both"), "nummod", "det", "amod")) {
                return true;
            }
        }
        return false;
    }

    /**
     * "A and B agreed to deepen ties, as they held their first summit", "Saudi Arabia and Iran reached an agreement
     * after the two sides held talks": with no event told before, a plural pronoun or group word stands for two or
     * more people (or states) the same sentence conjoins as a subject.
     */
    private static List<Actor> conjoinedSubjects(SentenceView s, int pronoun, ArticlePeople people) {
        for (int v = 0; v < s.size(); v++) {
            List<Integer> subj = s.dependents(v, "nsubj");
            subj.remove(Integer.valueOf(pronoun));
            List<Actor> out = new ArrayList<>();
            for (int t : subj) {
                Mention m = s.mention(t);
                if (m != null && (m.kind() == Kind.NAME || m.kind() == Kind.STATE) && m.party() != null
                        && out.stream().noneMatch(a -> a.key().equals("p" + m.party().id()))) {
                    out.add(Actor.of(m.party()));
                }
            }
            if (out.size() >= 2) {
                return out;
            }
        }
        return List.of();
    }

    /** "the two leaders", "both presidents", "the pair": a group of exactly the two parties just told. */
    private static boolean pair(String words) {
        String w = words.toLowerCase(java.util.Locale.ROOT);
        return w.contains("two") || w.startsWith("both") || w.contains("pair") || w.contains("duo");
    }

    /** Words that stand for the people "of" something ("the government of X", "the delegation of Y"), unlike "the decision of X". */
    static boolean standsForPeople(String lemma) {
        return PEOPLE_NOUNS.contains(lemma) || Titles.shared().familyOf(lemma) != null;
    }

    private static final Set<String> PEOPLE_NOUNS = Set.of("government", "delegation", "official", "representative",
            "authority", "side", "administration", "team", "people", "head");

    private static final Set<String> GROUP_PRONOUNS = Set.of("they", "them", "their", "we", "us", "our");

    private static List<Actor> actors(Mention m, ArticlePeople people, List<Actor> group) {
        switch (m.kind()) {
            case NAME, OFFICE, STATE -> {
                return List.of(Actor.of(m.party()));
            }
            case ROLE -> {
                if (m.plural() && m.country() == null && group.size() >= 2) {
                    return group; // "the leaders had a private meeting": the leaders just told of
                }
                if (m.plural()) {
                    return List.of(); // "several Chinese leaders": unnamed people are no party of a call
                }
                Party p = people.partyOf(m);
                return List.of(p != null ? Actor.inRole(p, m.family(), m.country()) : Actor.unnamedRole(m.text(), m.country(), m.family()));
            }
            case PRONOUN -> {
                Party p = people.partyOf(m);
                return p == null ? List.of() : List.of(Actor.of(p));
            }
            case GROUP -> {
                return group;
            }
            default -> {
                return List.of();
            }
        }
    }

    /** Whether the words are a plural pronoun that may stand for the parties of the event just told. */
    public static boolean groupPronoun(String lower) {
        return GROUP_PRONOUNS.contains(lower);
    }

    /**
     * "The president held talks with his counterparts in Zimbabwe, X, and Mozambique, Y": a role that names the side
     * across from the partners is none of them, so where it resolved to a partner it is resolved again without them
     * (the president named later), or left out when nobody else fits.
     */
    static List<Found> notTheirOwnCounterpart(List<Found> found, ArticlePeople people, List<String> trace) {
        Set<String> partnerKeys = new java.util.HashSet<>();
        Set<Party> partnerParties = new java.util.HashSet<>();
        for (Found f : found) {
            if (f.hit().role() == SideHit.Role.PARTNER) {
                partnerKeys.add(f.actor().key());
                Party p = f.mention() == null ? null : people.partyOf(f.mention());
                if (p != null) {
                    partnerParties.add(p);
                }
            }
        }
        List<Found> out = new ArrayList<>();
        for (Found f : found) {
            Mention m = f.mention();
            if (f.hit().role() == SideHit.Role.SUBJECT && m != null && m.kind() == Kind.ROLE && !m.plural()
                    && partnerKeys.contains(f.actor().key())) {
                Party other = people.resolveRoleExcept(m.country(), m.family(), m.title(), m.start(), partnerParties);
                trace.add("'" + m.text() + "' is not its own partner " + f.actor().name()
                        + (other == null ? ": nobody else fits" : ": " + other.name()));
                if (other != null) {
                    out.add(new Found(Actor.inRole(other, m.family(), m.country()), m, f.hit()));
                }
                continue;
            }
            out.add(f);
        }
        return out;
    }
}
