package dev.readout.extraction.call;

import dev.readout.call.CallMedium;
import dev.readout.call.CallStatus;
import dev.readout.extraction.date.DateResolver.DateMention;

import java.util.List;

/**
 * One trigger's reading, before merging: the parties (subjects first), what became of it, and the trace of every
 * rule that decided. Immutable.
 *
 * @param mediumSaid the medium is said by the words of the event (its trigger or a modifier: "phone call", "met"),
 *                   not inferred from a place named nearby or the frame
 * @param separately one call per partner ("separate calls with A, B and C"; an ambassador each presenting credentials;
 *                   "X met A and B" by default)
 * @param saidSeparate the text itself says the calls were separate ("separately", "individual", "respectively") or
 *                   they are credentials: never merged into a group call told elsewhere
 * @param anaphoric  the trigger refers back to an event already told ("the call", "their meeting", "during the talks")
 * @param distinct   the text marks it as another event than those told ("spoke again", "another call")
 * @param apart      it is the yardstick of another event its sentence tells ("came a month after their summit"): never
 *                   that event, even where a back-reference has already joined the sentence to it
 * @param joins      its subjects come into an event already told ("X also joined the call")
 * @param verdict    the diplomatic test's decision, or the reason it was never run
 */
public record Candidate(Trigger trigger, List<Actor> subjects, List<Actor> partners, CallStatus status,
                        CallMedium medium, boolean mediumSaid, DateMention date, boolean separately, boolean saidSeparate, boolean anaphoric, boolean distinct, boolean apart, boolean joins,
                        boolean first,
                        Decision verdict,
                        List<String> trace) {

    public Candidate {
        subjects = List.copyOf(subjects);
        partners = List.copyOf(partners);
        trace = List.copyOf(trace);
    }

    public int sentence() {
        return trigger.sentence();
    }

    public List<Actor> actors() {
        java.util.List<Actor> all = new java.util.ArrayList<>(subjects);
        all.addAll(partners);
        return all;
    }

    /** The same reading with another date and medium, and a trace line saying why. */
    public Candidate dated(DateMention newDate, CallMedium newMedium, String why) {
        java.util.List<String> t = new java.util.ArrayList<>(trace);
        t.add(why);
        return new Candidate(trigger, subjects, partners, status, newMedium, mediumSaid && newMedium == medium, newDate, separately, saidSeparate, anaphoric, distinct, apart, joins,
                first, verdict, t);
    }

    /** Whether it reports a call of its own: two or more parties, an event, and a diplomatic one. */
    public boolean isCall() {
        return status != null && verdict.keep() && actors().size() >= 2;
    }
}
