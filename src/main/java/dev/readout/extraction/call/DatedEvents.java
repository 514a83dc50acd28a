package dev.readout.extraction.call;

import dev.readout.call.CallMedium;
import dev.readout.call.CallStatus;
import dev.readout.extraction.LanguagePipeline;
import dev.readout.extraction.date.DateResolver.DateMention;
import dev.readout.extraction.date.DateResolver.Kind;
import dev.readout.extraction.grammar.SentenceView;
import dev.readout.lexicon.Cues;
import dev.readout.lexicon.SpeechVerbs;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Stage 5, across sentences: the readings one trigger gives, dated as the article's account runs. "The next day" and
 * "later that day" count from the event told just before; an undated next step of the account ("At the airport, he
 * was met by ...") takes the day of the sentence before, unless it is told as earlier ("had met", "last met") or
 * placed by its own clause ("prior to his arrival"); a back-reference to another event of a series ("the previous
 * meeting took place in 2018") lends no date to the call it joins; and an earlier contact or a repeated meeting the
 * clause mentions ({@link CallDating#earlierContact}, {@link CallDating#repeats}) is an event of its own.
 */
public final class DatedEvents {

    /** Date kinds that name one day. */
    private static final Set<Kind> DAYS = Set.of(Kind.CALENDAR, Kind.WEEKDAY, Kind.RELATIVE, Kind.ANAPHORIC);
    /** How far back (sentences) an undated event may look for the day of the account it continues. */
    private static final int CARRY_REACH = 1;
    /** How far back (sentences) "the next day" may look for the event it counts from. */
    private static final int ANAPHOR_REACH = 3;
    /**
     * Markers by which a sentence places an event in time of its own ("prior to his arrival", "during the visit",
     * "when they met"); "after the call with X" continues the account and is not one.
     */
    private static final Set<String> PLACING_MARKERS = Set.of("before", "prior", "ahead", "since", "until", "during",
            "when", "while", "upon", "amid");
    /** Adverbs that put an event before the account it is told in. */
    private static final Set<String> EARLIER_ADVERBS = Set.of("last", "previously", "earlier", "once", "already",
            "before", "recently", "never", "formerly");
    /**
     * Words that name another event of a series than the one being told ("the previous meeting", "the 1st meeting");
     * "the first summit in a decade" is usually the one being told, so "first" is not among them.
     */
    private static final Set<String> SERIES_WORDS = Set.of("previous", "last", "earlier", "prior", "past");

    private DatedEvents() {
    }

    /**
     * The readings one trigger gives, dated: the reading itself, its "the next day" or "later that day" counted from
     * the latest reading before it that has a date (within a few sentences; unresolved otherwise), then, when it is a
     * call, any earlier contact and further meetings its clause mentions, each its own event.
     */
    public static List<Candidate> of(Candidate c, SentenceView s, List<DateMention> inSentence, List<Candidate> before,
                                     boolean published, NewsDay news) {
        List<Candidate> out = new ArrayList<>();
        Candidate main = c;
        if (c.date() != null && c.date().kind() == Kind.ANAPHORIC) {
            for (int i = before.size() - 1; i >= 0 && c.sentence() - before.get(i).sentence() <= ANAPHOR_REACH; i--) {
                DateMention d = before.get(i).date();
                if (d != null && DAYS.contains(d.kind()) && !d.earlier()) {
                    main = dated(c, c.date().anchoredTo(d), c.medium(), "date counted from '" + d.text() + "'");
                    break;
                }
            }
        }
        if (main.date() == null && c.status() == CallStatus.HELD && carries(c, c.trigger(), s)) {
            int reach = sameOccasion(c.trigger(), s) ? ANAPHOR_REACH : CARRY_REACH;
            for (int i = before.size() - 1; i >= 0 && c.sentence() - before.get(i).sentence() <= reach; i--) {
                Candidate b = before.get(i);
                if (b.sentence() == c.sentence()) {
                    continue; // a date of its own sentence that read() did not give it belongs to another event
                }
                DateMention d = b.date();
                if (d != null && b.status() == CallStatus.HELD && DAYS.contains(d.kind()) && !d.earlier()) {
                    main = dated(c, d, c.medium(), "date carried from '" + d.text() + "' just before");
                    break;
                }
            }
        }
        if (main.date() == null && c.status() == CallStatus.HELD && published && inSentence.stream().allMatch(d -> d.kind() == Kind.DATELINE)
                && !toldAsEarlier(c.trigger(), s) && justDone(c.trigger(), s)) {
            Trigger t = c.trigger();
            int verb = t.light() >= 0 ? t.light() : t.token();
            int from = s.dependents(verb, "aux").stream().min(Integer::compare).orElse(verb);
            int start = s.token(from).start(), end = s.token(verb).end();
            String words = s.text().substring(start - s.sentence().start(), end - s.sentence().start());
            main = dated(c, DateMention.reportDay(start, end, words), c.medium(), "told as just done ('" + words
                    + "'): the day of the report");
        }
        if (main.date() == null && news != null && c.status() == CallStatus.HELD && c.sentence() > news.sentence()
                && c.sentence() - news.sentence() <= NEWS_REACH && before.stream().allMatch(b -> b.date() == null)
                && carries(c, c.trigger(), s)) {
            main = dated(c, news.day(), c.medium(), "the news day of the lead ('" + news.day().text() + "')");
        }
        if (!c.isCall() && main.date() != null && ofASeries(c.trigger(), s)) {
            // "The 1st meeting took place in 2018": a back-reference to another event of a series; its date is that event's
            main = dated(main, null, c.medium(), "date of another event of a series, not taken");
        }
        out.add(main);
        if (!c.isCall()) {
            return out;
        }
        Trigger t = c.trigger();
        CallDating.Reading earlier = CallDating.earlierContact(t, s, inSentence);
        if (earlier != null) {
            out.add(dated(c, earlier.date(), CallMedium.UNKNOWN, earlier.rule()));
        }
        for (CallDating.Reading r : CallDating.repeats(t, s, inSentence)) {
            out.add(dated(c, r.date(), c.medium(), r.rule()));
        }
        return out;
    }

    /**
     * Whether an undated event may take the day of the event told just before: it is told as the next step of the
     * same account ("On October 23 the president received ... . The ambassador of X ...", "arrived on Saturday.
     * At the airport he was met by ..."), not as an earlier one ("had met", "last met", "previously spoke").
     */
    private static boolean carries(Candidate reading, Trigger t, SentenceView s) {
        if (reading.apart() || toldAsEarlier(t, s)) {
            // "one month after their summit": not the event just told, so not its day either
            return false;
        }
        for (int node : new int[]{t.token(), t.light()}) {
            if (node < 0) {
                continue;
            }
            // "prior to his arrival", "during the visit", "after the summit": the sentence places the event itself
            for (int m : s.dependents(node, "obl", "advcl", "nmod")) {
                for (int c : s.dependents(m, "case", "mark")) {
                    if (PLACING_MARKERS.contains(s.lemma(c))) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    /**
     * "The president also held a bilateral meeting with ...": "also" on the event tells it as one more step of the
     * occasion told just before, so its day may come from a few sentences back.
     */
    private static boolean sameOccasion(Trigger t, SentenceView s) {
        return t.modifiedBy(s, d -> s.lower(d).equals("also"), "advmod");
    }

    /**
     * "X has met Y", "X has held talks with Y": the present perfect of a news report tells what was just done, on the
     * day of the report, unless the clause counts or spreads the contacts ("has met twice", "have spoken regularly",
     * "has ever met") or denies them. The GUIDELINES' "today in a same-day release is the published date".
     */
    private static boolean justDone(Trigger t, SentenceView s) {
        int verb = t.light() >= 0 ? t.light() : t.token();
        if (!s.pos(verb).equals("VBN")) {
            return false;
        }
        boolean perfect = false;
        for (int a : s.dependents(verb, "aux")) {
            String w = s.lower(a);
            perfect |= w.equals("has") || w.equals("have") || w.equals("'ve") || w.equals("'s");
        }
        if (!perfect) {
            return false;
        }
        // a denied or counted contact is no held reading by now (StatusRules); what is left to rule out is a clause
        // that spreads the contacts over time ("have met three times this year", "has ever met", "have spoken since")
        for (int node : new int[]{verb, t.token()}) {
            for (int d : s.dependents(node, "advmod", "obl:tmod", "obl:npmod", "obl", "nummod", "amod")) {
                if (spreads(s, d)) {
                    return false;
                }
                for (int n : s.dependents(d, "nummod", "amod", "det")) {
                    if (spreads(s, n)) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    /** A count of contacts (the lexicon's COUNT cues: "times", "often", "several") or "ever", "twice", "since". */
    private static boolean spreads(SentenceView s, int token) {
        String l = s.lemma(token);
        return Cues.shared().is(l, Cues.Cue.COUNT) || l.equals("ever") || l.equals("twice") || l.equals("since");
    }

    /** How far after the lead (sentences) an undated contact may be what the lead's day tells. */
    private static final int NEWS_REACH = 2;
    /** The day a news lead gives its report ("X said Friday he agreed with Y ..."), and the lead's sentence. */
    public record NewsDay(int sentence, DateMention day) {
    }

    /**
     * The news day of an article: a lead among its first sentences whose main verb is a verb of speech dated to a day
     * of its own ("X said Friday ...", "X told reporters on Monday ..."). A news report tells what the lead's day
     * brought, so the undated contact the next sentences tell as the lead's news ("... after speaking on the phone
     * with Y") took place that day; one told as earlier, or placed by its own clause, does not ({@link #carries}).
     */
    public static NewsDay newsDay(List<SentenceView> views, java.util.function.Function<SentenceView, List<DateMention>> dates) {
        for (SentenceView s : views.subList(0, Math.min(LanguagePipeline.LEAD_SENTENCES, views.size()))) {
            if (!s.parsed()) {
                continue; // the pipeline parses a lead with a verb of speech and a day (LanguagePipeline.datedSpeech)
            }
            int root = -1;
            for (int i = 0; i < s.size(); i++) {
                if (s.head(i) < 0 && s.isVerb(i)) {
                    root = i;
                }
            }
            if (root < 0 || !SpeechVerbs.shared().isSpeech(s.lemma(root))) {
                continue;
            }
            DateMention day = null;
            for (DateMention d : dates.apply(s)) {
                int tok = CallDating.lastToken(s, d);
                if (tok < 0 || !DAYS.contains(d.kind()) || d.earlier()) {
                    continue;
                }
                CallDating.Attachment a = CallDating.attach(s, tok, d);
                if (a.owner() == root && !a.foreign()) {
                    if (day != null) {
                        return null; // two days on the lead: which is the news is not told
                    }
                    day = d;
                }
            }
            if (day != null) {
                return new NewsDay(s.sentence().index(), day);
            }
        }
        return null;
    }

    /** "had met", "last met", "previously spoke": told as before the account. */
    private static boolean toldAsEarlier(Trigger t, SentenceView s) {
        for (int node : new int[]{t.token(), t.light()}) {
            if (node < 0) {
                continue;
            }
            for (int a : s.dependents(node, "aux", "advmod")) {
                String w = s.lower(a);
                if (w.equals("had") || EARLIER_ADVERBS.contains(w)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** An event named as another of a series: "their previous talks", "the 1st meeting". */
    private static boolean ofASeries(Trigger t, SentenceView s) {
        for (int d : s.dependents(t.token(), "amod", "nummod", "advmod")) {
            if (SERIES_WORDS.contains(s.lemma(d)) || s.lower(d).matches("\\d+(?:st|nd|rd|th)")) {
                return true;
            }
        }
        return false;
    }

    private static Candidate dated(Candidate c, DateMention date, CallMedium medium, String why) {
        return c.dated(date, medium, why);
    }
}
