package dev.readout.extraction.call;

import dev.readout.extraction.grammar.SentenceView;
import dev.readout.extraction.people.ArticlePeople;
import dev.readout.lexicon.Cues;
import dev.readout.lexicon.SpeechVerbs;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Who acts in a clause: the subject of a verb, found through the clause it depends on when it has none of its own,
 * with the parser's usual slips repaired (a subject taken for an apposition, a second name read as the first's "of").
 */
final class Subjects {

    private Subjects() {
    }

    /**
     * "X, after meeting Y, said", "X arrived in Moscow and met Y": a verb with no subject of its own takes the subject
     * of the clause it depends on; a participle modifying a noun ("X, speaking with Y") takes that noun.
     */
    static List<Integer> of(SentenceView s, int verb, int depth) {
        if (s.pos(verb).equals("VBN") && s.dependents(verb, "aux", "aux:pass").isEmpty()) {
            // "a press conference held by X and Y following talks": a participle's "by" people are who acted (the
            // parser gives no passive, so no agent relation, and takes the thing held for the subject)
            List<Integer> agents = s.dependents(verb, "obl:agent", "obl:by").stream().filter(o -> personLike(s, o)).toList();
            if (!agents.isEmpty()) {
                return new ArrayList<>(agents);
            }
        }
        int gov = s.head(verb);
        MisreadNoun misread = gov >= 0 ? misreadNoun(s, gov) : null;
        if (misread != null && s.dependents(verb, "nsubj").stream().allMatch(x -> misread.states().contains(x))) {
            return new ArrayList<>(List.of(misread.role())); // "the foreign ministers of regional rivals A and B met"
        }
        List<Integer> subj = new ArrayList<>();
        boolean passive = false;
        for (var a : s.dependents(verb)) {
            if (a.relation().equals("nsubj:pass")) {
                passive = true;
            } else if (a.relation().equals("nsubj:xsubj")) {
                // the parser's controller of "visited Congo to hold talks" is often the object; the clause's
                // subject is read from the governing verb below instead
                continue;
            } else if (SentenceView.is(a, "nsubj") && !EXPLETIVES.contains(s.lower(a.dependent()))) {
                subj.add(a.dependent());
            }
        }
        subj.replaceAll(x -> apposedSubject(s, x, verb));
        subj.addAll(misjoinedOf(s, subj));
        if (subj.size() == 1 && Cues.shared().is(s.lemma(subj.get(0)), Cues.Cue.ATTEMPT) && depth <= 3) {
            // "Despite efforts to reach X, Y could not ...": the parser makes the effort the subject; it is Y's
            return effortOwner(s, subj.get(0), verb, depth);
        }
        if (!subj.isEmpty() || passive || depth > 3) {
            subj.sort(Integer::compare);
            return subj;
        }
        for (var a : s.governors(verb)) {
            String r = a.relation();
            if (a.governor() < 0) {
                continue;
            }
            if (r.equals("xcomp") && !s.dependents(a.governor(), "nsubj:pass").isEmpty()) {
                return s.dependents(a.governor(), "nsubj:pass"); // "X is scheduled to meet Y": X meets
            }
            if (r.equals("xcomp") || r.equals("advcl:to")) {
                // "Canada sent its top diplomat to sit down with X": a person as object controls the infinitive
                List<Integer> persons = s.dependents(a.governor(), "obj").stream().filter(o -> personLike(s, o)).toList();
                if (!persons.isEmpty()) {
                    return persons;
                }
            }
            if (r.equals("ccomp") && s.pos(a.governor()).startsWith("JJ")) {
                return of(s, a.governor(), depth + 1); // "X and Y are due to meet"
            }
            if (r.startsWith("advcl") || r.startsWith("conj") || r.equals("xcomp")) {
                return of(s, a.governor(), depth + 1);
            }
            if (r.startsWith("acl") && !r.equals("acl:relcl")) {
                return whoseClause(s, a.governor(), depth);
            }
        }
        return List.of();
    }

    /**
     * A plural noun the tagger took for a verb: "the foreign ministers of regional rivals Iran and Saudi Arabia met",
     * read as "ministers rivals (Iran and Saudi Arabia met)". What gives the slip away is agreement: a plural role is the
     * subject of a "verb" in the third person singular ("ministers rivals"), which no real verb of that subject can be
     * ("the ministers urge A and B to meet", "the ministers believe A and B met" agree, and are read as they stand).
     * The states follow that "verb" straight away, and the clause after them hangs from it: the states are the role's
     * ("the foreign ministers of Iran and Saudi Arabia"), and the role is who acts.
     *
     * @param role   the plural role or group word
     * @param states the state words right after the misread noun
     */
    record MisreadNoun(int role, List<Integer> states) {
    }

    /** The misread noun {@code word}, when it is one, else null. */
    static MisreadNoun misreadNoun(SentenceView s, int word) {
        String pos = s.pos(word);
        if (!pos.equals("VBZ") || SpeechVerbs.shared().isSpeech(s.lemma(word))) {
            return null;
        }
        int role = -1;
        for (int n : s.dependents(word, "nsubj")) {
            var m = s.mention(n);
            if (m != null && m.plural() && m.country() == null && (m.kind() == ArticlePeople.Kind.ROLE
                    || m.kind() == ArticlePeople.Kind.GROUP)) {
                role = n;
            }
        }
        if (role < 0) {
            return null;
        }
        List<Integer> states = new ArrayList<>();
        for (int i = word + 1; i < s.size(); i++) {
            var m = s.mention(i);
            if (m != null && m.kind() == ArticlePeople.Kind.STATE) {
                for (int t = m.from(); t < m.to(); t++) {
                    states.add(t); // every word of the state's name: the parser may hang it by any ("Saudi Arabia")
                }
                i = m.to() - 1;
            } else if (!(s.lower(i).equals("and") || s.lower(i).equals(","))) {
                break;
            }
        }
        return states.stream().map(s::mention).distinct().count() >= 2 ? new MisreadNoun(role, states) : null;
    }

    /**
     * "Presidents A of Argentina and B of Brazil met ...": the parser may read "of (Argentina and B)", making the second
     * name an "of" of the first. A person is of a state, never of another person: such a name is a conjunct subject.
     */
    private static List<Integer> misjoinedOf(SentenceView s, List<Integer> subjects) {
        List<Integer> out = new ArrayList<>();
        for (int x : subjects) {
            var own = s.mention(x);
            if (own == null || own.kind() != dev.readout.extraction.people.ArticlePeople.Kind.NAME) {
                continue;
            }
            for (int o : s.dependents(x, "nmod:of")) {
                var m = s.mention(o);
                if (m != null && m.kind() == dev.readout.extraction.people.ArticlePeople.Kind.NAME && m.party() != null
                        && m.party() != own.party() && !subjects.contains(o) && !out.contains(o)) {
                    out.add(o);
                }
            }
        }
        return out;
    }

    /**
     * "In talks with his counterpart, Prime Minister A, Prime Minister B said ...": the parser may take the first name
     * for the verb's subject and the second, right before the verb, for its apposition. An apposition names the same
     * person again; a different person standing right before the verb is the subject, and the first name belongs to
     * the phrase before it.
     */
    private static int apposedSubject(SentenceView s, int subject, int verb) {
        int first = nameOf(s, subject);
        if (first < 0) {
            return subject;
        }
        for (int a : s.dependents(subject, "appos")) {
            var m = s.mention(a);
            if (m != null && m.kind() == dev.readout.extraction.people.ArticlePeople.Kind.NAME && m.to() == verb
                    && m.party() != null && s.mention(first).party() != null && m.party() != s.mention(first).party()) {
                return a;
            }
        }
        return subject;
    }

    /**
     * Who does what a clause modifying a noun tells: the noun itself ("X, speaking with Y"), unless the noun is an
     * effort ({@link #effortOwner}), a day the parser made the predicate ("X is on Tuesday hosting Y": the day's
     * subject), or a thing someone owns ("during his official tour to meet X": the owner).
     */
    private static List<Integer> whoseClause(SentenceView s, int noun, int depth) {
        if (Cues.shared().is(s.lemma(noun), Cues.Cue.ATTEMPT)) {
            return effortOwner(s, noun, noun, depth);
        }
        if ((s.ner(noun).equals("DATE") || s.ner(noun).equals("TIME")) && !s.dependents(noun, "nsubj").isEmpty()) {
            return s.dependents(noun, "nsubj");
        }
        List<Integer> owner = s.dependents(noun, "nmod:poss");
        return !personLike(s, noun) && s.mention(noun) == null && !owner.isEmpty() ? owner : List.of(noun);
    }

    /**
     * Who makes an effort or attempt: its possessor ("his efforts to reach X"), else the subject of the clause it
     * belongs to ("despite efforts to reach X, Y has not been able to speak with her"), else nobody known.
     */
    private static List<Integer> effortOwner(SentenceView s, int effort, int clause, int depth) {
        List<Integer> own = s.dependents(effort, "nmod:poss");
        if (!own.isEmpty()) {
            return own;
        }
        int head = s.head(clause);
        return head >= 0 && head != clause ? of(s, head, depth + 1) : List.of();
    }

    /** A person, or a role that stands for one ("its top diplomat"): what can control an infinitive. */
    static boolean personLike(SentenceView s, int token) {
        var m = s.mention(token);
        return m != null && (m.kind() == dev.readout.extraction.people.ArticlePeople.Kind.NAME
                || m.kind() == dev.readout.extraction.people.ArticlePeople.Kind.ROLE);
    }

    private static final Set<String> EXPLETIVES = Set.of("it", "there", "that", "which", "who", "this");

    /** A list item's person: the item itself, or the name its title governs ("the Prime Minister of A, X"). */
    static int nameOf(SentenceView s, int item) {
        if (personLike(s, item)) {
            return item;
        }
        for (int d : s.dependents(item, "dep", "nmod:of", "compound")) {
            if (personLike(s, d)) {
                return d;
            }
        }
        return -1;
    }
}
