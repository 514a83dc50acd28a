package dev.readout.extraction.quote;

import dev.readout.extraction.AnalyzedText.Token;
import dev.readout.lexicon.SpeakerNouns;
import dev.readout.lexicon.SpeechVerbs;

import java.util.Set;

/**
 * Reads the noun phrases around a reporting verb from part-of-speech and entity tags, as [first token, last token]
 * arrays over a {@link Clause}, and says which of them can speak. Grammar only: the words that can speak come from
 * the lexicon ({@link SpeakerNouns}, {@link SpeechVerbs}); the closed-class words below are the grammar's own.
 */
final class Phrases {

    private static final SpeakerNouns NOUNS = SpeakerNouns.shared();
    private static final SpeechVerbs VERBS = SpeechVerbs.shared();

    /** Tags a noun phrase is made of. */
    private static final Set<String> NP_POS = Set.of("DT", "PDT", "JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS",
            "POS", "CD", "PRP$", "FW", "HYPH");
    /** Auxiliaries, adverbs and reflexives between a subject and its reporting verb ("Kirby has also said"). */
    private static final Set<String> SKIP_BACK = Set.of("have", "has", "had", "do", "does", "did", "will", "would",
            "also", "further", "likewise", "later", "then", "again", "reportedly", "earlier", "too", "could",
            "may", "might", "should", "can", "shall", "just", "previously", "already", "separately", "herself",
            "himself", "itself", "themselves");
    /** Entity types that are never a speaker. */
    private static final Set<String> NON_NAME_NER = Set.of("DATE", "TIME", "DURATION", "NUMBER", "ORDINAL", "MONEY",
            "PERCENT", "SET");
    /** "last week", "this month": times between a subject and its verb that the entity tagger may miss. */
    private static final Set<String> TIME_NOUNS = Set.of("week", "month", "year", "weekend", "morning", "afternoon",
            "evening", "night");
    private static final Set<String> TIME_MODIFIERS = Set.of("last", "this", "next", "that", "earlier", "later");
    static final Set<String> PERSON_PRONOUNS = Set.of("he", "she");
    static final Set<String> ORG_PRONOUNS = Set.of("it");

    private Phrases() {
    }

    /** A noun phrase ending at {@code k} (reading leftwards past adverbs, auxiliaries and dates), or null. */
    static int[] backward(Clause c, int k) {
        int j = k;
        while (j >= 0 && !c.quoted(j)) {
            Token t = c.token(j);
            String w = c.lower(j);
            if (t.pos().startsWith("RB") || t.pos().equals("MD") || SKIP_BACK.contains(w)
                    || NON_NAME_NER.contains(t.ner()) && !t.pos().startsWith("NNP") && !t.ner().equals("O")) {
                j--;
            } else if (NON_NAME_NER.contains(t.ner()) && (t.ner().equals("DATE") || t.ner().equals("TIME"))) {
                j--;
                if (j >= 0 && Set.of("on", "at", "in", "this", "last").contains(c.lower(j))) {
                    j--;
                }
            } else if (TIME_NOUNS.contains(w) && j >= 1 && TIME_MODIFIERS.contains(c.lower(j - 1))) {
                j -= 2; // "a statement last week spoke of": a time the tagger did not mark as a date
            } else if (w.equals(")") || w.equals("-rrb-") || t.pos().equals("-RRB-")) {
                while (j >= 0 && !c.pos(j).equals("-LRB-") && !c.word(j).equals("(")) {
                    j--;
                }
                j--;
            } else {
                break;
            }
        }
        if (j < 0 || c.quoted(j)) {
            return null;
        }
        Token last = c.token(j);
        if (last.pos().equals("PRP")) {
            return new int[]{j, j};
        }
        if (!npToken(last) || last.pos().equals("DT") || last.pos().equals("POS")) {
            return null;
        }
        int end = j;
        int start = j;
        int i = j - 1;
        while (i >= 0 && !c.quoted(i)) {
            Token t = c.token(i);
            if (npToken(t)) {
                start = i;
                i--;
            } else if (c.lower(i).equals("of") && i - 1 >= 0 && !c.quoted(i - 1) && npToken(c.token(i - 1))
                    && c.pos(i + 1).startsWith("NNP")) {
                start = i;
                i--;
            } else {
                break;
            }
        }
        while (start < end && (c.lower(start).equals("that") || c.lower(start).equals("of")
                || c.pos(start).equals("HYPH"))) {
            start++; // "… this - Zelensky said": the dash is punctuation, not part of the name
        }
        return new int[]{start, end};
    }

    /** A noun phrase starting at {@code k}, or null. */
    static int[] forward(Clause c, int k) {
        if (k >= c.size() || c.quoted(k)) {
            return null;
        }
        if (c.pos(k).equals("PRP")) {
            return new int[]{k, k};
        }
        int i = k;
        while (i < c.size() && !c.quoted(i)) {
            if (npToken(c.token(i))) {
                i++;
            } else if (c.lower(i).equals("of") && i > k && i + 1 < c.size() && !c.quoted(i + 1)
                    && (c.pos(i + 1).startsWith("NNP")
                    || i + 2 < c.size() && c.pos(i + 1).equals("DT") && c.pos(i + 2).startsWith("NNP"))
                    && c.pos(i - 1).startsWith("NN")) {
                i++;
            } else if (c.lower(i).equals("or") && i > k && i + 1 < c.size() && !c.quoted(i + 1)
                    && c.pos(i + 1).startsWith("NNP") && c.pos(i - 1).startsWith("NNP")) {
                i++; // "US Department of Defence or Pentagon spokesperson John Kirby"
            } else {
                break;
            }
        }
        int end = i - 1;
        while (end >= k && (c.pos(end).equals("POS") || c.pos(end).equals("DT") || c.lower(end).equals("of"))) {
            end--;
        }
        return end >= k ? new int[]{k, end} : null;
    }

    /**
     * The first noun phrase in [from, to) that can speak; a name in apposition stands for it ("The spokesperson for
     * the ministry, Oleg Nikolenko, said").
     */
    static int[] firstSpeaker(Clause c, int from, int to) {
        int i = from;
        while (i < to) {
            if (c.quoted(i) || !npToken(c.token(i)) && !c.pos(i).equals("PRP")) {
                i++;
                continue;
            }
            int[] np = forward(c, i);
            if (np == null) {
                i++;
                continue;
            }
            if (np[1] >= to) {
                np[1] = to - 1;
            }
            // the object of a preposition is no subject ("Speaking to reporters, X said"), but an agent is ("a press
            // call by a senior official … said")
            boolean object = np[0] > 0 && (c.pos(np[0] - 1).equals("IN") || c.pos(np[0] - 1).equals("TO"))
                    && !c.lower(np[0] - 1).equals("by");
            if (speakerLike(c, np) && !headIsPossessor(c, np) && !object) {
                for (int j = np[1] + 1; j + 1 < to; j++) {
                    if (c.word(j).equals(",")) {
                        // "…, the Ayatollah Ali Khamenei, said", "…, Armine Halajyan cited X and said"
                        int[] name = forward(c, j + 1);
                        if (name != null && c.ner(name[1]).equals("PERSON") && name[1] + 1 < to
                                && (c.word(name[1] + 1).equals(",") || c.pos(name[1] + 1).startsWith("VB"))) {
                            int first = name[0];
                            while (first < name[1] && !c.ner(first).equals("PERSON")) {
                                first++;
                            }
                            return new int[]{first, name[1]};
                        }
                        break;
                    }
                    if (c.quoted(j) || !(npToken(c.token(j)) || Set.of("for", "of", "at", "in").contains(c.lower(j)))) {
                        break;
                    }
                }
                return np;
            }
            i = Math.max(i + 1, np[1] + 1);
        }
        return null;
    }

    /** The longest run of proper nouns (or organisation tokens) in [from, to], without a trailing possessive. */
    static int[] properRun(Clause c, int from, int to) {
        int[] best = null;
        int runStart = -1;
        for (int k = from; k <= to + 1; k++) {
            boolean proper = k <= to && (c.pos(k).startsWith("NNP") || c.ner(k).equals("ORGANIZATION"));
            if (proper && runStart < 0) {
                runStart = k;
            } else if (!proper && runStart >= 0) {
                if (best == null || k - 1 - runStart > best[1] - best[0]) {
                    best = new int[]{runStart, k - 1};
                }
                runStart = -1;
            }
        }
        return best;
    }

    /** Whether the phrase can say something: a name, a pronoun, or a noun of the speaker lexicon. */
    static boolean speakerLike(Clause c, int[] np) {
        Token head = c.token(np[1]);
        String w = Clause.lower(head);
        if (head.pos().equals("PRP")) {
            return PERSON_PRONOUNS.contains(w) || ORG_PRONOUNS.contains(w) || w.equals("they");
        }
        if (head.pos().equals("CD") || head.pos().equals("DT") || head.pos().equals("PRP$")) {
            return false;
        }
        if (NON_NAME_NER.contains(head.ner())) {
            return false;
        }
        if (head.ner().equals("PERSON") || head.ner().equals("ORGANIZATION")) {
            return true;
        }
        if (head.pos().startsWith("NNP") || head.pos().startsWith("NN") && head.word().matches("\\p{Lu}{2,7}")) {
            return true; // a name, or an acronym the tagger read as a common noun ("the PSCU announced")
        }
        if (np[0] == np[1] && Character.isUpperCase(head.word().charAt(0)) && np[1] > 0
                && !c.pos(np[1] - 1).equals("``")) {
            return true; // a surname the tagger read as a common noun: "Price said"
        }
        return NOUNS.speaks(Clause.lemma(head));
    }

    static boolean headIsPossessor(Clause c, int[] np) {
        return np[1] + 1 < c.size() && c.pos(np[1] + 1).equals("POS");
    }

    /** After the speaker of an inverted attribution: the clause ends, or a preposition follows ("in a statement"). */
    static boolean endsClause(Clause c, int k) {
        if (k >= c.size()) {
            return true;
        }
        if (c.quoted(k)) {
            return false; // "said South Korea “attaches …”": the reported clause's subject, not the speaker
        }
        String p = c.pos(k);
        return p.equals(",") || p.equals(".") || p.equals(":") || p.equals("IN") || p.equals("TO") || p.equals("-LRB-")
                || p.equals("RB") || c.word(k).equals("--") || c.word(k).equals("—");
    }

    static boolean npToken(Token t) {
        return NP_POS.contains(t.pos()) && !t.word().equals(",")
                && !(t.ner().equals("DATE") || t.ner().equals("TIME") || t.ner().equals("DURATION"));
    }

    /** Whether token {@code k} is a verb reporting speech here (not "was told", not "posted troops"). */
    static boolean speechVerb(Clause c, int k) {
        Token t = c.token(k);
        if (!t.pos().startsWith("VB")) {
            return false;
        }
        String lemma = Clause.lemma(t);
        String particle = VERBS.particle(lemma);
        if (particle != null) {
            // "spoke of “…”", "referred to “…”": only with its particle and the quotation right after
            return k + 2 < c.size() && c.lower(k + 1).equals(particle) && c.isQuoteMark(k + 2);
        }
        if (!VERBS.isSpeech(lemma)) {
            return false;
        }
        if (lemma.equals("post") && k > 0 && c.lemma(k - 1).equals("be")) {
            return false; // "a video was posted on Telegram"
        }
        if (lemma.equals("post")) {
            // "the embassy posted on Weibo that …", "…,” she posted." but not "posted troops"
            String next = k + 1 < c.size() ? c.lower(k + 1) : ".";
            return Set.of("on", "that", ":", ",", ".", "online").contains(next) || c.isQuoteMark(Math.min(k + 1, c.size() - 1));
        }
        if (VERBS.adjacentOnly(lemma)) {
            // "…,” he continued." but not "they must continue diplomatic engagement"
            if (!(t.pos().equals("VBD") || t.pos().equals("VBZ"))) {
                return false;
            }
            boolean inverted = k > 0 && (c.isQuoteMark(k - 1) || c.word(k - 1).equals(","));
            if (lemma.equals("describe") && describedAs(c, k)) {
                return true; // "which she described in a letter as “a defining moment”"
            }
            if (!inverted && k + 1 < c.size() && !Set.of(",", ".", ":", "``", "''").contains(c.pos(k + 1))
                    && !c.isQuoteMark(k + 1)) {
                return false;
            }
        }
        // passive "was told", "is said to": not the speaker's verb
        for (int j = k - 1; j >= 0 && j >= k - 2; j--) {
            if (c.lemma(j).equals("be") && t.pos().equals("VBN")) {
                return false;
            }
            if (!c.pos(j).startsWith("RB")) {
                break;
            }
        }
        return true;
    }

    /** "described (it) (in a letter) as “...”": the quotation is how the describer put it. */
    private static boolean describedAs(Clause c, int k) {
        for (int j = k + 1; j + 1 < c.size() && j <= k + 10; j++) {
            if (c.isQuoteMark(j) || Set.of(".", ";", ":").contains(c.word(j))) {
                return false;
            }
            if (c.word(j).equals("as")) {
                return c.isQuoteMark(j + 1);
            }
        }
        return false;
    }
}
