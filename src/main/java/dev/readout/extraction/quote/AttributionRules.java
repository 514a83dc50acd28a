package dev.readout.extraction.quote;

import dev.readout.extraction.AnalyzedText.Token;
import dev.readout.lexicon.SpeakerNouns;
import dev.readout.lexicon.SpeechVerbs;

import java.util.List;
import java.util.Set;

/**
 * The ways news text writes who says something, one small rule each, in the order the {@link AttributionFinder}
 * tries them. Each reads one token of a {@link Clause} and says whether it is an attribution and whose.
 */
final class AttributionRules {

    private static final SpeechVerbs VERBS = SpeechVerbs.shared();
    private static final SpeakerNouns NOUNS = SpeakerNouns.shared();

    /** The rules in the order they are tried at each token. */
    static final List<AttributionRule> ALL = List.of(new QuotedPredicate(), new InsideQuotation(), new AccordingTo(),
            new NameAndMark(), new HeadlineColon(), new NotASpeechVerb(), new QuotedAsSaying(), new Participle(), new Inverted(),
            new PlacedOffice(), new SubjectBefore(), new DistantSubject());

    private AttributionRules() {
    }

    private static boolean weak(String lemma) {
        return VERBS.source(lemma);
    }

    /** 'X and Y “reaffirmed the importance of …”': a quotation that is the predicate of the name before it. */
    static final class QuotedPredicate implements AttributionRule {
        public String name() {
            return "quoted-predicate";
        }

        public Reading read(Clause c, int k, List<Attribution> earlier) {
            if (!(c.quoted(k) && c.isQuoteMark(k) && k > 0 && !c.quoted(k - 1) && k + 1 < c.size() && c.quoted(k + 1)
                    && Set.of("VBD", "VBZ").contains(c.pos(k + 1)) && Character.isLowerCase(c.word(k + 1).charAt(0)))) {
                return Reading.PASS;
            }
            int[] np = Phrases.backward(c, k - 1);
            boolean reported = false; // 'X said South Korea "attaches ..."': the sayer's words, not the subject's
            for (int j = 0; np != null && j < np[0]; j++) {
                reported |= !c.quoted(j) && Phrases.speechVerb(c, j);
            }
            if (np != null && np[1] == k - 1 && !reported && Phrases.speakerLike(c, np) && "PERSON".equals(c.ner(np[1]))) {
                return Reading.found(SpeakerPhrase.of(c, np, c.token(np[0]).start(), c.token(np[1]).end(), "say", false,
                        name()));
            }
            return Reading.PASS;
        }
    }

    /** Words inside a quotation are what is said, never who says it. */
    static final class InsideQuotation implements AttributionRule {
        public String name() {
            return "inside-quotation";
        }

        public Reading read(Clause c, int k, List<Attribution> earlier) {
            return c.quoted(k) ? Reading.NOTHING : Reading.PASS;
        }
    }

    /** "according to X", "as per X", ", per X": X is a source; the issuer of "a note released by X". */
    static final class AccordingTo implements AttributionRule {
        public String name() {
            return "according-to";
        }

        public Reading read(Clause c, int k, List<Attribution> earlier) {
            String w = c.lower(k);
            boolean barePer = w.equals("per") && (k == 0 || c.word(k - 1).equals(",") || c.quoted(k - 1));
            boolean according = w.equals("according") && k + 1 < c.size() && c.lower(k + 1).equals("to");
            boolean asPer = w.equals("as") && k + 1 < c.size() && c.lower(k + 1).equals("per");
            if (!(according || asPer || barePer)) {
                return Reading.PASS;
            }
            int[] np = Phrases.forward(c, barePer ? k + 1 : k + 2);
            if (np != null && np[1] + 3 < c.size() && (NOUNS.document(c.lemma(np[1])) || NOUNS.words(c.lemma(np[1])))
                    && VERBS.issuing(c.lemma(np[1] + 1)) && c.lower(np[1] + 2).equals("by")) {
                // "according to a note released by the Planalto Palace", "according to remarks made by X": the issuer
                // or maker speaks
                int[] issuer = Phrases.forward(c, np[1] + 3);
                if (issuer != null && Phrases.speakerLike(c, issuer)) {
                    np = issuer;
                }
            }
            if (np != null && Phrases.speakerLike(c, np)) {
                return Reading.found(SpeakerPhrase.of(c, np, c.token(k).start(), c.token(np[1]).end(), "according to",
                        true, name()));
            }
            return Reading.NOTHING;
        }
    }

    /** "Zelensky: “We will not give up”" (a name, a colon, a quotation) and "“…” — Zelensky". */
    static final class NameAndMark implements AttributionRule {
        public String name() {
            return "name-and-mark";
        }

        public Reading read(Clause c, int k, List<Attribution> earlier) {
            String w = c.lower(k);
            boolean colon = w.equals(":") && k + 1 < c.size() && c.quoted(k + 1);
            boolean dash = Set.of("—", "--", "–").contains(w) && k > 0 && c.quoted(k - 1);
            if (!colon && !dash) {
                return Reading.PASS;
            }
            int[] np = colon ? Phrases.backward(c, k - 1) : Phrases.forward(c, k + 1);
            boolean whole = np != null && (colon ? np[0] == 0 || c.quoted(np[0] - 1)
                    : np[1] + 1 >= c.size() || Set.of(",", ".").contains(c.pos(np[1] + 1)));
            if (whole && Phrases.speakerLike(c, np) && !c.pos(np[1]).equals("PRP")) {
                Token t = c.token(k);
                return Reading.found(SpeakerPhrase.of(c, np, Math.min(t.start(), c.token(np[0]).start()),
                        Math.max(t.end(), c.token(np[1]).end()), "say", false, name()));
            }
            return Reading.NOTHING;
        }
    }

    /**
     * A headline's quotation, a colon, then who did what: "‘Discussed peace in border areas’: Jaishankar meets Qin
     * Gang". Only in the article's first sentence, where a headline stands.
     */
    static final class HeadlineColon implements AttributionRule {
        public String name() {
            return "headline-colon";
        }

        public Reading read(Clause c, int k, List<Attribution> earlier) {
            if (!c.lower(k).equals(":") || k == 0 || !c.quoted(k - 1) || c.sentenceAt(c.token(k).start()) != 0) {
                return Reading.PASS;
            }
            int[] np = Phrases.forward(c, k + 1);
            if (np == null || !(c.pos(np[1]).startsWith("NNP") || c.ner(np[1]).equals("PERSON"))
                    || np[1] + 1 >= c.size() || !Set.of("VBZ", "VBD").contains(c.pos(np[1] + 1))) {
                return Reading.PASS;
            }
            return Reading.found(SpeakerPhrase.of(c, np, c.token(k).start(), c.token(np[1] + 1).end(), "say", false,
                    name()));
        }
    }

    /** The rules below read reporting verbs only. */
    static final class NotASpeechVerb implements AttributionRule {
        public String name() {
            return "not-a-speech-verb";
        }

        public Reading read(Clause c, int k, List<Attribution> earlier) {
            return Phrases.speechVerb(c, k) ? Reading.PASS : Reading.NOTHING;
        }
    }

    /** "the ministry quoted X as saying", "TASS cited X as telling reporters": X speaks, the outlet only passes it on. */
    static final class QuotedAsSaying implements AttributionRule {
        public String name() {
            return "quoted-as-saying";
        }

        public Reading read(Clause c, int k, List<Attribution> earlier) {
            if (!(c.pos(k).equals("VBG") && k >= 3 && c.lower(k - 1).equals("as"))) {
                return Reading.PASS;
            }
            int[] np = Phrases.backward(c, k - 2);
            if (np != null && np[0] >= 1 && VERBS.quoting(c.lemma(np[0] - 1)) && Phrases.speakerLike(c, np)) {
                return Reading.found(SpeakerPhrase.of(c, np, c.token(np[0]).start(), c.token(k).end(), c.lemma(k), false,
                        name()));
            }
            return Reading.PASS;
        }
    }

    /** A participle with no subject of its own ("…, adding", "while saying"): the sentence's speaker goes on. */
    static final class Participle implements AttributionRule {
        private static final Set<String> BEFORE = Set.of(",", "while", "before", "after", "when", "by", "and", "as");

        public String name() {
            return "participle";
        }

        public Reading read(Clause c, int k, List<Attribution> earlier) {
            if (!(c.pos(k).equals("VBG") && (k == 0 || BEFORE.contains(c.lower(k - 1))))) {
                return Reading.PASS;
            }
            Token t = c.token(k);
            String lemma = c.lemma(k);
            if (!earlier.isEmpty()) {
                return Reading.found(earlier.get(earlier.size() - 1).at(t.start(), t.end(), lemma, weak(lemma),
                        c.sentenceAt(t.start()), name()));
            }
            int[] np = Phrases.firstSpeaker(c, 0, k);
            return np == null ? Reading.NOTHING
                    : Reading.found(SpeakerPhrase.of(c, np, t.start(), t.end(), lemma, weak(lemma), name()));
        }
    }

    /** "…,” said Kirby", "…, said Price in a statement": the speaker after the verb. */
    static final class Inverted implements AttributionRule {
        private static final Set<String> BREAKS = Set.of(",", ":", "--", "—");

        public String name() {
            return "inverted";
        }

        public Reading read(Clause c, int k, List<Attribution> earlier) {
            boolean afterBreak = k == 0 || c.quoted(k - 1) || BREAKS.contains(c.lower(k - 1));
            String lemma = c.lemma(k);
            if (!afterBreak || lemma.equals("tell")) { // "X, who ..., told the BBC": the BBC is told, never the teller
                return Reading.PASS;
            }
            int[] np = Phrases.forward(c, k + 1);
            if (np != null && Phrases.speakerLike(c, np) && Phrases.endsClause(c, np[1] + 1)) {
                return Reading.found(SpeakerPhrase.of(c, np, c.token(k).start(), c.token(np[1]).end(), lemma, weak(lemma),
                        name()));
            }
            return Reading.PASS;
        }
    }

    /** "the foreign ministry in Beijing said": the ministry, placed in Beijing. */
    static final class PlacedOffice implements AttributionRule {
        public String name() {
            return "placed-office";
        }

        public Reading read(Clause c, int k, List<Attribution> earlier) {
            int[] np = Phrases.backward(c, k - 1);
            if (np == null || np[0] < 2 || !c.ner(np[1]).equals("LOCATION") || !Set.of("in", "at").contains(c.lower(np[0] - 1))) {
                return Reading.PASS;
            }
            int[] holder = Phrases.backward(c, np[0] - 2);
            if (holder == null || !NOUNS.organization(c.lemma(holder[1]))) {
                return Reading.PASS;
            }
            String lemma = c.lemma(k);
            return Reading.found(SpeakerPhrase.of(c, new int[]{holder[0], np[1]}, c.token(holder[0]).start(),
                    c.token(k).end(), lemma, weak(lemma), name()).asOrganization());
        }
    }

    /** "Kirby said", "the White House has also said": the noun phrase right before the verb. */
    static final class SubjectBefore implements AttributionRule {
        public String name() {
            return "subject-before";
        }

        public Reading read(Clause c, int k, List<Attribution> earlier) {
            int[] np = Phrases.backward(c, k - 1);
            if (np == null || !Phrases.speakerLike(c, np)) {
                return Reading.PASS;
            }
            String lemma = c.lemma(k);
            return Reading.found(SpeakerPhrase.of(c, np, c.token(np[0]).start(), c.token(k).end(), lemma, weak(lemma),
                    name()));
        }
    }

    /** "Truss, 46, the first foreign secretary …, added": the first speaker of the verb's clause. */
    static final class DistantSubject implements AttributionRule {
        public String name() {
            return "distant-subject";
        }

        public Reading read(Clause c, int k, List<Attribution> earlier) {
            int clauseStart = 0;
            for (int j = k - 1; j >= 0; j--) {
                if (c.quoted(j) || c.word(j).equals(";")) {
                    clauseStart = j + 1;
                    break;
                }
            }
            int[] first = Phrases.firstSpeaker(c, clauseStart, k);
            if (first == null) {
                return Reading.NOTHING;
            }
            Token t = c.token(k);
            String lemma = c.lemma(k);
            return Reading.found(SpeakerPhrase.of(c, first, t.start(), t.end(), lemma, weak(lemma), name()));
        }
    }
}
