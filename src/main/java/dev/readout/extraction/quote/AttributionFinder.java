package dev.readout.extraction.quote;

import dev.readout.extraction.AnalyzedText;
import dev.readout.extraction.AnalyzedText.Sentence;
import dev.readout.extraction.AnalyzedText.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds attributions in the words outside quotations: a reporting verb and its speaker, whichever side of the verb the
 * speaker stands ("Kirby said", "said Kirby", "Truss, 46, ..., added", "while adding"), and "according to X".
 * Works on the tokens' part-of-speech and entity tags only.
 */
final class AttributionFinder {

    /** Verbs that report speech or writing. */
    static final Set<String> SPEECH_VERBS = Set.of("say", "tell", "add", "tweet", "write", "state", "note", "explain",
            "remark", "respond", "reply", "ask", "conclude", "confirm", "reiterate", "warn", "inform", "announce",
            "insist", "declare", "stress", "emphasize", "emphasise", "urge", "claim", "argue", "comment", "acknowledge",
            "admit", "caution", "vow", "pledge", "promise", "assert", "quip", "joke", "testify", "relay", "demand",
            "suggest", "continue", "post", "maintain", "observe", "recall", "describe", "report", "retort", "counter",
            "complain", "lament", "predict", "read", "underline", "underscore", "highlight", "concede", "deny");

    /** Verbs that report speech only when they stand right beside the quotation ("…,” he continued). */
    static final Set<String> ADJACENT_ONLY = Set.of("read", "continue", "maintain", "observe", "recall", "describe",
            "underline", "underscore", "highlight", "deny");

    /** Verbs that name a source rather than a speaker. */
    static final Set<String> SOURCE_VERBS = Set.of("report");

    /** Common nouns that can say something. */
    static final Set<String> SPEAKER_NOUNS = Set.of("official", "spokesperson", "spokesman", "spokeswoman",
            "spokespeople", "minister", "president", "secretary", "diplomat", "leader", "ministry", "department",
            "government", "office", "kremlin", "pentagon", "presidency", "readout", "statement", "release", "source",
            "aide", "agency", "chancellor", "premier", "adviser", "advisor", "ambassador", "envoy", "chief", "general",
            "directorate", "embassy", "administration", "representative", "commissioner", "counterpart", "side",
            "service", "council", "commission", "senator", "lawmaker", "governor", "mayor", "king", "queen", "prince",
            "head", "director", "spokesmen", "officials", "sources", "leaders", "ministers", "communique",
            "communiqué", "transcript", "white", "house", "prime", "host", "analyst", "expert", "negotiator",
            "delegation", "military", "army", "command", "mission", "team", "authority", "authorities", "cabinet",
            "note", "palace");

    /** Common nouns of offices, governments and agencies. */
    static final Set<String> ORGANIZATION_NOUNS = Set.of("ministry", "department", "government", "office", "kremlin",
            "pentagon", "presidency", "agency", "directorate", "embassy", "administration", "house", "council",
            "commission", "service", "military", "army", "command", "mission", "authorities", "cabinet", "delegation",
            "side", "palace");

    /** Documents: their issuer is the speaker. */
    static final Set<String> DOCUMENT_NOUNS = Set.of("readout", "statement", "release", "communique", "communiqué",
            "transcript", "read-out", "post", "tweet", "note");

    private static final Set<String> NP_POS = Set.of("DT", "PDT", "JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS",
            "POS", "CD", "PRP$", "FW", "HYPH");
    private static final Set<String> SKIP_BACK = Set.of("have", "has", "had", "do", "does", "did", "will", "would",
            "also", "further", "likewise", "later", "then", "again", "reportedly", "earlier", "too", "could",
            "may", "might", "should", "can", "shall", "just", "previously", "already", "separately", "herself",
            "himself", "itself", "themselves");
    private static final Set<String> NON_NAME_NER = Set.of("DATE", "TIME", "DURATION", "NUMBER", "ORDINAL", "MONEY",
            "PERCENT", "SET");
    private static final Set<String> PERSON_PRONOUNS = Set.of("he", "she");
    private static final Set<String> ORG_PRONOUNS = Set.of("it");

    private final AnalyzedText text;
    private final List<QuoteScanner.Span> spans;

    AttributionFinder(AnalyzedText text, List<QuoteScanner.Span> spans) {
        this.text = text;
        this.spans = spans;
    }

    /** Every attribution of the article, in text order. */
    List<Attribution> findAll() {
        List<Attribution> out = new ArrayList<>();
        for (Sentence s : text.sentences()) {
            out.addAll(find(s));
        }
        return out;
    }

    boolean quoted(Token t) {
        for (QuoteScanner.Span sp : spans) {
            if (t.start() >= sp.outerStart() && t.start() < sp.outerEnd()) {
                return true;
            }
        }
        return false;
    }

    List<Attribution> find(Sentence s) {
        List<Token> toks = s.tokens();
        boolean[] q = new boolean[toks.size()];
        for (int k = 0; k < toks.size(); k++) {
            q[k] = quoted(toks.get(k)) || isQuoteMark(toks.get(k));
        }
        List<Attribution> out = new ArrayList<>();
        List<Attribution> predicates = new ArrayList<>();
        for (int k = 0; k < toks.size(); k++) {
            if (q[k] && isQuoteMark(toks.get(k)) && k > 0 && !q[k - 1] && k + 1 < toks.size() && q[k + 1]
                    && Set.of("VBD", "VBZ").contains(toks.get(k + 1).pos())
                    && Character.isLowerCase(toks.get(k + 1).word().charAt(0))) {
                // 'X and Y "reaffirmed the importance of ..."': the quotation is the predicate of the name before it
                int[] np = backwardNp(toks, q, k - 1);
                boolean reported = false; // 'X said South Korea "attaches ..."': the sayer's words, not the subject's
                for (int j = 0; np != null && j < np[0]; j++) {
                    reported |= !q[j] && isSpeechVerb(toks, j);
                }
                if (np != null && np[1] == k - 1 && !reported && speakerLike(toks, np)
                        && "PERSON".equals(toks.get(np[1]).ner())) {
                    Attribution a = named(toks, q, np, toks.get(np[0]).start(), toks.get(np[1]).end(), "say", false, s.index());
                    if (a != null) {
                        out.add(a);
                        predicates.add(a);
                    }
                }
            }
            if (q[k]) {
                continue;
            }
            Token t = toks.get(k);
            String w = t.word().toLowerCase(Locale.ROOT);
            boolean barePer = w.equals("per") && (k == 0 || toks.get(k - 1).word().equals(",") || q[k - 1]);
            if ((w.equals("according") && k + 1 < toks.size() && lower(toks.get(k + 1)).equals("to"))
                    || (w.equals("as") && k + 1 < toks.size() && lower(toks.get(k + 1)).equals("per")) || barePer) {
                int[] np = forwardNp(toks, q, barePer ? k + 1 : k + 2);
                if (np != null && np[1] + 3 < toks.size() && DOCUMENT_NOUNS.contains(lemma(toks.get(np[1])))
                        && Set.of("released", "issued", "published", "sent", "distributed").contains(lower(toks.get(np[1] + 1)))
                        && lower(toks.get(np[1] + 2)).equals("by")) {
                    // "according to a note released by the Planalto Palace": the issuer speaks
                    int[] issuer = forwardNp(toks, q, np[1] + 3);
                    if (issuer != null && speakerLike(toks, issuer)) {
                        np = issuer;
                    }
                }
                if (np != null && speakerLike(toks, np)) {
                    Attribution a = named(toks, q, np, t.start(), toks.get(np[1]).end(), "according to", true, s.index());
                    if (a != null) {
                        out.add(a);
                    }
                }
                continue;
            }
            // "Zelensky: “We will not give up”" (a name, a colon, a quotation) and "“…” — Zelensky"
            if ((w.equals(":") && k + 1 < toks.size() && q[k + 1])
                    || (Set.of("—", "--", "–").contains(w) && k > 0 && q[k - 1])) {
                int[] np = w.equals(":") ? backwardNp(toks, q, k - 1) : forwardNp(toks, q, k + 1);
                boolean whole = np != null && (w.equals(":") ? np[0] == 0 || q[np[0] - 1]
                        : np[1] + 1 >= toks.size() || Set.of(",", ".").contains(toks.get(np[1] + 1).pos()));
                if (whole && speakerLike(toks, np) && !toks.get(np[1]).pos().equals("PRP")) {
                    Attribution a = named(toks, q, np, Math.min(t.start(), toks.get(np[0]).start()),
                            Math.max(t.end(), toks.get(np[1]).end()), "say", false, s.index());
                    if (a != null) {
                        out.add(a);
                    }
                }
                continue;
            }
            if (!isSpeechVerb(toks, k)) {
                continue;
            }
            String lemma = lemma(t);
            boolean weak = SOURCE_VERBS.contains(lemma);
            String prevWord = k > 0 ? lower(toks.get(k - 1)) : "";
            // "the ministry quoted X as saying", "TASS cited X as telling reporters": X is the speaker, the quoting
            // outlet only the source
            if (t.pos().equals("VBG") && prevWord.equals("as") && k >= 3) {
                int[] np = backwardNp(toks, q, k - 2);
                if (np != null && np[0] >= 1 && Set.of("quote", "cite").contains(lemma(toks.get(np[0] - 1)))
                        && speakerLike(toks, np)) {
                    Attribution a = named(toks, q, np, toks.get(np[0]).start(), t.end(), lemma, false, s.index());
                    if (a != null) {
                        out.add(a);
                        continue;
                    }
                }
            }
            // participle with no subject of its own: "…, adding", "while saying"
            if (t.pos().equals("VBG") && (k == 0 || Set.of(",", "while", "before", "after", "when", "by", "and", "as").contains(prevWord))) {
                Attribution before = out.isEmpty() ? null : out.get(out.size() - 1);
                if (before != null) {
                    out.add(new Attribution(before.speakerText(), before.speakerStart(), t.start(), t.end(), lemma,
                            weak, before.form(), s.index(), before.person(), before.organization()));
                } else {
                    int[] np = firstSpeakerNp(toks, q, 0, k);
                    if (np != null) {
                        Attribution a = named(toks, q, np, t.start(), t.end(), lemma, weak, s.index());
                        if (a != null) {
                            out.add(a);
                        }
                    }
                }
                continue;
            }
            // inverted: "…,” said Kirby", "…, said Price in a statement"
            boolean afterBreak = k == 0 || q[k - 1] || prevWord.equals(",") || prevWord.equals(":")
                    || prevWord.equals("--") || prevWord.equals("—");
            if (afterBreak && !lemma.equals("tell")) { // "X, who ..., told the BBC": the BBC is told, never the teller
                int[] np = forwardNp(toks, q, k + 1);
                if (np != null && speakerLike(toks, np) && endsClause(toks, q, np[1] + 1)) {
                    Attribution a = named(toks, q, np, t.start(), toks.get(np[1]).end(), lemma, weak, s.index());
                    if (a != null) {
                        out.add(a);
                        continue;
                    }
                }
            }
            int[] np = backwardNp(toks, q, k - 1);
            if (np != null && np[0] >= 2 && toks.get(np[1]).ner().equals("LOCATION")
                    && Set.of("in", "at").contains(lower(toks.get(np[0] - 1)))) {
                // "the foreign ministry in Beijing said": the ministry, placed in Beijing
                int[] holder = backwardNp(toks, q, np[0] - 2);
                if (holder != null && ORGANIZATION_NOUNS.contains(lemma(toks.get(holder[1])))) {
                    np = new int[]{holder[0], np[1]};
                    Attribution a = named(toks, q, np, toks.get(np[0]).start(), t.end(), lemma, weak, s.index());
                    out.add(new Attribution(a.speakerText(), a.speakerStart(), a.anchorStart(), a.anchorEnd(), a.verb(),
                            a.weak(), a.form(), a.sentence(), false, true));
                    continue;
                }
            }
            if (np != null && speakerLike(toks, np)) {
                Attribution a = named(toks, q, np, toks.get(np[0]).start(), t.end(), lemma, weak, s.index());
                if (a != null) {
                    out.add(a);
                }
                continue;
            }
            // the subject stands further back: "Truss, 46, the first foreign secretary …, added"
            int clauseStart = 0;
            for (int j = k - 1; j >= 0; j--) {
                if (q[j] || toks.get(j).word().equals(";")) {
                    clauseStart = j + 1;
                    break;
                }
            }
            int[] first = firstSpeakerNp(toks, q, clauseStart, k);
            if (first != null) {
                Attribution a = named(toks, q, first, t.start(), t.end(), lemma, weak, s.index());
                if (a != null) {
                    out.add(a);
                }
            }
        }
        // 'According to the State Department, Brown "stressed ..."': a named office is the speaker of its readout's words;
        // only a source that names nobody ("according to the communique") leaves them to the person
        if (!predicates.isEmpty() && out.stream().anyMatch(a -> !predicates.contains(a) && a.verb().equals("according to")
                && a.form() == Attribution.Form.NAMED)) {
            out.removeAll(predicates);
        }
        // a pronoun subject inside a sentence whose main speaker is named: "Kishida told media … that he told …"
        for (int i = 1; i < out.size(); i++) {
            Attribution a = out.get(i);
            if (a.form() == Attribution.Form.PERSON_PRONOUN) {
                for (int j = 0; j < i; j++) {
                    Attribution b = out.get(j);
                    if (b.form() == Attribution.Form.NAMED && !b.weak()) {
                        out.set(i, a.withSpeaker(b));
                        break;
                    }
                }
            }
        }
        return out;
    }

    private Attribution named(List<Token> toks, boolean[] q, int[] np, int anchorStart, int anchorEnd, String verb,
                              boolean weak, int sentence) {
        Token head = toks.get(np[1]);
        String headWord = lower(head);
        Attribution.Form form = Attribution.Form.NAMED;
        int from = np[0];
        int to = np[1];
        if (np[0] == np[1] && PERSON_PRONOUNS.contains(headWord)) {
            form = Attribution.Form.PERSON_PRONOUN;
        } else if (np[0] == np[1] && (ORG_PRONOUNS.contains(headWord) || headWord.equals("they"))) {
            form = headWord.equals("they") ? Attribution.Form.NAMED : Attribution.Form.ORGANIZATION_REFERENCE;
        } else if (DOCUMENT_NOUNS.contains(lemma(head))) {
            // "a White House readout" → White House; "an official release by the White House" → White House
            int[] issuer = properRun(toks, np[0], np[1] - 1);
            for (int i = np[1] - 1; issuer == null && i > np[0]; i--) {
                if (toks.get(i).pos().equals("POS") && speakerLike(toks, new int[]{np[0], i - 1})) {
                    issuer = new int[]{np[0], i - 1}; // "the ministry's statement" → the ministry
                }
            }
            if (issuer == null && np[1] + 2 < toks.size() && !q[np[1] + 1]
                    && Set.of("by", "from", "of").contains(lower(toks.get(np[1] + 1)))) {
                int[] by = forwardNp(toks, q, np[1] + 2);
                if (by != null) {
                    issuer = properRun(toks, by[0], by[1]);
                }
            }
            if (issuer == null) {
                form = Attribution.Form.ORGANIZATION_REFERENCE;
            } else {
                from = issuer[0];
                to = issuer[1];
            }
        }
        int start = toks.get(from).start();
        int end = toks.get(to).end();
        Token last = toks.get(to);
        boolean person = form == Attribution.Form.NAMED && (last.ner().equals("PERSON")
                || last.ner().equals("O") && last.pos().startsWith("NN") && Character.isUpperCase(last.word().charAt(0))
                && !ORGANIZATION_NOUNS.contains(lemma(last)) && !SPEAKER_NOUNS.contains(lemma(last)));
        boolean organization = form == Attribution.Form.NAMED && !person
                && (last.ner().equals("ORGANIZATION") || last.ner().equals("LOCATION") || last.ner().equals("COUNTRY")
                || ORGANIZATION_NOUNS.contains(lemma(last)));
        return new Attribution(text.text().substring(start, end), start, Math.min(anchorStart, start),
                Math.max(anchorEnd, end), verb, weak, form, sentence, person, organization);
    }

    /** The longest run of proper nouns (or organisation tokens) in [from, to], without a trailing possessive. */
    private static int[] properRun(List<Token> toks, int from, int to) {
        int[] best = null;
        int runStart = -1;
        for (int k = from; k <= to + 1; k++) {
            boolean proper = k <= to && (toks.get(k).pos().startsWith("NNP") || toks.get(k).ner().equals("ORGANIZATION"));
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

    boolean isSpeechVerb(List<Token> toks, int k) {
        Token t = toks.get(k);
        if (!t.pos().startsWith("VB")) {
            return false;
        }
        String lemma = lemma(t);
        if (!SPEECH_VERBS.contains(lemma)) {
            return false;
        }
        if (lemma.equals("post") && k > 0 && lemma(toks.get(k - 1)).equals("be")) {
            return false; // "a video was posted on Telegram"
        }
        if (lemma.equals("post")) {
            // "the embassy posted on Weibo that …", "…,” she posted." but not "posted troops"
            String next = k + 1 < toks.size() ? lower(toks.get(k + 1)) : ".";
            return Set.of("on", "that", ":", ",", ".", "online").contains(next) || isQuoteMark(toks.get(Math.min(k + 1, toks.size() - 1)));
        }
        if (ADJACENT_ONLY.contains(lemma)) {
            // "…,” he continued." but not "they must continue diplomatic engagement"
            if (!(t.pos().equals("VBD") || t.pos().equals("VBZ"))) {
                return false;
            }
            boolean inverted = k > 0 && (isQuoteMark(toks.get(k - 1)) || toks.get(k - 1).word().equals(","));
            if (lemma.equals("describe") && describedAs(toks, k)) {
                return true; // "which she described in a letter as “a defining moment”"
            }
            if (!inverted && k + 1 < toks.size() && !Set.of(",", ".", ":", "``", "''").contains(toks.get(k + 1).pos())
                    && !isQuoteMark(toks.get(k + 1))) {
                return false;
            }
        }
        // passive "was told", "is said to": not the speaker's verb
        for (int j = k - 1; j >= 0 && j >= k - 2; j--) {
            String l = lemma(toks.get(j));
            if (l.equals("be") && t.pos().equals("VBN")) {
                return false;
            }
            if (!toks.get(j).pos().startsWith("RB")) {
                break;
            }
        }
        return true;
    }

    /** "described (it) (in a letter) as “...”": the quotation is how the describer put it. */
    private static boolean describedAs(List<Token> toks, int k) {
        for (int j = k + 1; j + 1 < toks.size() && j <= k + 10; j++) {
            if (isQuoteMark(toks.get(j)) || Set.of(".", ";", ":").contains(toks.get(j).word())) {
                return false;
            }
            if (toks.get(j).word().equals("as")) {
                return isQuoteMark(toks.get(j + 1));
            }
        }
        return false;
    }

    static boolean adjacentOnly(String verb) {
        return ADJACENT_ONLY.contains(verb);
    }

    /** After the speaker of an inverted attribution: the clause ends, or a preposition follows ("in a statement"). */
    private static boolean endsClause(List<Token> toks, boolean[] q, int k) {
        if (k >= toks.size()) {
            return true;
        }
        if (q[k]) {
            return false; // "said South Korea “attaches …”": the reported clause's subject, not the speaker
        }
        Token t = toks.get(k);
        String p = t.pos();
        return p.equals(",") || p.equals(".") || p.equals(":") || p.equals("IN") || p.equals("TO") || p.equals("-LRB-")
                || p.equals("RB") || t.word().equals("--") || t.word().equals("—") || p.equals("CC") && false;
    }

    /** A noun phrase ending at {@code k} (reading leftwards past adverbs, auxiliaries and dates), as [start, end]. */
    private int[] backwardNp(List<Token> toks, boolean[] q, int k) {
        int j = k;
        while (j >= 0 && !q[j]) {
            Token t = toks.get(j);
            String w = lower(t);
            if (t.pos().startsWith("RB") || t.pos().equals("MD") || SKIP_BACK.contains(w)
                    || NON_NAME_NER.contains(t.ner()) && !t.pos().startsWith("NNP") && !t.ner().equals("O")) {
                j--;
            } else if (NON_NAME_NER.contains(t.ner()) && (t.ner().equals("DATE") || t.ner().equals("TIME"))) {
                j--;
                if (j >= 0 && Set.of("on", "at", "in", "this", "last").contains(lower(toks.get(j)))) {
                    j--;
                }
            } else if (w.equals(")") || w.equals("-rrb-") || t.pos().equals("-RRB-")) {
                while (j >= 0 && !toks.get(j).pos().equals("-LRB-") && !toks.get(j).word().equals("(")) {
                    j--;
                }
                j--;
            } else {
                break;
            }
        }
        if (j < 0 || q[j]) {
            return null;
        }
        Token last = toks.get(j);
        if (last.pos().equals("PRP")) {
            return new int[]{j, j};
        }
        if (!npToken(last) || last.pos().equals("DT") || last.pos().equals("POS")) {
            return null;
        }
        int end = j;
        int start = j;
        int i = j - 1;
        while (i >= 0 && !q[i]) {
            Token t = toks.get(i);
            if (npToken(t)) {
                start = i;
                i--;
            } else if (lower(t).equals("of") && i - 1 >= 0 && !q[i - 1] && npToken(toks.get(i - 1))
                    && toks.get(i + 1).pos().startsWith("NNP")) {
                start = i;
                i--;
            } else {
                break;
            }
        }
        while (start < end && (lower(toks.get(start)).equals("that") || lower(toks.get(start)).equals("of"))) {
            start++;
        }
        return new int[]{start, end};
    }

    /** A noun phrase starting at {@code k}, as [start, end], or null. */
    private int[] forwardNp(List<Token> toks, boolean[] q, int k) {
        if (k >= toks.size() || q[k]) {
            return null;
        }
        if (toks.get(k).pos().equals("PRP")) {
            return new int[]{k, k};
        }
        int i = k;
        while (i < toks.size() && !q[i]) {
            Token t = toks.get(i);
            if (npToken(t)) {
                i++;
            } else if (lower(t).equals("of") && i > k && i + 1 < toks.size() && !q[i + 1]
                    && (toks.get(i + 1).pos().startsWith("NNP")
                    || i + 2 < toks.size() && toks.get(i + 1).pos().equals("DT") && toks.get(i + 2).pos().startsWith("NNP"))
                    && toks.get(i - 1).pos().startsWith("NN")) {
                i++;
            } else if (lower(t).equals("or") && i > k && i + 1 < toks.size() && !q[i + 1]
                    && toks.get(i + 1).pos().startsWith("NNP") && toks.get(i - 1).pos().startsWith("NNP")) {
                i++; // "US Department of Defence or Pentagon spokesperson John Kirby"
            } else {
                break;
            }
        }
        int end = i - 1;
        while (end >= k && (toks.get(end).pos().equals("POS") || toks.get(end).pos().equals("DT")
                || lower(toks.get(end)).equals("of"))) {
            end--;
        }
        return end >= k ? new int[]{k, end} : null;
    }

    /** The first noun phrase in [from, to) that can speak. */
    private int[] firstSpeakerNp(List<Token> toks, boolean[] q, int from, int to) {
        int i = from;
        while (i < to) {
            if (q[i] || !npToken(toks.get(i)) && !toks.get(i).pos().equals("PRP")) {
                i++;
                continue;
            }
            int[] np = forwardNp(toks, q, i);
            if (np == null) {
                i++;
                continue;
            }
            if (np[1] >= to) {
                np[1] = to - 1;
            }
            if (speakerLike(toks, np) && !headIsPossessor(toks, np)) {
                // "The spokesperson for the ministry, Oleg Nikolenko, said": the name in apposition
                for (int j = np[1] + 1; j + 1 < to; j++) {
                    if (toks.get(j).word().equals(",") && toks.get(j + 1).ner().equals("PERSON")) {
                        int[] name = forwardNp(toks, q, j + 1);
                        if (name != null && toks.get(name[1]).ner().equals("PERSON") && name[1] + 1 < to
                                && toks.get(name[1] + 1).word().equals(",")) {
                            return name;
                        }
                        break;
                    }
                    if (q[j] || !(npToken(toks.get(j)) || Set.of("for", "of", "at", "in").contains(lower(toks.get(j))))) {
                        break;
                    }
                }
                return np;
            }
            i = Math.max(i + 1, np[1] + 1);
        }
        return null;
    }

    private static boolean headIsPossessor(List<Token> toks, int[] np) {
        return np[1] + 1 < toks.size() && toks.get(np[1] + 1).pos().equals("POS");
    }

    boolean speakerLike(List<Token> toks, int[] np) {
        Token head = toks.get(np[1]);
        String w = lower(head);
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
        if (head.pos().startsWith("NNP")) {
            return true;
        }
        if (np[0] == np[1] && Character.isUpperCase(head.word().charAt(0)) && np[1] > 0
                && !toks.get(np[1] - 1).pos().equals("``")) {
            return true; // a surname the tagger read as a common noun: "Price said"
        }
        return SPEAKER_NOUNS.contains(lemma(head));
    }

    private static boolean npToken(Token t) {
        return NP_POS.contains(t.pos()) && !t.word().equals(",")
                && !(t.ner().equals("DATE") || t.ner().equals("TIME") || t.ner().equals("DURATION"));
    }

    static boolean isQuoteMark(Token t) {
        String w = t.word();
        return w.equals("\"") || w.equals("“") || w.equals("”") || w.equals("‘") || w.equals("’") || w.equals("'")
                || w.equals("«") || w.equals("»") || w.equals("``") || w.equals("''") || w.equals("„");
    }

    static String lower(Token t) {
        return t.word().toLowerCase(Locale.ROOT);
    }

    static String lemma(Token t) {
        return (t.lemma() == null ? t.word() : t.lemma()).toLowerCase(Locale.ROOT);
    }
}
