package dev.readout.extraction.call;

import dev.readout.extraction.call.SideHit.Role;
import dev.readout.extraction.grammar.SentenceView;
import dev.readout.lexicon.Cues;
import dev.readout.lexicon.SpeechVerbs;
import dev.readout.lexicon.Triggers;
import dev.readout.lexicon.Triggers.Frame;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * The side rules, each a named reading of one grammatical relation around a trigger (enhanced++ Universal
 * Dependencies, so conjoined parties already carry the relation of the first: "spoke with X and Y" gives two with
 * obliques). Every rule that applies contributes; the party stage then turns tokens into people.
 */
public final class SideRules {

    private SideRules() {
    }

    /** Verbs by which someone comes into an event others hold. */
    static final Set<String> JOIN_VERBS = Set.of("join", "participate", "attend");

    /** Prepositions whose object is the other side of a conversation ("with", "to") or a meeting's parties ("between"). */
    private static final Set<String> PARTNER_CASES = Set.of("with", "to", "between", "from", "alongside");

    private static SideRule rule(String name, BiFunction<Trigger, SentenceView, List<SideHit>> read) {
        return new SideRule() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public List<SideHit> read(Trigger t, SentenceView s) {
                return read.apply(t, s);
            }

            @Override
            public String toString() {
                return name;
            }
        };
    }

    private static List<SideHit> hits(List<Integer> tokens, Role role, String rule) {
        List<SideHit> out = new ArrayList<>();
        for (int tok : tokens) {
            out.add(new SideHit(tok, role, rule));
        }
        return out;
    }

    private static boolean verbTrigger(Trigger t) {
        return !t.isNoun();
    }

    /** "Blinken spoke with Truss": the subject of a verb trigger, or of a noun's light verb ("Blinken held talks"). */
    static final SideRule SUBJECT = rule("subject", (t, s) -> hits(Subjects.of(s, t.clauseHead(), 0), Role.SUBJECT, "subject"));

    /** A verb whose subject speaks of or judges an event rather than takes part in it. */
    static boolean speaksOf(String lemma) {
        return (SpeechVerbs.shared().isSpeech(lemma) || Cues.shared().is(lemma, Cues.Cue.REPORT))
                && !Cues.shared().is(lemma, Cues.Cue.CARRY_ON); // "intend to continue talks": they hold them
    }

    /** "X was received by Y", "X was called by Y": the passive subject is met by the agent. */
    static final SideRule PASSIVE = rule("passive", (t, s) -> {
        List<SideHit> out = new ArrayList<>();
        if (verbTrigger(t)) {
            out.addAll(hits(s.dependents(t.token(), "nsubj:pass"), Role.PARTNER, "passive"));
        }
        out.addAll(hits(s.dependents(t.clauseHead(), "obl:agent"), Role.SUBJECT, "passive"));
        return out;
    });

    /** "spoke with X", "talked to X", "met with X", "held talks with X", "received a call from X". */
    static final SideRule OBLIQUE = rule("oblique", (t, s) -> {
        List<SideHit> out = new ArrayList<>();
        for (var a : s.dependents(t.clauseHead())) {
            String r = a.relation();
            if (r.startsWith("obl:") && PARTNER_CASES.contains(r.substring(4))) {
                if (r.equals("obl:to") && verbTrigger(t) && t.frame() != Frame.CONVERSE && t.frame() != Frame.SUMMON
                        && t.frame() != Frame.ADDRESS) {
                    continue; // "met to discuss", "visited to attend": not a party; "conveyed concerns to X" names the addressee
                }
                if (r.equals("obl:from") && verbTrigger(t)) {
                    continue; // "phoned X from Dubai": where the caller was; "a call from X" is the noun's
                }
                out.add(new SideHit(a.dependent(), Role.PARTNER, "oblique"));
            }
        }
        return out;
    });

    /**
     * "Bennett also spoke with Macron and Scholz, the spokesperson said": the parser hangs a "with" phrase that
     * follows a conversation verb on a later verb. The phrase right after the trigger (an adverb or "by phone"
     * between them at most) belongs to the trigger when the parse gave the trigger no partner of its own.
     */
    static final SideRule ADJACENT_PHRASE = rule("adjacentPhrase", (t, s) -> {
        if (t.isNoun() || t.frame() != Frame.CONVERSE && t.frame() != Frame.MEET) {
            return List.of();
        }
        if (!s.dependents(t.token(), "obl:with", "obl:to", "obj").isEmpty()) {
            return List.of();
        }
        // the trigger's own day, time and means may stand between it and its "with" ("spoke by phone on Tuesday
        // with X", which the parser may hang on a later verb)
        java.util.Set<Integer> own = new java.util.HashSet<>();
        for (int d : s.dependents(t.token(), "obl:by", "obl:on", "obl:tmod", "obl:npmod", "obl:via", "obl:over")) {
            if (d > t.token()) {
                own.addAll(s.subtree(d));
            }
        }
        for (int i = t.token() + 1; i < s.size() && i <= t.token() + 4 + own.size(); i++) {
            if (own.contains(i)) {
                continue;
            }
            String l = s.lemma(i);
            if (l.equals("with") || l.equals("to") && t.frame() == Frame.CONVERSE) {
                int noun = s.head(i);
                if (noun > i && s.relation(i).equals("mark") && s.isVerb(noun)) {
                    // "met with X to discuss ...", parsed as "with X discussing": X is the clause's subject
                    int with = i;
                    int subject = s.dependents(noun, "nsubj").stream().filter(x -> x > with).findFirst().orElse(-1);
                    return subject < 0 ? List.of() : List.of(new SideHit(subject, Role.PARTNER, "adjacentPhrase"));
                }
                if (noun > i && s.relation(i).equals("case")) {
                    List<SideHit> out = new ArrayList<>();
                    out.add(new SideHit(noun, Role.PARTNER, "adjacentPhrase"));
                    for (int c : s.dependents(noun, "conj")) {
                        out.add(new SideHit(c, Role.PARTNER, "adjacentPhrase"));
                    }
                    return out;
                }
                return List.of();
            }
            if (!s.pos(i).startsWith("RB") && !s.lemma(i).equals("by") && !s.lemma(i).equals("phone")
                    && !s.lemma(i).equals("telephone") && !s.lemma(i).equals("again")) {
                return List.of();
            }
        }
        return List.of();
    });

    /**
     * "met Thursday on the sidelines of the summit in Canada with X": the parser hangs a late "with" phrase on the
     * nearest noun of the verb's place or occasion instead of the verb. A person reached that way, through nouns that
     * are not people themselves ("the wife of X with Y" is left alone), is the verb's partner when the verb has none.
     */
    static final SideRule NESTED_WITH = rule("nestedWith", (t, s) -> {
        int verb = t.clauseHead();
        if (verb < 0 || t.frame() != Frame.CONVERSE && t.frame() != Frame.MEET
                || s.dependents(verb, "obl:with", "obl:to").stream().anyMatch(o -> Subjects.personLike(s, o))
                // "met X": a meeting's object is its partner; "discussed trade", "signed agreements": a topic
                || t.frame() == Frame.MEET && !s.dependents(verb, "obj").isEmpty()
                || t.isNoun() && !s.dependents(t.token(), "nmod:with", "nmod:between").isEmpty()) {
            return List.of();
        }
        List<SideHit> out = new ArrayList<>();
        List<Integer> frontier = new ArrayList<>();
        for (var a : s.dependents(verb)) {
            if (a.relation().startsWith("obl:") && !a.relation().equals("obl:tmod") && !Subjects.personLike(s, a.dependent())
                    // "spoke after a meeting with X": an event noun's "with" is the noun's own (its rules read it)
                    && Triggers.shared().noun(s.lemma(a.dependent())) == null) {
                frontier.add(a.dependent());
            }
        }
        if (t.frame() == Frame.CONVERSE && !t.isNoun()) {
            // "signed agreements with X", "discussed cooperation with X": the parser hangs the partner on the topic;
            // "signed and reviewed agreements with X": a shared object stands on the last conjunct only
            List<Integer> topics = s.dependents(verb, "obj");
            if (topics.isEmpty()) {
                for (int c : s.dependents(verb, "conj")) {
                    topics = s.dependents(c, "obj");
                    if (!topics.isEmpty()) {
                        break;
                    }
                }
            }
            topics.stream().filter(o -> !Subjects.personLike(s, o) && Triggers.shared().noun(s.lemma(o)) == null).forEach(frontier::add);
        }
        for (int depth = 0; depth < 3 && !frontier.isEmpty(); depth++) {
            List<Integer> next = new ArrayList<>();
            for (int n : frontier) {
                for (var a : s.dependents(n)) {
                    if (!a.relation().startsWith("nmod:")) {
                        continue;
                    }
                    if (a.relation().equals("nmod:with") && a.dependent() > verb && (Subjects.personLike(s, a.dependent())
                            || Parties.standsForPeople(s.lemma(a.dependent())) && !s.dependents(a.dependent(), "nmod:of").isEmpty())) {
                        // "with the governments of A and B": the people of those states
                        out.add(new SideHit(a.dependent(), Role.PARTNER, "nestedWith"));
                    } else if (!Subjects.personLike(s, a.dependent())) { // a summit deeper down is the venue, not the event
                        next.add(a.dependent());
                    }
                }
            }
            frontier = next;
        }
        return out;
    });

    /**
     * "spoke individually to five leaders: A of X; B of Y; and C of Z", "received guests of states, among them are the
     * Prime Minister of A, X, and the Foreign Minister of B, Y": a plural noun that names nobody, then the list of who
     * they were, after a colon or opened by "among them". The parser hangs the list on the verb (parataxis) or on the
     * noun (appos, dep); the people listed are the partners, each a name or a title whose name it governs.
     */
    static final SideRule LISTED = rule("listed", (t, s) -> {
        int head = t.clauseHead();
        List<Integer> nouns = new ArrayList<>(s.dependents(head, "obl:with", "obl:to", "obj"));
        if (t.isNoun()) {
            nouns.addAll(s.dependents(t.token(), "nmod:with", "nmod:between"));
        }
        List<SideHit> out = new ArrayList<>();
        for (int noun : nouns) {
            var m = s.mention(noun);
            if (!s.pos(noun).equals("NNS") || m != null && m.kind() == dev.readout.extraction.people.ArticlePeople.Kind.NAME) {
                continue;
            }
            int colon = -1;
            for (int i = noun + 1; i < s.size() && colon < 0; i++) {
                if (s.word(i).equals(":")) {
                    colon = i;
                } else if (s.isVerb(i) || s.word(i).equals(".")) {
                    break;
                }
            }
            java.util.Set<Integer> items = new java.util.TreeSet<>();
            for (int g : new int[]{head, noun}) {
                for (int d : s.dependents(g, "parataxis", "dep", "appos")) {
                    boolean among = amongThem(s, d);
                    if (colon >= 0 && d > colon || among) {
                        items.add(d);
                        s.dependents(d, "conj").forEach(items::add);
                        if (among) {
                            s.dependents(d, "appos").forEach(items::add);
                        }
                    }
                }
            }
            for (int i : items) {
                int name = Subjects.nameOf(s, i);
                if (name >= 0) {
                    out.add(new SideHit(name, Role.PARTNER, "listed"));
                }
            }
        }
        return out;
    });

    /** "among them are X, Y": a list item that says it picks out those the plural noun before it counted. */
    private static boolean amongThem(SentenceView s, int item) {
        return s.dependents(item, "obl:among", "nmod:among").stream()
                .anyMatch(x -> s.pos(x).equals("PRP") || s.lower(x).equals("whom"));
    }

    /**
     * "spoke with X on Thursday, ..., and with Y afterwards": a "with" phrase conjoined to the verb itself stands for
     * the verb repeated (the parser makes the elided clause a conjunct of the verb).
     */
    static final SideRule ELIDED_PHRASE = rule("elidedPhrase", (t, s) -> {
        if (t.isNoun()) {
            return List.of();
        }
        List<SideHit> out = new ArrayList<>();
        for (int c : s.dependents(t.token(), "conj")) {
            if (s.isNoun(c) && s.dependents(c, "case").stream().anyMatch(k -> s.lemma(k).equals("with"))) {
                out.add(new SideHit(c, Role.PARTNER, "elidedPhrase"));
            }
        }
        return out;
    });

    /** "called X", "met X", "received X", "hosted X", "visited X": the object of a verb whose frame takes one. */
    static final SideRule OBJECT = rule("object", (t, s) -> {
        if (!verbTrigger(t) || t.frame() == Frame.CONVERSE) {
            return List.of();
        }
        List<Integer> objs = s.dependents(t.token(), "obj", "iobj");
        if (t.frame() == Frame.CONTACT && s.lemma(t.token()).equals("call")) {
            // "called on his counterpart in Tokyo": a courtesy call (with "to ..." it is an appeal, not a trigger)
            objs.addAll(s.dependents(t.token(), "obl:on").stream().filter(o -> Subjects.personLike(s, o)).toList());
        }
        objs.removeIf(o -> Triggers.shared().noun(s.lemma(o)) != null); // "received a call": the noun's own rules read it
        return hits(objs, Role.PARTNER, "object");
    });

    /** "a call with X", "talks between X and Y", "the call to X", "a call from X". */
    static final SideRule NOUN_OBLIQUE = rule("nounOblique", (t, s) -> {
        List<SideHit> out = new ArrayList<>();
        if (!t.isNoun()) {
            return out;
        }
        for (var a : s.dependents(t.token())) {
            String r = a.relation();
            if (r.startsWith("nmod:") && PARTNER_CASES.contains(r.substring(5))) {
                out.add(new SideHit(a.dependent(), Role.PARTNER, "nounOblique"));
            }
        }
        return out;
    });

    /** "Blinken's call with Lavrov", "their meeting", "his talks with X": the possessor holds the event. */
    static final SideRule POSSESSOR = rule("possessor", (t, s) ->
            t.isNoun() ? hits(s.dependents(t.token(), "nmod:poss"), Role.SUBJECT, "possessor") : List.of());

    /** "the Putin-Erdogan call", "a Biden-Xi meeting": names compounded onto the event noun. */
    static final SideRule COMPOUND = rule("compound", (t, s) -> {
        if (!t.isNoun()) {
            return List.of();
        }
        List<Integer> names = new ArrayList<>();
        for (int d : s.dependents(t.token(), "compound")) {
            if (personName(s, d)) {
                names.add(d);
                // "the Blinken-Truss call": the parser hangs the first name of a hyphenated pair on the second
                for (int e : s.dependents(d, "compound")) {
                    if (e == d - 2 && s.pos(d - 1).equals("HYPH") && personName(s, e)) {
                        names.add(e);
                    }
                }
            }
        }
        return hits(names, Role.PARTNER, "compound");
    });

    /** A person's name (the tagger may call a hyphenated pair of surnames MISC; the people index knows them). */
    private static boolean personName(SentenceView s, int token) {
        dev.readout.extraction.people.ArticlePeople.Mention m = s.mention(token);
        return m != null && (s.ner(token).equals("PERSON")
                || m.kind() == dev.readout.extraction.people.ArticlePeople.Kind.NAME && m.party() != null && m.party().isPerson());
    }

    /**
     * "In a phone call with X, Y said ...", "During talks with X, Y stressed ...", "X and Y began their meeting",
     * "X emerged from talks with Y": an event noun that is the object or a prepositional phrase of another verb gives
     * that verb's subject as a party, unless the verb only reports or judges the event ("Peskov described the call").
     */
    private static final Set<String> AFTERWARDS = Set.of("obl:after", "obl:following");

    static final SideRule FRAMING_CLAUSE = rule("framingClause", (t, s) -> {
        if (!t.isNoun() || t.light() >= 0) {
            return List.of();
        }
        int noun = t.token();
        // "emerged from two days of talks", "after a round of talks": the measure stands in the clause for the event
        for (int m : s.governors(noun, "nmod:of")) {
            if (Cues.shared().is(s.lemma(m), Cues.Cue.MEASURE)) {
                noun = m;
                break;
            }
        }
        for (var a : s.governors(noun)) {
            String r = a.relation();
            int g = a.governor();
            boolean object = r.equals("obj");
            boolean heldBefore = AFTERWARDS.contains(r) && s.dependents(noun, "nmod:poss").isEmpty();
            if (AFTERWARDS.contains(r) && g >= 0 && s.dependents(noun, "nmod:poss").stream().anyMatch(p -> s.lower(p).equals("their"))) {
                // "After their bilateral encounter, X and Y met with activists": "their" is the clause's subjects, so
                // the event before is theirs together
                List<Integer> theirs = Subjects.of(s, g, 0);
                return theirs.size() >= 2 ? hits(theirs, Role.SUBJECT, "framingClause") : List.of();
            }
            Triggers.Word gw = g >= 0 && s.isVerb(g) ? Triggers.shared().verb(s.lemma(g)) : null;
            if (gw != null && gw.frame() == Frame.ADDRESS && !TriggerFinder.atOccasion(s, g)) {
                gw = null; // "told Y in a phone call": the words said are no event of their own; the call is
            }
            // an arrival is no event of its own: "arrived in Harare for a meeting with X" frames the meeting; but
            // those who "arrived for the summit" together are not shown meeting each other
            if (gw != null && gw.frame() == Frame.ARRIVE && s.dependents(noun, "nmod:with", "nmod:between").isEmpty()) {
                return List.of();
            }
            // "In the discussion with his counterpart Y, X discussed trade": a verb that names no partner of its own
            // tells what was done in the event the noun names with its partner, so the noun takes the verb's subject
            boolean nounHasPartner = !s.dependents(noun, "nmod:with", "nmod:between").isEmpty()
                    && g >= 0 && s.dependents(g, "obj", "iobj", "obl:with", "obl:to", "obl:between").stream()
                    .noneMatch(o -> Subjects.personLike(s, o) || s.mention(o) != null);
            if (gw != null && gw.frame() != Frame.ARRIVE && !heldBefore && !(nounHasPartner && r.startsWith("obl:"))) {
                // "did not meet X at the summit": the verb tells the event, the noun is its venue; but "X spoke after
                // a meeting with A and B" tells what X did once the meeting was over (and whom X then called or
                // told was no party of it), unless the meeting has a holder of its own ("after Blinken's talks in Kiev")
                return List.of();
            }
            if (g >= 0 && s.isVerb(g) && (object || r.startsWith("obl:") && !r.equals("obl:tmod"))
                    && !(object && speaksOf(s.lemma(g))) // "Peskov described the talks"
                    && !r.equals("obl:before") && !r.equals("obl:ahead_of")
                    && !(object && !s.dependents(g, "xcomp").isEmpty())) { // "called the talks productive" judges them
                List<SideHit> out = hits(Subjects.of(s, g, 0), Role.SUBJECT, "framingClause");
                if (!object && SpeechVerbs.shared().isSpeech(s.lemma(g)) && !heldBefore) {
                    // "X told Y in a phone call that ...": who is told, urged or informed in the event is the other side
                    out.addAll(hits(s.dependents(g, "obj", "iobj").stream().filter(o -> Subjects.personLike(s, o)).toList(),
                            Role.PARTNER, "framingClause"));
                }
                return out;
            }
        }
        return List.of();
    });

    /**
     * Copular sentences: "His first meeting was with the president of X" (the event is the subject of a "with"
     * predicate: the partner) and "Y's first engagement was a call with X" (the event is the predicate: its subject's
     * possessor holds it).
     */
    static final SideRule COPULA = rule("copula", (t, s) -> {
        if (!t.isNoun()) {
            return List.of();
        }
        List<SideHit> out = new ArrayList<>();
        for (int w : s.governors(t.token(), "nsubj")) {
            if (!s.dependents(w, "cop").isEmpty() && s.dependents(w, "case").stream().anyMatch(c -> s.lemma(c).equals("with"))) {
                out.add(new SideHit(w, Role.PARTNER, "copula"));
                s.dependents(w, "conj").forEach(c -> out.add(new SideHit(c, Role.PARTNER, "copula")));
            }
        }
        if (!s.dependents(t.token(), "cop").isEmpty()) {
            for (int subj : s.dependents(t.token(), "nsubj")) {
                out.addAll(hits(s.dependents(subj, "nmod:poss"), Role.SUBJECT, "copula"));
            }
        }
        return out;
    });

    /** "in a call that French President X also joined": who joined the event takes part in it. */
    static final SideRule JOINED = rule("joined", (t, s) -> {
        if (!t.isNoun()) {
            return List.of();
        }
        List<SideHit> out = new ArrayList<>();
        for (int v : s.dependents(t.token(), "acl:relcl", "acl")) {
            if (JOIN_VERBS.contains(s.lemma(v))) {
                out.addAll(hits(Subjects.of(s, v, 0), Role.PARTNER, "joined"));
            }
        }
        return out;
    });

    /** Every side rule, in the order their findings are reported in a trace. */
    public static final List<SideRule> ALL = List.of(SUBJECT, PASSIVE, OBLIQUE, ADJACENT_PHRASE, NESTED_WITH, ELIDED_PHRASE, LISTED, OBJECT, NOUN_OBLIQUE,
            POSSESSOR, COMPOUND, FRAMING_CLAUSE, COPULA, JOINED);
}
