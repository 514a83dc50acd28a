package dev.readout.extraction.call;

import dev.readout.extraction.AnalyzedText;
import dev.readout.extraction.date.DateResolver.DateMention;
import dev.readout.extraction.date.DateResolver.Kind;
import dev.readout.extraction.grammar.SentenceView;
import dev.readout.lexicon.Triggers;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Stage 5: the date expression that dates an event, read from the grammar.
 * <ul>
 * <li>{@link #read}: the date attached to the event's clause, nearest first: the trigger itself ("a call on 16
 * January"), its light verb ("held talks on Monday"), then the clause it serves ("arrived on Saturday for talks",
 * "flew to Moscow on Saturday to meet Putin", "held their first round of talks on Tuesday", "the meeting took place
 * on Monday"); else the one date in the sentence that hangs from no clause. A date that dates something else is not
 * taken: one inside another clause, one introduced by "since", "before", "after" ("since February", "before the
 * summit on Monday"), and the dateline, which dates the report. An event said to last several days ("four days of
 * talks", "two-day talks") has no single day.</li>
 * <li>{@link #earlierContact}: the day of an earlier contact the sentence mentions in passing ("the first time he
 * has spoken with Shoygu since February 18"), which is its own event.</li>
 * <li>{@link #repeats}: the days of the same parties' further meetings told in the same clause ("first met on April
 * 27 and then again on May 26").</li>
 * </ul>
 * {@link DatedEvents} dates readings across the account (the next day, carried days) and makes the last two events.
 */
public final class CallDating {

    private CallDating() {
    }

    /** @param onEvent the date hangs on the event's own words, not on a clause around it ("vowed in March to meet") */
    public record Reading(DateMention date, String rule, boolean onEvent) {
        Reading(DateMention date, String rule) {
            this(date, rule, date != null);
        }
    }

    /** Case markers and subordinators that make a date another event's: "since May", "before the vote on Monday". */
    private static final Set<String> FOREIGN_MARKERS = Set.of("since", "until", "till", "before", "ahead", "after",
            "following", "prior", "by");
    /** Relations by which an event noun serves the clause above it ("held a round of talks", "came for talks"). */
    private static final Set<String> NOUN_UP = Set.of("obj", "nmod:of", "compound", "nsubj", "nsubj:pass", "obl:for",
            "obl:in", "appos", "obl:during", "obl:at", "obl:over"); // "On Tuesday X and Y presided over the signing"
    /** Relations by which a verb serves the clause above it ("flew to Moscow to meet", "arrived and met"). */
    private static final Set<String> VERB_UP = Set.of("xcomp", "advcl", "advcl:to", "conj:and", "conj");
    /** Date kinds by how precisely they name the day, most precise first. */
    private static final List<Kind> PRECISION = List.of(Kind.RANGE, Kind.CALENDAR, Kind.WEEKDAY, Kind.RELATIVE,
            Kind.ANAPHORIC, Kind.MONTH, Kind.YEAR, Kind.VAGUE);

    public static Reading read(Trigger t, SentenceView s, List<DateMention> inSentence) {
        List<Integer> ladder = ladder(t, s);
        DateMention best = null;
        int bestRung = Integer.MAX_VALUE;
        DateMention loose = null;
        int looseCount = 0;
        for (DateMention d : inSentence) {
            int tok = lastToken(s, d);
            if (tok < 0 || d.kind() == Kind.DATELINE) {
                continue;
            }
            Attachment a = attach(s, tok, d);
            int rung = a.owner() < 0 || a.foreign() ? -1 : ladder.indexOf(a.owner());
            if (rung == 1 && t.light() >= 0) {
                rung = 0; // the event noun and its light verb are one event: "held talks on Friday, the first such meeting this year"
            }
            if (rung < 0 && a.verb() >= 0 && !a.foreignToVerb() && ladder.contains(a.verb())) {
                // "held talks on the sidelines of the summit in Beijing on Monday": the date of the event's own
                // setting, weaker than a date on the event itself
                rung = ladder.size() + ladder.indexOf(a.verb());
            }
            if (rung >= 0) {
                if (rung < bestRung || rung == bestRung && PRECISION.indexOf(d.kind()) < PRECISION.indexOf(best.kind())) {
                    best = d;
                    bestRung = rung;
                }
            } else if (a.owner() < 0) {
                loose = d;
                looseCount++;
            }
        }
        DateMention span = severalDays(t, s, best);
        if (span != null) {
            return new Reading(span, "an event of several days");
        }
        if (best != null) {
            return new Reading(best, bestRung < ladder.size() ? "attached to '" + s.word(ladder.get(bestRung)) + "'"
                    : "in the setting of '" + s.word(ladder.get(bestRung - ladder.size())) + "'", bestRung == 0);
        }
        if (looseCount == 1) {
            return new Reading(loose, "the sentence's only free date");
        }
        Reading followed = dayOfWhatFollowed(t, s, inSentence);
        return followed != null ? followed : new Reading(null, "no date attached");
    }

    /** Obliques that put an event just before its clause: "held a press conference following talks", "after talks". */
    private static final Set<String> RIGHT_AFTER = Set.of("obl:following", "obl:after");

    /**
     * An event noun nothing else dates, in an oblique that puts it just before its clause ("a press conference held
     * following talks in Berlin, on Monday"), takes the clause's own date: what follows an event in one sentence
     * comes right after it, the same day as told. Only a date of that clause itself, not a foreign one.
     */
    private static Reading dayOfWhatFollowed(Trigger t, SentenceView s, List<DateMention> inSentence) {
        int tok = t.token();
        int clause = s.head(tok);
        if (clause < 0 || !s.isVerb(clause) || !s.isNoun(tok) || !RIGHT_AFTER.contains(s.relation(tok))) {
            return null;
        }
        DateMention found = null;
        for (DateMention d : inSentence) {
            int last = lastToken(s, d);
            if (last < 0 || d.kind() == Kind.DATELINE) {
                continue;
            }
            if (s.subtree(tok).contains(last)) {
                return null; // the event's own words carry a day the ladder did not take ("talks that began on Monday")
            }
            Attachment a = attach(s, last, d);
            if (a.owner() == clause && !a.foreign()) {
                if (found != null) {
                    return null; // two dates on the clause: which one follows is not told
                }
                found = d;
            }
        }
        return found == null ? null : new Reading(found, "the day of what followed it ('" + s.word(clause) + "')", false);
    }

    /**
     * Where a date hangs: its owner (the first verb, or event noun, up its governors), the first verb up, whether a
     * foreign marker ("since", "before", "after") stands on the way to either, and the markers met below the owner.
     */
    record Attachment(int owner, boolean foreign, int verb, boolean foreignToVerb, Set<String> markers) {
    }

    static Attachment attach(SentenceView s, int tok, DateMention d) {
        int owner = -1;
        boolean foreign = false;
        Set<String> seen = new java.util.HashSet<>();
        Set<String> ownerMarkers = Set.of();
        int cur = tok;
        int thing = -1; // the first noun the date modifies ("his statement on June 5")
        for (int depth = 0; depth < 8; depth++) {
            seen.addAll(markers(s, cur, d));
            boolean marked = seen.stream().anyMatch(FOREIGN_MARKERS::contains);
            int h = s.head(cur);
            if (h < 0) {
                // "According to his statement on June 5, his visit ...": a date on a noun in a sentence with no verb
                // above it is that noun's (the statement's), not free for any event the sentence names
                return new Attachment(owner < 0 ? thing : owner, owner < 0 && thing >= 0 || foreign, -1, true, ownerMarkers);
            }
            String rel = s.relation(cur);
            if (thing < 0 && s.isNoun(h) && rel.startsWith("nmod") && !inside(s, h, d)) {
                thing = h;
            }
            boolean eventNoun = Triggers.shared().noun(s.lemma(h)) != null && s.isNoun(h)
                    && (rel.startsWith("nmod") || rel.startsWith("obl") || rel.equals("compound"));
            if (owner < 0 && (s.isVerb(h) || eventNoun)) {
                owner = h;
                foreign = marked;
                ownerMarkers = Set.copyOf(seen);
            }
            if (s.isVerb(h)) {
                return new Attachment(owner, foreign, h, marked, ownerMarkers);
            }
            cur = h;
        }
        return new Attachment(owner, foreign, -1, true, ownerMarkers);
    }

    /** The case and mark words on a token ("since May", "before the vote"), but the date's own ("before midnight"). */
    private static Set<String> markers(SentenceView s, int tok, DateMention d) {
        Set<String> out = new java.util.HashSet<>();
        for (int c : s.dependents(tok, "case", "mark")) {
            if (!inside(s, c, d)) {
                out.add(s.lemma(c));
            }
        }
        return out;
    }

    /**
     * The trigger, its light verb, and the clauses it serves, nearest first: up from an event noun through the
     * nominal relations that make it the clause's event, and from a verb through purpose, participle and
     * coordinated clauses; never through a clause that reports ("said"), nor past a foreign marker ("after the
     * meeting").
     */
    static List<Integer> ladder(Trigger t, SentenceView s) {
        List<Integer> out = new ArrayList<>();
        out.add(t.token());
        if (t.light() >= 0) {
            out.add(t.light());
        }
        int cur = t.clauseHead();
        for (int depth = 0; depth < 4; depth++) {
            int next = -1;
            // enhanced++ gives a token several governors ("visited ... and met": parataxis and conj); any that serves will do
            for (AnalyzedText.Arc a : s.governors(cur)) {
                String rel = a.relation();
                boolean up = s.isVerb(cur) ? VERB_UP.contains(rel) && !markedForeign(s, cur)
                        : NOUN_UP.contains(rel) || rel.equals("obl:on") && visit(s, cur); // "arrived on Monday on a visit"
                if (up && a.governor() >= 0 && !out.contains(a.governor())) {
                    next = a.governor();
                    break;
                }
            }
            if (next < 0) {
                break;
            }
            out.add(next);
            cur = next;
        }
        return out;
    }

    /** A noun that names a visit (its verb is a visit in the lexicon): the time one is "on" is the visit's. */
    private static boolean visit(SentenceView s, int noun) {
        Triggers.Word w = Triggers.shared().verb(s.lemma(noun));
        return w != null && w.frame() == Triggers.Frame.VISIT;
    }

    private static boolean markedForeign(SentenceView s, int verb) {
        for (int m : s.dependents(verb, "mark")) {
            if (FOREIGN_MARKERS.contains(s.lemma(m))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "four days of talks", "two-day talks", "three days of negotiations": the event lasts several days, so it has
     * no single day; the words run from the duration to the date that opens it, if any.
     */
    static DateMention severalDays(Trigger t, SentenceView s, DateMention opening) {
        int tok = t.token();
        int from = -1;
        int h = s.head(tok);
        if (h >= 0 && s.relation(tok).equals("nmod:of") && s.lemma(h).equals("day")
                && !s.dependents(h, "nummod").isEmpty()) {
            from = s.dependents(h, "nummod").get(0);
        }
        for (int d : s.dependents(tok, "amod", "compound")) {
            if (s.lower(d).matches("(?:two|three|four|five|six|seven|several|multi|\\d+)-days?(?:-long)?")) {
                from = d;
            }
        }
        if (from < 0 || from > tok) {
            return null;
        }
        int start = s.token(from).start();
        int end = opening != null && opening.start() > start ? opening.end() : s.token(tok).end();
        String words = s.text().substring(start - s.sentence().start(), end - s.sentence().start());
        return DateMention.severalDays(start, end, words);
    }

    /**
     * The date of an earlier contact the sentence mentions in passing: a day introduced by "since" in the event's
     * clause that says this is the first contact since then, or that there was none since ("the first time he has
     * spoken with X since February 18", "had not spoken since March 3"). Months and years ("the first talks since
     * 2018") name a kind of event, not one contact, and are left alone. Null when there is none.
     */
    public static Reading earlierContact(Trigger t, SentenceView s, List<DateMention> inSentence) {
        List<Integer> ladder = ladder(t, s);
        for (DateMention d : inSentence) {
            int tok = lastToken(s, d);
            if (tok < 0 || !(d.kind() == Kind.CALENDAR || d.kind() == Kind.WEEKDAY || d.kind() == Kind.RELATIVE)) {
                continue;
            }
            Attachment a = attach(s, tok, d);
            if (ladder.contains(a.owner()) && a.markers().contains("since") && firstOrNone(t, s)) {
                return new Reading(d.asEarlierContact(), "an earlier contact: 'since " + d.text() + "'");
            }
        }
        return null;
    }

    private static boolean firstOrNone(Trigger t, SentenceView s) {
        for (int i = Math.max(0, t.token() - 8); i < t.token(); i++) {
            if (s.lemma(i).equals("first")) {
                return true;
            }
        }
        return t.modifiedBy(s, d -> s.lemma(d).equals("not") || s.lemma(d).equals("never"), "advmod");
    }

    /**
     * Further meetings of the same parties told in the same clause: a coordinated phrase with no verb of its own
     * and a day of its own ("met on April 27 and then again on May 26"). Each is its own event.
     */
    public static List<Reading> repeats(Trigger t, SentenceView s, List<DateMention> inSentence) {
        List<Reading> out = new ArrayList<>();
        for (int c : s.dependents(t.clauseHead(), "conj")) {
            if (s.isVerb(c) || s.dependents(c, "nsubj").size() > 0 || s.dependents(c, "advmod").stream()
                    .noneMatch(a -> s.lemma(a).equals("again")) && !s.lemma(c).equals("again")) {
                continue;
            }
            for (DateMention d : inSentence) {
                int tok = lastToken(s, d);
                if (tok >= 0 && d.kind() != Kind.DATELINE && hangsFrom(s, tok, c)) {
                    out.add(new Reading(d, "a further meeting: '" + d.text() + "'"));
                }
            }
        }
        return out;
    }

    private static boolean inside(SentenceView s, int tok, DateMention d) {
        return s.token(tok).start() >= d.start() && s.token(tok).end() <= d.end();
    }

    /** Whether the token hangs from the node through nouns only (no verb between). */
    private static boolean hangsFrom(SentenceView s, int tok, int node) {
        int cur = tok;
        for (int depth = 0; depth < 4; depth++) {
            int h = s.head(cur);
            if (h == node) {
                return true;
            }
            if (h < 0 || s.isVerb(h)) {
                return false;
            }
            cur = h;
        }
        return false;
    }

    /** The last word (not punctuation) inside the date expression, or -1. */
    static int lastToken(SentenceView s, DateMention d) {
        int last = -1;
        for (int i = 0; i < s.size(); i++) {
            if (s.token(i).start() >= d.start() && s.token(i).end() <= d.end() && s.word(i).matches(".*[\\p{L}\\d].*")) {
                last = i;
            }
        }
        return last;
    }
}
