package dev.readout.extraction.call;

import dev.readout.call.CallStatus;
import dev.readout.extraction.grammar.SentenceView;
import dev.readout.lexicon.Cues;
import dev.readout.lexicon.SpeechVerbs;
import dev.readout.lexicon.Cues.Cue;

import java.util.List;
import java.util.Set;

/**
 * Stage 4a: whether the event was held, tried and failed, or announced for the future, or is no event at all (denied,
 * cancelled, wished for, conditional, counted). Read from the trigger's own modifiers (auxiliaries, negation,
 * determiners) and from the verbs that govern it ("tried to call", "is scheduled to meet", "hopes to meet",
 * "postponed the meeting"), with the cue words of the lexicon.
 */
public final class StatusRules {

    private StatusRules() {
    }

    /** The status, or null when the text reports no event; with the rule that decided. */
    public record Reading(CallStatus status, Decision decision) {

        static Reading held(String rule, String reason) {
            return new Reading(CallStatus.HELD, Decision.keep(rule, reason));
        }

        static Reading of(CallStatus status, String rule, String reason) {
            return new Reading(status, Decision.keep(rule, reason));
        }

        static Reading planned(String rule, String reason) {
            return of(CallStatus.PLANNED, rule, reason);
        }

        static Reading none(String rule, String reason) {
            return new Reading(null, Decision.drop(rule, reason));
        }
    }

    public static Reading read(Trigger t, SentenceView s) {
        Cues cues = Cues.shared();
        Reading r = reportedOrDenied(t, s, cues);
        if (r != null) {
            return r;
        }
        if (t.isNoun()) {
            r = nounGovernor(t, s, cues);
            if (r == null) {
                r = nounModifiers(t.token(), s, cues);
            }
            if (r != null) {
                return r;
            }
        }
        int node = t.clauseHead();
        if (t.isNoun() && t.light() < 0) {
            // "is scheduled to travel to Moscow for consultations with X": the verb the event is the purpose of
            // frames it (only a purpose: "put his spin on the summit" is not what the spin is wished for)
            for (int g : s.governors(node, "obl:for")) {
                if (s.isVerb(g)) {
                    // "asked for a call with X", "pushed for talks": what the verb does to its purpose is the event's
                    // status; "flew to Lima for talks" has no cue and reads on as before
                    r = governedBy(g, "obl:for", s, cues);
                    if (r != null) {
                        return r;
                    }
                    node = g;
                    break;
                }
            }
        }
        for (int depth = 0; node >= 0 && depth < 4; depth++) {
            r = clauseModifiers(node, s, cues);
            if (r != null) {
                return r;
            }
            // "reiterated their readiness to hold a meeting": the parser may make the noun that governs the
            // infinitive its controlled subject instead; the noun still says what the event is (wished, tried)
            for (int x : s.dependents(node, "nsubj:xsubj")) {
                r = s.isNoun(x) ? governedBy(x, "xsubj", s, cues) : null;
                if (r != null) {
                    return r;
                }
            }
            int gov = -1;
            String rel = "";
            for (var a : s.governors(node)) {
                String ar = a.relation();
                // "would end the war by talking to X": a clause of means is as real as the clause it serves
                if (a.governor() >= 0 && (ar.equals("xcomp") || ar.startsWith("advcl:to") || ar.equals("advcl:by") || ar.equals("obj")
                        || ar.equals("nsubj:pass") || ar.startsWith("acl:to")
                        || ar.equals("ccomp") && s.pos(a.governor()).startsWith("JJ") // "are due to meet"
                        // "this will be the first time the two presidents speak": the time's clause tells when
                        || (ar.equals("dep") || ar.equals("acl:relcl")) && s.lemma(a.governor()).equals("time"))) {
                    gov = a.governor();
                    rel = ar;
                    break;
                }
            }
            if (gov < 0) {
                break;
            }
            r = governedBy(gov, rel, s, cues);
            if (r != null) {
                return r;
            }
            node = gov;
        }
        Reading infinitive = infinitive(t.clauseHead(), s, cues);
        if (infinitive != null) {
            return infinitive;
        }
        Reading time = presentOfAFuture(t.clauseHead(), s);
        return time != null ? time : Reading.held("held", "no cue changes it");
    }

    /** "will", "shall", "'ll": an auxiliary that puts its clause in the future. */
    private static boolean futureAuxiliary(SentenceView s, int aux) {
        String l = s.lemma(aux);
        return l.equals("will") || l.equals("shall") || s.lower(aux).equals("'ll") || s.lower(aux).equals("’ll");
    }

    /** Subordinators of a clause of time, whose present tense tells the time of the clause it depends on. */
    private static final Set<String> TIME_MARKS = Set.of("as", "when", "while", "once", "after", "before", "until");

    /**
     * "The dispute will be on the table as Mr Trump hosts the Emir on Thursday": in a clause of time, English puts a
     * future event in the present tense when the clause it depends on is in the future ("will"): the event is planned.
     */
    private static Reading presentOfAFuture(int verb, SentenceView s) {
        if (verb < 0 || !(s.pos(verb).equals("VBZ") || s.pos(verb).equals("VBP")) || !s.dependents(verb, "aux").isEmpty()
                || s.dependents(verb, "mark", "advmod").stream().noneMatch(m -> TIME_MARKS.contains(s.lower(m)))) {
            return null;
        }
        for (var a : s.governors(verb)) {
            if (a.governor() >= 0 && a.relation().startsWith("advcl")
                    && s.dependents(a.governor(), "aux").stream().anyMatch(x -> futureAuxiliary(s, x))) {
                return Reading.planned("presentOfAFuture", "'" + s.word(verb) + "' in a clause of time of a future '"
                        + s.word(a.governor()) + "'");
            }
        }
        return null;
    }

    /**
     * An event told in the "to" infinitive with nothing the parser hung it on to say why: "Lapid to meet Blinken on
     * Monday" (a headline's future: the infinitive has a subject of its own, which prose gives it only after "for";
     * "wants X to meet" makes X a controlled subject, not its own), or "is set to meet"
     * where the parser hung "to meet" on a later verb (the word before "to" is a plan's).
     */
    private static Reading infinitive(int verb, SentenceView s, Cues cues) {
        if (verb < 0 || !s.isVerb(verb) || !s.dependents(verb, "aux", "aux:pass").isEmpty()) {
            return null;
        }
        for (int m : s.dependents(verb, "mark")) {
            if (!s.lower(m).equals("to")) {
                continue;
            }
            if (m > 0 && (cues.is(s.lemma(m - 1), Cue.SCHEDULED) || cues.is(s.lemma(m - 1), Cue.PLAN))) {
                return Reading.planned("plannedWords", "'" + s.word(m - 1) + " to " + s.word(verb) + "'");
            }
            boolean ownSubject = s.dependents(verb).stream().anyMatch(a -> a.relation().equals("nsubj"));
            boolean forSubject = s.dependents(verb).stream().anyMatch(a -> s.lower(a.dependent()).equals("for"));
            if (ownSubject && !forSubject) {
                return Reading.planned("headlineFuture", "'to " + s.word(verb) + "' with its own subject: a headline's future");
            }
        }
        return null;
    }

    /** What a governing word makes of the event: tried, cancelled, denied, only wished, or planned. */
    private static Reading governedBy(int gov, String rel, SentenceView s, Cues cues) {
        Set<Cue> g = cues.of(s.lemma(gov));
        if (s.lemma(gov).equals("unable")) {
            return Reading.of(CallStatus.ATTEMPTED, "couldNot", "'" + s.word(gov) + "': tried and failed");
        }
        if (s.dependents(gov, "compound:prt").stream().anyMatch(p -> s.lemma(p).equals("off"))) {
            return Reading.none("cancelled", "'" + s.word(gov) + " off'");
        }
        if (g.contains(Cue.ATTEMPT)) {
            return Reading.of(CallStatus.ATTEMPTED, "triedVerb", "governed by '" + s.word(gov) + "'");
        }
        if (g.contains(Cue.CANCEL)) {
            return Reading.none("cancelled", "governed by '" + s.word(gov) + "'");
        }
        if (g.contains(Cue.DENY)) {
            return Reading.none("denied", "governed by '" + s.word(gov) + "'");
        }
        if (g.contains(Cue.WISH) && !g.contains(Cue.PLAN)) {
            return Reading.none("wish", "only wished or offered: '" + s.word(gov) + "'");
        }
        if (g.contains(Cue.SCHEDULED)) {
            return Reading.of(CallStatus.PLANNED, "scheduled", "governed by '" + s.word(gov) + "'");
        }
        if (g.contains(Cue.PLAN) || s.lemma(gov).equals("be") && rel.equals("xcomp") || s.lemma(gov).equals("go")) {
            return Reading.of(CallStatus.PLANNED, "plannedVerb", "governed by '" + s.word(gov) + "'");
        }
        return null;
    }

    /** Relations of an event a clause is done before, in preparation: "ahead of", "in advance of", "in the run-up to". */
    private static final Set<String> AHEAD_OF = Set.of("obl:ahead_of", "obl:in_advance_of", "obl:in_run-up_to");

    /**
     * "A planned meeting ... was cancelled", "the talks were postponed", "a call he had requested", "set a date for a
     * meeting": the event noun's own governor speaks first. An event that something else is the prospect of ("a
     * date for a meeting", "the site of talks", "preparations for talks") has not happened.
     */
    private static Reading nounGovernor(Trigger t, SentenceView s, Cues cues) {
        if (t.light() >= 0) {
            return null;
        }
        for (var a : s.governors(t.token())) {
            if (a.governor() < 0) {
                continue;
            }
            if ((a.relation().equals("nmod:for") || a.relation().equals("nmod:of")) && s.isNoun(a.governor())
                    && cues.is(s.lemma(a.governor()), Cue.PROSPECT)) {
                return Reading.none("prospect", "the " + s.word(a.governor()) + " of an event, not one held");
            }
            boolean ahead = AHEAD_OF.contains(a.relation()) && s.isVerb(a.governor())
                    // the parser's other reading: "ahead" an adverb of the clause, the event its "of"
                    || a.relation().equals("obl:of") && s.lemma(a.governor()).equals("ahead");
            if (ahead) {
                // "X called Y ahead of his summit with Z on Thursday": what a clause is done ahead of is still to come
                return Reading.of(CallStatus.PLANNED, "aheadOf", "'" + s.word(t.token()) + "' is what '"
                        + s.word(a.governor()) + "' was done ahead of");
            }
            if (a.relation().equals("obj") || a.relation().equals("nsubj:pass")) {
                Reading r = governedBy(a.governor(), a.relation(), s, cues);
                if (r != null) {
                    return r;
                }
            }
        }
        return null;
    }

    /**
     * "The Kremlin denied reports that X had spoken with Y": an event in a clause that something denies is not
     * asserted. Walks up through reported clauses ("reports that", "said that") to a denial.
     */
    private static Reading reportedOrDenied(Trigger t, SentenceView s, Cues cues) {
        int node = t.clauseHead();
        for (int depth = 0; node >= 0 && depth < 4; depth++) {
            int gov = -1;
            for (var a : s.governors(node)) {
                String ar = a.relation();
                if (a.governor() >= 0 && (ar.equals("ccomp") || ar.startsWith("acl") || ar.equals("obj")
                        || ar.equals("xcomp") || ar.equals("nsubj:pass"))) {
                    gov = a.governor();
                    break;
                }
            }
            if (gov < 0) {
                return null;
            }
            if (cues.is(s.lemma(gov), Cue.DENY)) {
                return Reading.none("denied", "'" + s.word(gov) + "' denies it");
            }
            node = gov;
        }
        return null;
    }

    /**
     * "During phone conversations in March, the ministers had vowed to meet": an event noun in a plural that nothing
     * counts sums the contacts of one pair over a time, not one event (GUIDELINES: an uncounted aggregate is no
     * entry). Not for nouns whose plural names one event ("held talks", "bilateral discussions"), and only for one
     * pair: "phone calls with A and B" are a call with each.
     */
    static boolean uncountedPlural(Trigger t, SentenceView s) {
        int noun = t.token();
        // "X and Y held bilateral meetings in Bogor" asserts the event (its sessions); only a plural the clause does
        // not hold ("during phone conversations", "his phone calls with X") is told in passing as a sum
        return t.isNoun() && t.light() < 0 && s.pos(noun).equals("NNS") && !s.lower(noun).equals(s.lemma(noun))
                && !Cues.shared().is(s.lemma(noun), Cue.PLURAL_ONE) && !Cues.shared().is(s.lower(noun), Cue.PLURAL_ONE)
                && s.dependents(noun, "nummod").isEmpty()
                && !s.hasDependent(noun, d -> Cues.shared().is(s.lemma(d), Cue.SEPARATE), "amod", "advmod");
    }

    /** "no call", "several calls", "three meetings", "the upcoming meeting". */
    private static Reading nounModifiers(int noun, SentenceView s, Cues cues) {
        for (int d : s.dependents(noun, "det", "amod", "nummod", "advmod")) {
            Set<Cue> c = cues.of(s.lemma(d));
            if (s.lemma(d).equals("no") && s.relation(d).equals("det")) {
                return Reading.none("negated", "'no " + s.word(noun) + "'");
            }
            if (c.contains(Cue.COUNT) || s.relation(d).equals("nummod") && s.pos(noun).equals("NNS")) {
                return Reading.none("counted", "'" + s.word(d) + " " + s.word(noun) + "' counts contacts, not one");
            }
            // the word as written: a participle's lemma is its verb's ("proposed" -> "propose")
            String w = s.lower(d);
            if (w.equals("upcoming") || w.equals("forthcoming") || w.equals("planned")
                    || w.equals("next") || w.equals("scheduled")) {
                return Reading.of(CallStatus.PLANNED, "plannedNoun", "'" + s.word(d) + " " + s.word(noun) + "'");
            }
            if (w.equals("possible") || w.equals("proposed") || w.equals("potential") || w.equals("future")) {
                return Reading.none("wish", "'" + s.word(d) + " " + s.word(noun) + "'");
            }
            if (w.equals("unsuccessful") || w.equals("failed")) {
                return Reading.of(CallStatus.ATTEMPTED, "triedNoun", "'" + s.word(d) + " " + s.word(noun) + "'");
            }
        }
        return null;
    }

    /** Auxiliaries, negation and condition markers on one clause head; negation first ("could not" is a failure). */
    private static Reading clauseModifiers(int v, SentenceView s, Cues cues) {
        List<Integer> mods = s.dependents(v, "advmod", "aux", "mark", "dep", "neg", "compound:prt");
        for (int d : mods) {
            if (cues.is(s.lemma(d), Cue.NEGATION) && !s.relation(d).equals("mark")) {
                if (ability(v, s, cues)) {
                    return Reading.of(CallStatus.ATTEMPTED, "couldNot", "'" + s.word(d) + "' with an ability: tried and failed");
                }
                return Reading.none("negated", "'" + s.word(d) + "'");
            }
        }
        if (s.relation(v).equals("root") && mods.stream().anyMatch(d -> s.relation(d).equals("mark") && s.lemma(d).equals("to"))) {
            return Reading.of(CallStatus.PLANNED, "headlineFuture", "'to " + s.word(v) + "' heading its sentence");
        }
        for (int d : mods) {
            String l = s.lemma(d);
            Set<Cue> c = cues.of(l);
            if (s.relation(d).equals("mark") && c.contains(Cue.HYPOTHETICAL)) {
                return Reading.none("conditional", "'" + s.word(d) + "'");
            }
            if (s.relation(d).startsWith("aux")) {
                if (futureAuxiliary(s, d)) {
                    return Reading.of(CallStatus.PLANNED, "future", "'" + s.word(d) + "'");
                }
                if (l.equals("would") && reported(v, s)) {
                    return Reading.of(CallStatus.PLANNED, "futureInPast", "'" + s.word(d) + "' in reported speech");
                }
                if (c.contains(Cue.HYPOTHETICAL)) {
                    return Reading.none("conditional", "'" + s.word(d) + "'");
                }
            }
            if (c.contains(Cue.CANCEL) && s.relation(d).equals("compound:prt")) {
                return Reading.none("cancelled", "'" + s.word(v) + " " + s.word(d) + "'");
            }
            if (l.equals("unsuccessfully") || l.equals("vain")) {
                return Reading.of(CallStatus.ATTEMPTED, "triedAdverb", "'" + s.word(d) + "'");
            }
            if (c.contains(Cue.COUNT) && s.relation(d).equals("advmod")) {
                return Reading.none("counted", "'" + s.word(d) + "'");
            }
        }
        for (int d : s.dependents(v, "obl:tmod", "obl:npmod", "nmod:tmod", "obj")) {
            if (s.lemma(d).equals("time") && !s.dependents(d, "nummod").isEmpty()) {
                return Reading.none("counted", "'" + s.word(s.dependents(d, "nummod").get(0)) + " times'");
            }
        }
        int period = periodSoFar(v, s);
        if (period >= 0) {
            return Reading.none("counted", "'have " + s.word(v) + "' over '" + s.word(period) + "': a sum, not one event");
        }
        return null;
    }

    /**
     * "A and B have signed $7 billion in deals this year", "have met in recent years": the present perfect over a
     * period that runs until now sums the contacts of the period; "met earlier this year" (one event, in the past
     * tense or said "earlier") is not such a sum. The period's token, or -1.
     */
    private static int periodSoFar(int v, SentenceView s) {
        boolean perfect = s.dependents(v, "aux").stream().anyMatch(a -> s.lemma(a).equals("have") && !s.pos(a).equals("VBD"));
        if (!perfect) {
            return -1;
        }
        // the period must be the verb's own time (or its object's: "signed $7 billion in deals this year"), not a
        // time deeper in a clause of its own ("met ... to restore a relationship that soured in recent years")
        List<Integer> near = new java.util.ArrayList<>(s.dependents(v, "obl", "obl:tmod", "nmod:tmod", "advmod"));
        for (int o : s.dependents(v, "obj")) {
            near.addAll(s.dependents(o, "nmod", "nmod:tmod", "obl:tmod"));
        }
        for (int k : near) {
            Cues cues = Cues.shared();
            if (cues.is(s.lemma(k), Cue.PERIOD)
                    && s.dependents(k, "det", "amod").stream().anyMatch(q -> cues.is(s.lower(q), Cue.SO_FAR))
                    && s.dependents(k, "advmod", "amod").stream().noneMatch(q -> cues.is(s.lower(q), Cue.POINT))) {
                return k;
            }
        }
        return -1;
    }

    /** "was not able to reach", "could not speak", "did not manage to call": the contact was tried. */
    private static boolean ability(int v, SentenceView s, Cues cues) {
        if (cues.is(s.lemma(v), Cue.ABILITY)) {
            return true;
        }
        for (int a : s.dependents(v, "aux")) {
            if (cues.is(s.lemma(a), Cue.ABILITY)) {
                return true;
            }
        }
        for (int g : s.governors(v, "xcomp")) {
            if (cues.is(s.lemma(g), Cue.ABILITY)) {
                return true;
            }
        }
        for (int c : s.dependents(v, "cop")) {
            if (cues.is(s.lemma(v), Cue.ABILITY) || cues.is(s.lemma(c), Cue.ABILITY)) {
                return true;
            }
        }
        return false;
    }

    /** The clause is what someone said ("said he would meet X"): its "would" is a future seen from the past. */
    private static boolean reported(int v, SentenceView s) {
        for (int g : s.governors(v, "ccomp", "parataxis")) {
            if (SpeechVerbs.shared().isSpeech(s.lemma(g))) {
                return true;
            }
        }
        return false;
    }

}
