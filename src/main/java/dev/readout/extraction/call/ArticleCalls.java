package dev.readout.extraction.call;

import dev.readout.call.CallMedium;
import dev.readout.call.CallStatus;
import dev.readout.extraction.date.DateResolver;
import dev.readout.extraction.date.DateResolver.DateMention;
import dev.readout.participant.ParticipantKind;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Stage 6: one call per event the article tells, however often it tells it. Readings with the same parties and
 * status whose days do not differ are one call; a reading that refers back ("the call", "during the talks") or names
 * only one party of a call just told adds its sentence, and its day or medium where the call lacks them.
 */
public final class ArticleCalls {

    /** How far back (in sentences) a back-reference may reach for the call it means. */
    static final int ANAPHOR_REACH = 4;

    /** One merged call being built. Local to one merge; never shared. */
    static final class Call {
        final List<Actor> actors = new ArrayList<>();
        final TreeSet<String> keys = new TreeSet<>();
        CallStatus status;
        CallMedium medium;
        /** some telling says the medium in the event's own words (not a place nearby) */
        boolean mediumSaid;
        DateMention date;
        final TreeSet<Integer> sentences = new TreeSet<>();
        int last;
        /** said to be one of several separate calls ("separate calls with A and B"): never part of a group call */
        boolean separate;
        /** some telling says it is the parties' first contact of its kind ({@link FirstContact}) */
        boolean first;
    }

    private ArticleCalls() {
    }

    public static List<Call> merge(List<Candidate> candidates, DateResolver dates) {
        List<Call> calls = new ArrayList<>();
        for (Candidate c : candidates) {
            if (c.joins() && c.status() != null) {
                join(calls, c);
            } else if (c.isCall()) {
                for (List<Actor> parties : toldTogetherBefore(calls, c) ? List.of(dedupe(c.actors())) : split(c)) {
                    add(calls, c, parties, dates);
                }
            } else if (c.status() != null && (c.anaphoric() || c.actors().size() == 1) && !OTHER_EVENT.contains(c.verdict().rule())) {
                backReference(calls, c);
            }
        }
        return plansThatCameTrue(statesForTheirPeople(statesRetold(intoGroups(calls, dates), dates), dates), dates);
    }

    /**
     * Folds each call that another call of the article retells into that call: its sentences join the other's, and,
     * when {@code fill}, its day and medium fill what the other lacks. Calls are tried in the article's order.
     */
    private static List<Call> fold(List<Call> calls, java.util.function.BiPredicate<Call, Call> retells, boolean fill) {
        List<Call> out = new ArrayList<>(calls);
        for (Call told : calls) {
            for (Call into : calls) {
                if (into != told && out.contains(into) && retells.test(told, into)) {
                    into.sentences.addAll(told.sentences);
                    into.first |= told.first;
                    if (fill) {
                        fillIn(into, told.date, told.medium);
                    }
                    out.remove(told);
                    break;
                }
            }
        }
        return out;
    }

    /**
     * "X met President Y of Uruguay" beside "X signed agreements with the governments of Uruguay, Argentina and
     * Brazil": a call whose side is a state the article also shows meeting the same others through one of its people
     * is that meeting told again, the state standing for its person.
     */
    private static List<Call> statesForTheirPeople(List<Call> calls, DateResolver dates) {
        return fold(calls, (withState, person) -> withState.status == person.status
                && withState.keys.size() == person.keys.size() && sameDay(person.date, withState.date, dates, person.status)
                && withState.actors.stream().anyMatch(state -> state.participant().kind() == ParticipantKind.COUNTRY
                && state.state() != null && standsFor(state, withState, person)), true);
    }

    /** Whether the person's call has the state call's other parties and, in the state's place, one of its people. */
    private static boolean standsFor(Actor state, Call withState, Call person) {
        TreeSet<String> others = new TreeSet<>(withState.keys);
        others.remove(state.key());
        return person.keys.containsAll(others) && person.actors.stream().anyMatch(a -> !others.contains(a.key())
                && state.state().equals(a.state()) && a.participant().kind() == ParticipantKind.PERSON);
    }

    /**
     * "X is scheduled to meet Y on September 11" beside "X met Y on Friday, September 11": an article that tells the
     * meeting as held on the day it was planned for tells one meeting, the plan having come true. Both days must be
     * known: an undated plan may be the next meeting.
     */
    private static List<Call> plansThatCameTrue(List<Call> calls, DateResolver dates) {
        return fold(calls, (plan, held) -> plan.status == CallStatus.PLANNED && plan.date != null
                && held.status == CallStatus.HELD && held.keys.equals(plan.keys) && held.date != null
                && sameDay(held.date, plan.date, dates, CallStatus.HELD), false);
    }

    /**
     * "The foreign ministers X and Y met on Thursday. Thursday marked the highest-level discussions between the two
     * countries since ...": an event told with only the states as its parties, on a day that fits a call between
     * people of exactly those states, is that call told again.
     */
    private static List<Call> statesRetold(List<Call> calls, DateResolver dates) {
        return fold(calls, (states, people) -> states.actors.stream().allMatch(a -> a.participant().kind() == ParticipantKind.COUNTRY)
                && people.actors.stream().anyMatch(a -> a.participant().kind() == ParticipantKind.PERSON)
                && codesOf(people).equals(codesOf(states)) && people.status == states.status
                && states.date != null && people.date != null && sameDay(people.date, states.date, dates, states.status), false);
    }

    private static TreeSet<String> codesOf(Call call) {
        TreeSet<String> codes = new TreeSet<>();
        call.actors.forEach(a -> codes.add(String.valueOf(a.state())));
        return codes;
    }

    /** One party list per call the reading reports: all together, or each partner with the subjects. */
    private static List<List<Actor>> split(Candidate c) {
        if (!c.separately() || c.partners().size() < 2 || c.subjects().isEmpty()) {
            return List.of(dedupe(c.actors()));
        }
        List<List<Actor>> out = new ArrayList<>();
        for (Actor p : c.partners()) {
            List<Actor> ps = new ArrayList<>(c.subjects());
            ps.add(p);
            out.add(dedupe(ps));
        }
        return out;
    }

    /**
     * "X met A and B in Vienna. X said he would meet A and B again next month": once the article has told a meeting of
     * all of them together, a later "X meets A and B" is read as that group meeting again, not one meeting per partner,
     * unless the text says the contacts were separate.
     */
    private static boolean toldTogetherBefore(List<Call> calls, Candidate c) {
        if (!c.separately() || c.saidSeparate()) {
            return false;
        }
        TreeSet<String> keys = keysOf(c.actors());
        return calls.stream().anyMatch(g -> !g.separate && g.keys.size() >= 3 && g.keys.containsAll(keys));
    }

    private static TreeSet<String> keysOf(List<Actor> actors) {
        TreeSet<String> keys = new TreeSet<>();
        actors.forEach(a -> keys.add(a.key()));
        return keys;
    }

    private static List<Actor> dedupe(List<Actor> actors) {
        List<Actor> out = new ArrayList<>();
        for (Actor a : actors) {
            if (out.stream().noneMatch(o -> o.key().equals(a.key()))) {
                out.add(a);
            }
        }
        return out;
    }

    private static void add(List<Call> calls, Candidate c, List<Actor> parties, DateResolver dates) {
        TreeSet<String> keys = keysOf(parties);
        for (Call call : calls) {
            if (call.keys.equals(keys) && call.status == c.status() && sameDay(call.date, c.date(), dates, c.status())
                    && !(c.distinct() && !call.sentences.contains(c.sentence()) && (call.date == null || c.date() == null))
                    && !(c.apart() && call.sentences.contains(c.sentence()))
                    // "X and Y discussed it in a phone call ... a meeting between X and Y took place": the words of
                    // each say how it was held, and a phone call is no meeting in person
                    && !(call.mediumSaid && c.mediumSaid() && !sameWay(call.medium, c.medium()))) {
                absorb(call, c);
                return;
            }
        }
        Call call = new Call();
        call.actors.addAll(parties);
        call.keys.addAll(keys);
        call.status = c.status();
        call.medium = c.medium();
        call.mediumSaid = c.mediumSaid();
        call.date = c.date();
        call.sentences.add(c.sentence());
        call.last = c.sentence();
        call.separate = c.saidSeparate();
        call.first = c.first();
        calls.add(call);
    }

    /**
     * "X met A and B" is read as one meeting per partner unless the article also tells it as one meeting of the three
     * ("X, A and B met last week"): then the pairs are the group's meeting told in part, when the status matches and
     * the days do not differ. Calls the text says were separate stay apart.
     */
    private static List<Call> intoGroups(List<Call> calls, DateResolver dates) {
        List<Call> out = new ArrayList<>(calls);
        out.removeIf(group -> retellsSeparateCalls(group, calls));
        for (Call part : calls) {
            if (part.separate) {
                continue;
            }
            for (Call group : calls) {
                if (group != part && !group.separate && group.keys.size() > part.keys.size() && group.keys.size() >= 3
                        && group.keys.containsAll(part.keys) && group.status == part.status
                        && sameDay(group.date, part.date, dates, part.status)) {
                    group.sentences.addAll(part.sentences);
                    group.first |= part.first;
                    fillIn(group, part.date, part.medium);
                    out.remove(part);
                    break;
                }
            }
        }
        return out;
    }

    private static void absorb(Call call, Candidate c) {
        call.sentences.add(c.sentence());
        call.first |= c.first();
        call.last = Math.max(call.last, c.sentence());
        if (call.medium == CallMedium.UNKNOWN && c.mediumSaid()) {
            call.mediumSaid = true;
        }
        fillIn(call, c.date(), c.medium());
    }

    /**
     * Whether two tellings agree on how the event was held: a meeting in person is no phone or video call, while a call
     * told once as a phone call and once as a video call, or once without its medium, may be one. Mediums read weakly
     * (a place named as the topic) make a disagreement no proof of two events, so it only keeps a day from crossing
     * ("they met on Thursday; in phone conversations in March they had agreed to it").
     */
    static boolean sameWay(CallMedium a, CallMedium b) {
        boolean remoteA = a == CallMedium.PHONE || a == CallMedium.VIDEO;
        boolean remoteB = b == CallMedium.PHONE || b == CallMedium.VIDEO;
        return !(remoteA && b == CallMedium.IN_PERSON || remoteB && a == CallMedium.IN_PERSON);
    }

    /** What another telling of the event adds: its day and medium where the call lacks them. */
    private static void fillIn(Call call, DateMention date, CallMedium medium) {
        if (call.date == null && sameWay(call.medium, medium)) {
            call.date = date;
        }
        if (call.medium == CallMedium.UNKNOWN) {
            call.medium = medium;
        }
    }

    /** "French President X also joined the call": X takes part in the latest call told. */
    private static void join(List<Call> calls, Candidate c) {
        for (int i = calls.size() - 1; i >= 0; i--) {
            Call call = calls.get(i);
            if (c.sentence() - call.last > ANAPHOR_REACH) {
                return;
            }
            for (Actor a : c.actors()) {
                if (call.keys.add(a.key())) {
                    call.actors.add(a);
                }
            }
            absorb(call, c);
            return;
        }
    }

    /** Verdicts that say a reading is some other event than a contact ("the upcoming Summit of the Americas"). */
    private static final java.util.Set<String> OTHER_EVENT = java.util.Set.of("namedGathering", "crowd");

    /** "During the call, ...", "The meeting took place on the sidelines ...", "X said in the call": the latest fitting call. */
    private static void backReference(List<Call> calls, Candidate c) {
        List<Actor> named = c.actors();
        for (int i = calls.size() - 1; i >= 0; i--) {
            Call call = calls.get(i);
            if (c.sentence() - call.last > ANAPHOR_REACH) {
                break;
            }
            boolean fits = named.stream().allMatch(a -> call.keys.contains(a.key()));
            if (fits && (c.trigger().isNoun() || !named.isEmpty())) {
                absorb(call, c);
                return;
            }
        }
    }

    /**
     * "X spoke separately with A, B and C. They discussed ...": the group a pronoun makes of the parties of separate
     * calls just told is those calls told again, not a group call of its own.
     */
    private static boolean retellsSeparateCalls(Call group, List<Call> calls) {
        if (group.separate || group.keys.size() < 3) {
            return false;
        }
        TreeSet<String> covered = new TreeSet<>();
        for (Call c : calls) {
            if (c.separate && group.keys.containsAll(c.keys) && group.sentences.first() - c.last <= ANAPHOR_REACH
                    && group.sentences.first() > c.last) {
                covered.addAll(c.keys);
            }
        }
        return covered.equals(group.keys);
    }

    private static boolean sameDay(DateMention a, DateMention b, DateResolver dates, CallStatus status) {
        if (a == null || b == null) {
            // dates: an earlier contact mentioned in passing is its own event, never the undated reading's day
            return !(a != null && a.earlier() || b != null && b.earlier());
        }
        boolean future = status == CallStatus.PLANNED;
        return Objects.equals(dates.sameDayKey(a, future), dates.sameDayKey(b, future));
    }
}
