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
        for (Sentence sentence : text.sentences()) {
            SentenceView s = SentenceView.of(sentence, text.text(), people);
            List<Trigger> triggers = TriggerFinder.find(s);
            if (triggers.isEmpty()) {
                continue;
            }
            List<DateMention> sentenceDates = dates.find(sentence.start(), sentence.end());
            for (Trigger t : triggers) {
                Candidate c = read(t, s, people, articleStates, sentenceDates, recentParties(candidates, t.sentence()));
                if (c != null) {
                    candidates.add(c);
                    trace.add(describe(c, s));
                }
            }
        }
        List<ExtractedCall> calls = new ArrayList<>();
        for (ArticleCalls.Call call : ArticleCalls.merge(candidates, dates)) {
            calls.add(toExtracted(call, text, dates));
        }
        return new Result(calls, trace);
    }

    private static Candidate read(Trigger t, SentenceView s, ArticlePeople people, Set<String> articleStates,
                                  List<DateMention> sentenceDates, List<Actor> group) {
        List<String> trace = new ArrayList<>();
        if (s.quoted(t.token())) {
            return null; // a quotation's words are its speaker's; quotations are attributed on their own
        }
        List<SideHit> hits = new ArrayList<>();
        for (SideRule r : SideRules.ALL) {
            hits.addAll(r.read(t, s));
        }
        List<Actor> subjects = new ArrayList<>();
        List<Actor> partners = new ArrayList<>();
        for (Parties.Found f : Parties.read(s, hits, people, group)) {
            if (!admissible(f, t)) {
                trace.add("not a party: " + f.actor().name() + " (" + f.hit().rule() + ")");
                continue;
            }
            (f.hit().role() == SideHit.Role.SUBJECT ? subjects : partners).add(f.actor());
            trace.add(f.actor() + " <- " + f.hit().rule());
        }
        partners.removeIf(p -> subjects.stream().anyMatch(x -> x.key().equals(p.key())));
        if (subjects.isEmpty() && partners.isEmpty() && !anaphoric(t, s)) {
            return null;
        }
        StatusRules.Reading status = StatusRules.read(t, s);
        MediumRules.Reading medium = MediumRules.read(t, s);
        CallDating.Reading date = CallDating.read(t, s, sentenceDates);
        trace.add("status " + status.decision());
        trace.add("medium " + medium.medium() + " (" + medium.rule() + ")");
        trace.add("date " + (date.date() == null ? "none" : "'" + date.date().text() + "'") + " (" + date.rule() + ")");
        List<Actor> all = new ArrayList<>(subjects);
        all.addAll(partners);
        Decision verdict = Diplomacy.judge(all, articleStates);
        trace.add(verdict.toString());
        return new Candidate(t, subjects, partners, status.status(), medium.medium(), date.date(), separately(t, s),
                anaphoric(t, s), verdict, trace);
    }

    /**
     * A party must be someone who can hold a call: a person, an office or organisation, or a state named where
     * states negotiate ("talks between Iran and the EU"); a state as the object of a visit or a meeting is a place.
     */
    private static boolean admissible(Parties.Found f, Trigger t) {
        ParticipantKind kind = f.actor().participant().kind();
        if (kind != ParticipantKind.COUNTRY) {
            return true;
        }
        return !(f.hit().rule().equals("object") || t.frame() == Frame.VISIT || t.frame() == Frame.MEET && !t.isNoun());
    }

    /** "the call", "their meeting", "this conversation", "during the talks": an event already told. */
    private static boolean anaphoric(Trigger t, SentenceView s) {
        if (!t.isNoun()) {
            return false;
        }
        for (int d : s.dependents(t.token(), "det", "nmod:poss")) {
            String l = s.lemma(d);
            if (l.equals("the") || l.equals("this") || l.equals("that") || l.equals("their") || l.equals("these")) {
                return true;
            }
        }
        return false;
    }

    /** "separate calls with A, B and C", "spoke separately with", and ambassadors each presenting credentials. */
    private static boolean separately(Trigger t, SentenceView s) {
        if (t.frame() == Frame.CREDENTIALS) {
            return true;
        }
        for (int node : new int[]{t.token(), t.light()}) {
            if (node >= 0 && s.hasDependent(node, d -> s.lemma(d).equals("separate") || s.lemma(d).equals("separately")
                    || s.lemma(d).equals("individual") || s.lemma(d).equals("respectively"), "amod", "advmod")) {
                return true;
            }
        }
        return false;
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

    private static Set<String> articleStates(ArticlePeople people) {
        return people.states();
    }

    private static ExtractedCall toExtracted(ArticleCalls.Call call, AnalyzedText text, DateResolver dates) {
        List<ExtractedParticipant> ps = new ArrayList<>();
        call.actors.forEach(a -> ps.add(a.participant()));
        LocalDate date = null;
        DatePrecision precision = DatePrecision.UNKNOWN;
        String words = null;
        if (call.date != null) {
            DateResolver.Resolved r = dates.resolve(call.date, call.status == CallStatus.PLANNED);
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
        return new ExtractedCall(ps, date, precision, words, medium, call.status, ev);
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
