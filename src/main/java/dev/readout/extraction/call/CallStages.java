package dev.readout.extraction.call;

import dev.readout.call.CallMedium;
import dev.readout.call.CallStatus;
import dev.readout.call.DatePrecision;
import dev.readout.extraction.AnalyzedText;
import dev.readout.extraction.AnalyzedText.Sentence;
import dev.readout.extraction.Evidence;
import dev.readout.extraction.ExtractedCall;
import dev.readout.extraction.ExtractedParticipant;
import dev.readout.extraction.date.DateResolver;
import dev.readout.extraction.date.DateResolver.DateMention;
import dev.readout.extraction.grammar.SentenceView;
import dev.readout.extraction.people.ArticlePeople;
import dev.readout.extraction.people.ArticlePeople.Party;
import dev.readout.lexicon.Cues;
import dev.readout.lexicon.Gazetteer;
import dev.readout.lexicon.Level;
import dev.readout.lexicon.Triggers.Frame;
import dev.readout.participant.ParticipantKind;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The calls an article reports, in stages over each parsed sentence: triggers ({@link TriggerFinder}), sides
 * ({@link SideRules}), parties and their types ({@link Parties}, {@link Actor}), status and medium
 * ({@link StatusRules}, {@link MediumRules}), date ({@link CallDating}), the diplomatic test ({@link Diplomacy}), then
 * merging within the article ({@link ArticleCalls}). A pure function of the analysed article and its people index;
 * every reading leaves a trace of the rules that decided it.
 */
public final class CallStages {

    /** The calls, and a trace line per trigger read. */
    public record Result(List<ExtractedCall> calls, List<String> trace) {
    }

    private CallStages() {
    }

    public static Result run(AnalyzedText text, ArticlePeople people) {
        DateResolver dates = new DateResolver(text.text(), text.publishedOn());
        Set<String> articleStates = articleStates(people);
        List<Candidate> candidates = new ArrayList<>();
        List<String> trace = new ArrayList<>();
        List<SentenceView> views = new ArrayList<>();
        for (Sentence sentence : text.sentences()) {
            views.add(SentenceView.of(sentence, text.text(), people));
        }
        DatedEvents.NewsDay news = DatedEvents.newsDay(views, v -> dates.find(v.sentence().start(), v.sentence().end()));
        for (SentenceView s : views) {
            Sentence sentence = s.sentence();
            List<Trigger> triggers = TriggerFinder.find(s);
            if (triggers.isEmpty()) {
                continue;
            }
            List<DateMention> sentenceDates = dates.find(sentence.start(), sentence.end());
            for (Trigger t : triggers) {
                Candidate c = t.frame() == Frame.CREDENTIALS
                        ? ceremony(t, s, views, people, sentenceDates)
                        : read(t, s, people, articleStates, sentenceDates, recentParties(candidates, t.sentence()),
                        latestParties(candidates));
                if (c != null) {
                    // dates: "the next day" counted from the event before; earlier contacts and repeats as their own events
                    for (Candidate x : DatedEvents.of(c, s, sentenceDates, candidates, text.publishedOn() != null, news)) {
                        candidates.add(x);
                        trace.add(describe(x, s));
                    }
                }
            }
        }
        List<ExtractedCall> calls = new ArrayList<>();
        for (ArticleCalls.Call call : ArticleCalls.merge(candidates, dates)) {
            calls.add(toExtracted(call, text, dates));
        }
        return new Result(calls, trace);
    }

    /** Whether a date names a day (a date, a weekday, "yesterday"), not only a month or a year. */
    private static boolean onADay(DateMention d) {
        return d != null && (d.day() != null || d.weekday() != null || d.relative() != null);
    }

    /**
     * "In Brasilia, X hopes to meet Y": a place on the verb that wishes the contact is where it is wished to happen
     * (the event is the wish's infinitive, so its own clause has no place words).
     */
    private static boolean wishedAt(Trigger t, SentenceView s) {
        int wish = s.head(t.clauseHead());
        if (wish < 0 || !s.relation(t.clauseHead()).equals("xcomp")) {
            return false;
        }
        return MediumRules.placeOf(new Trigger(t.sentence(), wish, t.word(), -1), s) >= 0;
    }

    private static Candidate read(Trigger t, SentenceView s, ArticlePeople people, Set<String> articleStates,
                                  List<DateMention> sentenceDates, List<Actor> near, List<Actor> latest) {
        List<String> trace = new ArrayList<>();
        if (s.quoted(t.token())) {
            return null; // a quotation's words are its speaker's; quotations are attributed on their own
        }
        List<SideHit> hits = new ArrayList<>();
        for (SideRule r : SideRules.ALL) {
            hits.addAll(r.read(t, s));
        }
        hits = withConjuncts(hits, s);
        List<Actor> subjects = new ArrayList<>();
        List<Actor> partners = new ArrayList<>();
        List<Parties.Found> found = Parties.notTheirOwnCounterpart(Parties.read(s, hits, people, near, latest), people, trace);
        boolean clauseHasPair = found.stream().filter(f -> f.hit().rule().equals("framingClause")
                || f.hit().rule().equals("subject")).count() >= 2;
        // "after the Bush-Putin talks, X and Y began ...": an event whose own words name two parties is theirs alone;
        // "a meeting with A and B" names only the partners' side, and the clause's subject is the other
        boolean nounHasPair = found.stream().filter(f -> OWN_NOUN_RULES.contains(f.hit().rule())).count() >= 2
                && found.stream().anyMatch(f -> OWN_NOUN_RULES.contains(f.hit().rule()) && !withPartner(f.hit(), t, s));
        for (Parties.Found f : found) {
            if (nounHasPair && f.hit().rule().equals("framingClause")) {
                trace.add("the event's own words name its parties, not the clause's subject " + f.actor().name());
                continue;
            }
            if (clauseHasPair && f.hit().rule().equals("possessor") && f.mention() != null
                    && f.mention().kind() == ArticlePeople.Kind.GROUP) {
                trace.add("'" + f.mention().text() + "' is the clause's own subjects, not " + f.actor().name());
                continue;
            }
            if (!admissible(f, t)) {
                trace.add("not a party: " + f.actor().name() + " (" + f.hit().rule() + ")");
                continue;
            }
            (f.hit().role() == SideHit.Role.SUBJECT ? subjects : partners).add(f.actor());
            trace.add(f.actor() + " <- " + f.hit().rule());
        }
        partners.removeIf(p -> subjects.stream().anyMatch(x -> x.key().equals(p.key())));
        dropRedundantStates(subjects, partners, trace);
        dropCompanions(subjects, partners, trace);
        if (subjects.isEmpty() && partners.size() >= 2 && found.stream().filter(f -> f.hit().role() == SideHit.Role.PARTNER)
                .allMatch(f -> ONE_SIDE_RULES.contains(f.hit().rule()))) {
            // "(someone) met with A and B": A and B are one side; who met them is not known
            trace.add("the partners are one side and the other is not known");
            partners.clear();
        }
        if (partners.isEmpty() && hits.stream().anyMatch(h -> h.role() == SideHit.Role.PARTNER && !h.rule().equals("passive")
                && namesSomeone(h, s))
                && found.stream().noneMatch(f -> f.hit().role() == SideHit.Role.PARTNER)) {
            // "the two presidents will meet journalists": the partner named is nobody who holds a call
            trace.add("the partner named is no party: the subjects did not meet each other");
            subjects.clear();
        }
        if (subjects.isEmpty() && partners.isEmpty() && !anaphoric(t, s)) {
            return null;
        }
        StatusRules.Reading status = StatusRules.read(t, s);
        MediumRules.Reading medium = MediumRules.read(t, s);
        CallDating.Reading date = CallDating.read(t, s, sentenceDates);
        boolean placed = MediumRules.placeOf(t, s) >= 0 || wishedAt(t, s);
        if (status.status() == null && status.decision().rule().equals("wish") && (date.onEvent() || placed)) {
            // the time must be the contact's own: "had vowed in March to meet" dates the vow
            // GUIDELINES: a contact announced for the future with a time or place is planned, even when hoped for
            // ("in Brazil, Obama hopes to meet Rousseff"); without either it stays a wish
            status = StatusRules.Reading.planned("wishWithPlace", "wished for, with a " + (date.date() != null ? "day" : "place"));
        }
        trace.add("status " + status.decision());
        trace.add("medium " + medium.medium() + " (" + medium.rule() + ")");
        trace.add("date " + (date.date() == null ? "none" : "'" + date.date().text() + "'") + " (" + date.rule() + ")");
        List<Actor> all = new ArrayList<>(subjects);
        all.addAll(partners);
        Decision verdict = Diplomacy.judge(all, articleStates);
        if (verdict.keep() && status.status() == CallStatus.PLANNED && !status.decision().rule().equals("scheduled")
                && date.date() == null && !placed && !medium.rule().startsWith("modifier 'sideline")) {
            // GUIDELINES: a planned contact is announced with a time or place; without either it is a wish
            verdict = Decision.drop("vaguePlan", "planned with neither a day nor a place");
        }
        if (verdict.keep() && all.stream().allMatch(a -> a.participant().kind() == ParticipantKind.COUNTRY)
                && date.date() == null && MediumRules.placeOf(t, s) < 0) {
            verdict = Decision.drop("statesOnly", "only states, with no day or place: a process, not one event");
        }
        if (verdict.keep() && Multilateral.namedGathering(t, s)) {
            // "discussed the upcoming Summit of the Americas": a gathering with a name of its own is multilateral, and
            // those who attend or discuss it are not shown meeting each other there (GUIDELINES: not listed one by one)
            verdict = Decision.drop("namedGathering", "'" + s.word(t.token()) + "' is the name of a multilateral gathering");
        }
        if (verdict.keep() && all.size() == 2 && StatusRules.uncountedPlural(t, s) && !onADay(date.date())) {
            // "had held phone conversations on April 3": tellings of one day are that day's contact
            verdict = Decision.drop("uncountedPlural", "'" + s.word(t.token()) + "' sums contacts of one pair, not one event");
        }
        int body = Multilateral.gatheringOf(t, s);
        if (verdict.keep() && body >= 0) {
            // GUIDELINES: a multilateral event whose participants are not listed one by one is no entry
            verdict = Decision.drop("regionalGathering", "a gathering of '" + s.word(body) + "' of a region or a bloc");
        }
        int crowd = Multilateral.crowd(hits, s);
        if (verdict.keep() && crowd >= 0) {
            // GUIDELINES: a multilateral event whose participants are not listed one by one is no entry
            verdict = Decision.drop("crowd", "with '" + s.word(crowd) + "' not listed one by one: a multilateral event");
        }
        if (verdict.keep() && t.frame() == Frame.ARRIVE) {
            verdict = Decision.drop("arrival", "an arrival is no contact; its day dates the meetings told next");
        }
        trace.add(verdict.toString());
        boolean saidSeparate = saidSeparate(t, s);
        boolean separately = saidSeparate || oneWithSeveral(t, s, subjects, partners);
        if (separately) {
            trace.add("one call per partner");
        }
        boolean apart = !retold(t, s) && measuredAgainst(t, s);
        boolean distinct = apart || distinct(t, s);
        if (apart) {
            trace.add("the yardstick of another event of its sentence ('after', 'before', 'since'): an event of its own");
        } else if (distinct) {
            trace.add("another event than any told before ('again', 'another', 'second')");
        }
        boolean joins = anaphoric(t, s) && t.light() >= 0 && SideRules.JOIN_VERBS.contains(s.lemma(t.light()));
        if (joins) {
            trace.add("joins the event already told");
        }
        boolean first = FirstContact.toldAsFirst(t, s);
        if (first) {
            trace.add("told as the parties' first contact of its kind ('first')");
        }
        return new Candidate(t, subjects, partners, status.status(), medium.medium(), medium.said(), date.date(), separately,
                saidSeparate,
                anaphoric(t, s) && !distinct, distinct, apart, joins, first, verdict, trace);
    }

    /** A credentials ceremony: one in-person meeting of the host with each named ambassador ({@link Accreditations}). */
    private static Candidate ceremony(Trigger t, SentenceView s, List<SentenceView> views, ArticlePeople people,
                                      List<DateMention> sentenceDates) {
        Accreditations.Ceremony c = Accreditations.read(t, s, views, people);
        List<String> trace = new ArrayList<>(c.trace());
        StatusRules.Reading status = StatusRules.read(t, s);
        CallDating.Reading date = CallDating.read(t, s, sentenceDates);
        trace.add("status " + status.decision());
        trace.add("date " + (date.date() == null ? "none" : "'" + date.date().text() + "'") + " (" + date.rule() + ")");
        Decision verdict = c.hosts().isEmpty() || c.envoys().isEmpty()
                ? Decision.drop("credentials", "no host or no named ambassador")
                : Decision.keep("credentials", "a named foreign ambassador presents credentials");
        trace.add(verdict.toString());
        return new Candidate(t, c.hosts(), c.envoys(), status.status(), CallMedium.IN_PERSON, true, date.date(), true, true, false,
                false, false, false, false, verdict, trace);
    }

    /**
     * A state named beside a person of that state adds nothing ("Tajikistan" beside its president), and where two or
     * more people take part they are the principals ("the leaders of Kenya and Djibouti, X and Y, held talks").
     */
    private static void dropRedundantStates(List<Actor> subjects, List<Actor> partners, List<String> trace) {
        List<Actor> all = new ArrayList<>(subjects);
        all.addAll(partners);
        long people = all.stream().filter(a -> a.participant().kind() == ParticipantKind.PERSON).count();
        for (List<Actor> side : List.of(subjects, partners)) {
            side.removeIf(a -> {
                boolean redundant = a.participant().kind() == ParticipantKind.COUNTRY && (people >= 2 || all.stream().anyMatch(o ->
                        o.participant().kind() != ParticipantKind.COUNTRY && a.state() != null && a.state().equals(o.state())));
                if (redundant) {
                    trace.add("not a party: " + a.name() + " (a person of that state takes part)");
                }
                return redundant;
            });
        }
    }

    /**
     * Where two or more people act for states, those without office (a leader's wife, a company chief in the
     * delegation) are companions, not principals of the meeting.
     */
    private static void dropCompanions(List<Actor> subjects, List<Actor> partners, List<String> trace) {
        List<Actor> all = new ArrayList<>(subjects);
        all.addAll(partners);
        if (all.stream().filter(a -> a.level() != Level.NONSTATE).count() < 2) {
            return;
        }
        for (List<Actor> side : List.of(subjects, partners)) {
            side.removeIf(a -> {
                boolean companion = a.level() == Level.NONSTATE;
                if (companion) {
                    trace.add("not a principal: " + a.name() + " (no office beside officials)");
                }
                return companion;
            });
        }
    }

    /**
     * A party must be someone who can hold a call: a person, an office or organisation, or a state named where
     * states negotiate ("talks between Iran and the EU"); a state as the object of a visit or a meeting is a place.
     */
    private static boolean admissible(Parties.Found f, Trigger t) {
        ParticipantKind kind = f.actor().participant().kind();
        if (kind == ParticipantKind.PERSON && t.frame() == Frame.VISIT && f.hit().rule().equals("object")
                && f.actor().level() == Level.UNKNOWN && f.actor().state() == null) {
            return false; // "visited Lalibella": a name with no office that one visits is most likely a place
        }
        if (kind != ParticipantKind.COUNTRY) {
            return true;
        }
        if (f.mention() != null && Gazetteer.shared().isCapital(f.mention().text())) {
            return false; // "Moscow", "RIYADH": a place, a dateline, or the government by metonymy; never a party
        }
        return !(f.hit().rule().equals("object") || t.frame() == Frame.VISIT || t.frame() == Frame.MEET && !t.isNoun());
    }

    /**
     * "spoke again", "another call", "their third call", "a second meeting", "last met", "first met": another event
     * than the one just told.
     */
    private static boolean distinct(Trigger t, SentenceView s) {
        if (retold(t, s)) {
            return false;
        }
        return t.modifiedBy(s, d -> Cues.shared().is(s.lemma(d), Cues.Cue.DISTINCT), "advmod", "amod", "det");
    }

    /** A party the event noun names in a "with" (or "to", "from") phrase: the side facing its holder. */
    private static boolean withPartner(SideHit h, Trigger t, SentenceView s) {
        return h.rule().equals("nounOblique") && s.governors(h.token()).stream()
                .anyMatch(a -> a.governor() == t.token() && !a.relation().equals("nmod:between"));
    }

    /** Rules whose partners all stand on one side of the event: with no subject, they met nobody known. */
    private static final Set<String> OWN_NOUN_RULES = Set.of("compound", "possessor", "nounOblique");
    private static final Set<String> ONE_SIDE_RULES = Set.of("oblique", "object", "adjacentPhrase", "elidedPhrase");


    /**
     * "The meeting came a month after their summit in Russia", "the first call since their talks in May": an event
     * noun in an "after", "before" or "since" phrase of a clause whose subject is another event is that event's
     * yardstick, an event of its own. ("After the talks, the leaders spoke to the press" is no such clause: nothing
     * there is an event but the talks.)
     */
    private static boolean measuredAgainst(Trigger t, SentenceView s) {
        if (!t.isNoun()) {
            return false;
        }
        boolean marked = false;
        int cur = t.token();
        for (int depth = 0; depth < 4; depth++) {
            String r = s.relation(cur);
            String marker = r.contains(":") ? r.substring(r.indexOf(':') + 1) : "";
            marked |= YARDSTICKS.contains(marker);
            int h = s.head(cur);
            if (h < 0) {
                return false;
            }
            if (s.isVerb(h)) {
                int verb = h;
                // only a clause whose subject is an event: "following their meeting, X and Y spoke by phone" may
                // name by "their" the parties of a meeting told before, and must stay free to join it
                return marked && s.dependents(verb, "nsubj", "nsubj:pass").stream()
                        .anyMatch(x -> x != t.token() && s.isNoun(x) && dev.readout.lexicon.Triggers.shared().noun(s.lemma(x)) != null);
            }
            cur = h;
        }
        return false;
    }

    private static final Set<String> YARDSTICKS = Set.of("after", "before", "since", "following");

    /**
     * "It was the first meeting between the two since ...", "This was their second call": the noun is what a pronoun
     * is said to be, so it sums up the event just told, whatever its ordinal says of the pair's history.
     */
    private static boolean retold(Trigger t, SentenceView s) {
        return t.isNoun() && s.hasDependent(t.token(), d -> s.lemma(d).equals("be"), "cop")
                && s.hasDependent(t.token(), d -> RETELLING_SUBJECTS.contains(s.lower(d)), "nsubj");
    }

    private static final Set<String> RETELLING_SUBJECTS = Set.of("it", "this", "that");

    /** "the call", "their meeting", "this conversation", "during the talks": an event already told. */
    private static boolean anaphoric(Trigger t, SentenceView s) {
        if (!t.isNoun()) {
            return false;
        }
        if (retold(t, s)) {
            return true;
        }
        for (int d : s.dependents(t.token(), "det", "nmod:poss")) {
            String l = s.lemma(d);
            if (l.equals("the") || l.equals("this") || l.equals("that") || l.equals("their") || l.equals("these")) {
                return true;
            }
        }
        return false;
    }

    /**
     * A list of people one person met or spoke to ("met the prime minister, the president and the foreign minister"),
     * which reports one meeting each unless a single event names them ("a video call with European leaders", "a
     * meeting with Kerry and Ashton"); {@link ArticleCalls} joins them again when the article also tells the meeting
     * of all of them.
     */
    private static boolean oneWithSeveral(Trigger t, SentenceView s, List<Actor> subjects, List<Actor> partners) {
        // a single event noun names one event; a host receives its guests together ("will host A and B in Ankara")
        boolean singleEvent = t.isNoun() && s.pos(t.token()).equals("NN") || t.frame() == Frame.HOST;
        return subjects.size() == 1 && partners.size() >= 2 && !singleEvent;
    }

    /**
     * "met X, who ..., and Y, who ...": a relative clause between two conjoined names keeps the parser from copying
     * X's relation to Y (enhanced++ leaves Y only a conjunct of X). A name conjoined to a party's token stands where
     * that token stands, under the same rule; what enhanced++ already copied is not added twice.
     */
    private static List<SideHit> withConjuncts(List<SideHit> hits, SentenceView s) {
        List<SideHit> out = new ArrayList<>(hits);
        for (SideHit h : hits) {
            for (int c : s.dependents(h.token(), "conj")) {
                boolean named = s.pos(c).startsWith("NNP") || s.mention(c) != null;
                if (named && !s.isVerb(h.token()) && out.stream().noneMatch(o -> o.token() == c)) {
                    out.add(new SideHit(c, h.role(), h.rule()));
                }
            }
        }
        return out;
    }

    /**
     * Whether a partner's word can name someone met: a name, a role, a pronoun, or a plural or proper noun ("met
     * journalists", "talks with the press"). In an event noun's "with" phrase, a singular common noun is a thing
     * ("emerged from talks with a sense of agreement"), which leaves the subjects' own event alone; a verb's thing
     * ("hoped to receive a response") still says the verb is no meeting.
     */
    private static boolean namesSomeone(SideHit h, SentenceView s) {
        String pos = s.pos(h.token());
        return !h.rule().equals("nounOblique") || s.mention(h.token()) != null || !pos.equals("NN");
    }

    /** "separate calls with A, B and C", "spoke individually with": the text says the calls were apart. */
    private static boolean saidSeparate(Trigger t, SentenceView s) {
        return t.modifiedBy(s, d -> Cues.shared().is(s.lemma(d), Cues.Cue.SEPARATE)
                || Cues.shared().is(s.lower(d), Cues.Cue.SEPARATE), "amod", "advmod");
    }

    /** The parties of the latest call read within the last sentences: what "the two leaders" or "they" stand for. */
    private static List<Actor> recentParties(List<Candidate> candidates, int sentence) {
        for (int i = candidates.size() - 1; i >= 0; i--) {
            Candidate c = candidates.get(i);
            if (sentence - c.sentence() > ArticleCalls.ANAPHOR_REACH) {
                break;
            }
            if (c.isCall()) {
                return c.actors();
            }
        }
        return List.of();
    }

    /** The parties of the latest call read anywhere before. */
    private static List<Actor> latestParties(List<Candidate> candidates) {
        for (int i = candidates.size() - 1; i >= 0; i--) {
            if (candidates.get(i).isCall()) {
                return candidates.get(i).actors();
            }
        }
        return List.of();
    }

    private static Set<String> articleStates(ArticlePeople people) {
        return people.states();
    }

    private static ExtractedCall toExtracted(ArticleCalls.Call call, AnalyzedText text, DateResolver dates) {
        List<ExtractedParticipant> ps = new ArrayList<>();
        call.actors.forEach(a -> ps.add(a.participant()));
        LocalDate date = null;
        DatePrecision precision = DatePrecision.UNKNOWN;
        String words = null;
        CallStatus status = call.status;
        if (call.date != null) {
            DateResolver.Resolved r = dates.resolve(call.date, status == CallStatus.PLANNED);
            if (status == CallStatus.HELD && r.date() != null && r.precision() == DatePrecision.DAY
                    && text.publishedOn() != null && r.date().isAfter(text.publishedOn())) {
                // told as held but dated after the article: announced, not yet held ("talks in Kiev on Jan. 19")
                status = CallStatus.PLANNED;
                r = dates.resolve(call.date, true);
            }
            date = r.date();
            precision = r.precision();
            words = r.text();
        }
        List<Evidence> ev = new ArrayList<>();
        for (int si : call.sentences) {
            Sentence s = text.sentences().get(si);
            ev.add(new Evidence(s.text(text.text()), s.start(), s.end()));
        }
        CallMedium medium = call.medium == null ? CallMedium.UNKNOWN : call.medium;
        return new ExtractedCall(ps, date, precision, words, medium, status, ev, call.first);
    }

    private static String describe(Candidate c, SentenceView s) {
        StringBuilder sb = new StringBuilder();
        sb.append('#').append(c.sentence()).append(" '").append(s.word(c.trigger().token())).append("' ")
                .append(c.trigger().word().wordClass()).append('/').append(c.trigger().frame());
        if (c.trigger().light() >= 0) {
            sb.append(" light '").append(s.word(c.trigger().light())).append('\'');
        }
        for (String line : c.trace()) {
            sb.append("\n    ").append(line);
        }
        return sb.toString();
    }
}
