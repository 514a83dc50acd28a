package dev.readout.extraction.people;

import dev.readout.extraction.AnalyzedText;
import dev.readout.extraction.AnalyzedText.Sentence;
import dev.readout.extraction.AnalyzedText.Token;
import dev.readout.lexicon.Gazetteer;
import dev.readout.lexicon.PersonWords;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static dev.readout.lexicon.PersonWords.Class.HONORIFIC;
import static dev.readout.lexicon.PersonWords.Class.PRONOUN;

/**
 * Where the article names a person: the tagger's PERSON entities and the proper nouns right after a title or an
 * honorific ("Prime Minister Kaja Kallas", "Mr Lavrov"), each trimmed to the name itself (no title, honorific,
 * demonym, office or possessive).
 */
final class NameSpans {

    /** Tokens [from, to) of a sentence that name a person. */
    /**
     * Tokens [from, to) of a sentence that name a person; {@code cut} letters at the end of the last token are not
     * the name's but a word a crawl glued to it ("Zhao Lejiin the Great Hall" is "Zhao Leji" + "in").
     */
    record Span(int sentence, int from, int to, int cut) {

        Span(int sentence, int from, int to) {
            this(sentence, from, to, 0);
        }

        int length() {
            return to - from;
        }

        boolean overlaps(Span o) {
            return o.sentence == sentence && o.from < to && from < o.to;
        }
    }

    private NameSpans() {
    }

    static List<Span> find(AnalyzedText text, List<TokenMarks> marks) {
        List<Span> out = new ArrayList<>();
        for (AnalyzedText.Entity e : text.entities()) {
            if (!"PERSON".equals(e.type())) {
                continue;
            }
            Sentence s = text.sentences().get(e.sentence());
            int from = -1, to = -1;
            for (int i = 0; i < s.tokens().size(); i++) {
                Token t = s.tokens().get(i);
                if (t.start() >= e.start() && t.end() <= e.end()) {
                    if (from < 0) {
                        from = i;
                    }
                    to = i + 1;
                }
            }
            TokenMarks m = marks.get(e.sentence());
            while (from >= 0 && from < to && m.inDateline(from)) {
                from++; // "RIYADH Prince Faisal": the dateline is no part of the name
            }
            for (int i = from + 1; from >= 0 && i < to; i++) {
                if (text.text().substring(m.token(i - 1).end(), m.token(i).start()).indexOf('\n') >= 0) {
                    to = i; // "Wang Yi" at a line's end and "Washington" opening the next: a name stops at the line
                }
            }
            if (from >= 0 && from < to) {
                Span c = clean(marks.get(e.sentence()), e.sentence(), from, to);
                if (c != null) {
                    out.add(c);
                }
            }
        }
        for (int si = 0; si < marks.size(); si++) {
            UntaggedNames.find(marks.get(si), si, out);
        }
        return out;
    }

    /**
     * A name that is part of a place's or institution's name: "Jomo Kenyatta International Airport", "the Nita
     * Mukesh Ambani Cultural Centre" (a facility word inside the span or among the capitalised words after it).
     */
    static boolean facility(TokenMarks m, int from, int to) {
        for (int i = from; i < m.size() && i < to + 3; i++) {
            String w = m.word(i);
            if (i >= to && !Names.isCapitalised(w)) {
                return false;
            }
            if (Names.isCapitalised(w) && PersonWords.is(PersonWords.Class.FACILITY, w)) {
                return true;
            }
        }
        return false;
    }

    /** Whether token i sits in a run of capitalised words that names a facility ("Jomo Kenyatta International Airport"). */
    static boolean inFacility(TokenMarks m, int i) {
        int from = i;
        while (from > 0 && Names.isCapitalised(m.word(from - 1))) {
            from--;
        }
        return facility(m, from, i + 1);
    }

    /** Trims titles, honorifics, gazetteer words and possessives off a PERSON span; null when nothing is left. */
    static Span clean(TokenMarks m, int si, int from, int to) {
        while (from < to) {
            String w = m.word(from);
            if (m.inTitle(from) || strippableGaz(m, from) || PersonWords.is(HONORIFIC, w)
                    || !Names.isCapitalised(w) || !Names.hasLetter(w)) {
                from++;
            } else {
                break;
            }
        }
        while (to > from) {
            String w = m.word(to - 1);
            if (!Names.hasLetter(w) || !Names.isCapitalised(w) || strippableGaz(m, to - 1) && to - 1 > from
                    && m.gazCovering(to - 1).institution() != null
                    || m.token(to - 1).pos().equals("POS")) {
                to--;
            } else {
                break;
            }
        }
        // "Azerbaijan Jeyhun Bayramov", "Wang Yi Washington": a state or capital glued to a name of two words or more
        if (to - from >= 3 && place(m, from) && m.gazCovering(from).end() == from + 1) {
            from++;
        }
        if (to - from >= 3 && place(m, to - 1) && m.gazCovering(to - 1).start() == to - 1) {
            to--;
        }
        // a hyphenated name keeps its lower-case part: "Yoon Suk-yeol"
        while (to < m.size() && m.token(to).start() == m.token(to - 1).end()
                && (m.word(to).equals("-") || m.word(to - 1).equals("-"))) {
            to++;
        }
        while (to > from && !Names.hasLetter(m.word(to - 1))) {
            to--;
        }
        if (from >= to) {
            return null;
        }
        if (from + 1 == to && (m.token(from).pos().startsWith("PRP") || PersonWords.is(PRONOUN, m.word(from))
                || m.word(from).endsWith("ing"))) {
            return null;
        }
        if (from + 1 == to && from > 0 && place(m, from) && PersonWords.is(PersonWords.Class.STATE_PREPOSITION,
                m.word(from - 1).toLowerCase(Locale.ROOT))) {
            return null; // "the foreign minister of Jordan": the state, which the gazetteer reads as one
        }
        // a name does not run across a comma or a conjunction
        for (int i = from; i < to; i++) {
            String w = m.word(i);
            if (w.equals(",") || w.equalsIgnoreCase("and") || w.equals(";")) {
                return null;
            }
        }
        String w0 = m.word(from);
        // one word in capitals is an acronym, unless a title in capitals stands before it ("PRIME MINISTER ALBANESE:")
        boolean capsTitled = from > 0 && m.inTitle(from - 1) && Names.allCaps(m.word(from - 1)) && w0.length() > 2;
        if (from + 1 == to && (w0.length() < 2 || w0.equals(w0.toUpperCase(Locale.ROOT)) && !capsTitled)
                || facility(m, from, to)) {
            return null;
        }
        return new Span(si, from, to, to - from >= 2 ? gluedWord(m, to) : 0);
    }

    /**
     * The length of a word a crawl glued to the name's last word, or 0: "Lejiin the" ("in" before an article),
     * "Zhiganga Chinese company" ("a" before an adjective). The stem keeps three letters or more; a hyphenated
     * word ("Moon Jae-in") is never cut.
     */
    private static int gluedWord(TokenMarks m, int to) {
        String w = m.word(to - 1);
        if (to >= m.size() || w.contains("-") || m.token(to - 1).start() == m.token(to - 2).end()) {
            return 0;
        }
        Token next = m.token(to);
        for (String glued : PersonWords.of(PersonWords.Class.GLUED_WORD)) {
            if (w.length() - glued.length() >= 3 && w.endsWith(glued)
                    && Character.isLowerCase(w.charAt(w.length() - glued.length() - 1))) {
                boolean article = glued.equals("a") || glued.equals("an");
                boolean fits = article ? next.pos().startsWith("JJ") || next.pos().equals("NN")
                        : next.pos().equals("DT");
                if (fits) {
                    return glued.length();
                }
            }
        }
        return 0;
    }

    static boolean quoteMark(String w) {
        return w.equals("\"") || w.equals("``") || w.equals("''") || w.equals("“") || w.equals("”");
    }

    /** The words quoted inside a name's tokens ('Joko "Jokowi" Widodo' → Jokowi): nicknames. */
    static List<String> nicknames(List<Token> toks, int from, int to) {
        List<String> out = new java.util.ArrayList<>();
        boolean quoted = false;
        for (int i = from; i < to; i++) {
            String w = toks.get(i).word();
            if (quoteMark(w)) {
                quoted = !quoted;
            } else if (quoted && Names.isCapitalised(w)) {
                out.add(w);
            }
        }
        return out;
    }

    /** A single state name or capital ("Chad" and "Jordan" are names too, so only beside a name of two words). */
    private static boolean place(TokenMarks m, int i) {
        Gazetteer.Match g = m.gazCovering(i);
        return g != null && (g.has(Gazetteer.Type.NAME) || g.has(Gazetteer.Type.CAPITAL));
    }

    /** A gazetteer word that cannot be part of a person's name: adjectives and institutions, not "Chad" or "Jordan". */
    static boolean strippableGaz(TokenMarks m, int i) {
        Gazetteer.Match g = m.gazCovering(i);
        return g != null && (g.has(Gazetteer.Type.ADJ) || g.institution() != null || g.end() - g.start() > 1);
    }

    /** The name a span writes, without a glued word. */
    static String written(List<Token> toks, Span s) {
        String w = written(toks, s.from(), s.to());
        return w.substring(0, w.length() - s.cut());
    }

    /** The name as written over tokens [from, to): words joined by spaces, glued hyphens and initials kept. */
    static String written(List<Token> toks, int from, int to) {
        StringBuilder sb = new StringBuilder();
        boolean quoted = false;
        for (int i = from; i < to; i++) {
            String w = toks.get(i).word();
            if (quoteMark(w)) {
                quoted = !quoted; // 'Joko "Jokowi" Widodo' is Joko Widodo; the nickname is an alias
                continue;
            }
            if (quoted) {
                continue;
            }
            boolean glued = i > from && toks.get(i).start() == toks.get(i - 1).end();
            if (!Names.hasLetter(w) && !(w.equals("-") && glued) && !w.equals(".")) {
                continue;
            }
            if (sb.length() > 0 && !glued) {
                sb.append(' ');
            }
            sb.append(w);
        }
        return sb.toString().strip();
    }
}
