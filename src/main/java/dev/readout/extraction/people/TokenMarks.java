package dev.readout.extraction.people;

import dev.readout.extraction.AnalyzedText.Sentence;
import dev.readout.extraction.AnalyzedText.Token;
import dev.readout.lexicon.Gazetteer;
import dev.readout.lexicon.Titles;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One sentence's tokens marked with the lexicon phrases they belong to: title phrases ("Foreign Minister") and
 * gazetteer phrases (states, demonyms, capitals, offices, international organisations, regions). Immutable.
 */
final class TokenMarks {

    private final List<Token> tokens;
    private final List<String> words;
    private final Titles.Title[] titleAt;
    private final int[] titleStart;
    private final Gazetteer.Match[] gazAt;
    private final int[] gazStart;
    private int datelineEnd;

    private TokenMarks(List<Token> tokens, List<String> words, Titles.Title[] titleAt, int[] titleStart,
                       Gazetteer.Match[] gazAt, int[] gazStart) {
        this.tokens = tokens;
        this.words = words;
        this.titleAt = titleAt;
        this.titleStart = titleStart;
        this.gazAt = gazAt;
        this.gazStart = gazStart;
    }

    /** The marks of one sentence of the article {@code text}. */
    static TokenMarks of(Sentence s, Gazetteer gaz, String text) {
        TokenMarks m = lexicon(s, gaz);
        m.datelineEnd = Datelines.placeEnd(m, text);
        return m;
    }

    /**
     * "Iran's Supreme National Security Council": a proper noun right before a known institution's name ("Supreme")
     * makes it another institution's name; a state or its adjective there ("US National Security Council") does not.
     */
    private static boolean partOfALongerName(List<Token> tokens, List<String> words, Gazetteer gaz, int i) {
        if (i == 0) {
            return false;
        }
        String before = words.get(i - 1);
        return tokens.get(i - 1).pos().startsWith("NNP") && Names.isCapitalised(before)
                && before.chars().allMatch(Character::isLetter) && gaz.match(words, i - 1) == null
                && gaz.title(words, i - 1) == null;
    }

    private static TokenMarks lexicon(Sentence s, Gazetteer gaz) {
        List<String> words = new ArrayList<>();
        for (Token t : s.tokens()) {
            words.add(t.word());
        }
        int n = words.size();
        Titles.Title[] titleAt = new Titles.Title[n];
        int[] titleStart = new int[n];
        Gazetteer.Match[] gazAt = new Gazetteer.Match[n];
        int[] gazStart = new int[n];
        Arrays.fill(titleStart, -1);
        Arrays.fill(gazStart, -1);
        Units units = Units.of(s.tokens());
        for (int i = 0; i < n; i++) {
            if (gazStart[i] < 0) {
                Gazetteer.Match g = units.gaz(gaz, i);
                if (g == null) {
                    g = gaz.match(words, i);
                }
                if (g != null && g.institution() != null && partOfALongerName(s.tokens(), words, gaz, i)) {
                    g = null;
                }
                if (g != null) {
                    gazAt[i] = g;
                    Arrays.fill(gazStart, i, g.end(), i);
                }
            }
        }
        for (int i = 0; i < n; i++) {
            if (titleStart[i] < 0) {
                Titles.Title t = units.title(i);
                if (t == null) {
                    t = gaz.title(words, i);
                }
                // capitalised titles, and lower-case role words that still make a role ("his Russian counterpart")
                if (t != null && (Names.isCapitalised(words.get(i)) || Character.isLowerCase(words.get(i).codePointAt(0)))) {
                    titleAt[i] = t;
                    Arrays.fill(titleStart, i, i + t.length(), i);
                }
            }
        }
        // "President-elect" tokenizes as President - elect: one title
        for (int i = 1; i + 1 < n; i++) {
            if (titleStart[i - 1] >= 0 && words.get(i).equals("-")
                    && (words.get(i + 1).equalsIgnoreCase("elect") || words.get(i + 1).equalsIgnoreCase("designate"))) {
                int ts = titleStart[i - 1];
                titleAt[ts] = new Titles.Title(titleAt[ts].family(), i + 2 - ts);
                titleStart[i] = ts;
                titleStart[i + 1] = ts;
            }
        }
        return new TokenMarks(List.copyOf(s.tokens()), List.copyOf(words), titleAt, titleStart, gazAt, gazStart);
    }

    /**
     * The sentence's words with hyphenated compounds the tokenizer split rejoined ("Secretary - General" is
     * "Secretary-General", "Guinea - Bissau" is "Guinea-Bissau"), so lexicon phrases written with a hyphen match.
     */
    private record Units(List<String> words, int[] unitOf, int[] firstToken, int[] endToken) {

        static Units of(List<Token> tokens) {
            List<String> ws = new ArrayList<>();
            int n = tokens.size();
            int[] unitOf = new int[n];
            List<int[]> spans = new ArrayList<>();
            for (int i = 0; i < n; ) {
                int j = i + 1;
                while (j + 1 < n && tokens.get(j).word().equals("-") && glued(tokens, j) && glued(tokens, j + 1)) {
                    j += 2;
                }
                StringBuilder sb = new StringBuilder();
                for (int k = i; k < j; k++) {
                    sb.append(tokens.get(k).word());
                    unitOf[k] = spans.size();
                }
                ws.add(sb.toString());
                spans.add(new int[]{i, j});
                i = j;
            }
            int[] first = new int[spans.size()];
            int[] end = new int[spans.size()];
            for (int u = 0; u < spans.size(); u++) {
                first[u] = spans.get(u)[0];
                end[u] = spans.get(u)[1];
            }
            return new Units(ws, unitOf, first, end);
        }

        private static boolean glued(List<Token> tokens, int k) {
            return tokens.get(k).start() == tokens.get(k - 1).end();
        }

        /** Whether token i starts a compound of several tokens. */
        private boolean compoundAt(int i) {
            int u = unitOf[i];
            return firstToken[u] == i && endToken[u] - i > 1;
        }

        /** A title phrase starting with the compound at token i, in tokens; null when none or no compound there. */
        Titles.Title title(int i) {
            if (!compoundAt(i)) {
                return null;
            }
            Titles.Title t = Titles.shared().match(words, unitOf[i]);
            return t == null ? null : new Titles.Title(t.family(), endToken[unitOf[i] + t.length() - 1] - i, t.plural());
        }

        /** A gazetteer phrase starting with the compound at token i, in tokens; null when none or no compound there. */
        Gazetteer.Match gaz(Gazetteer gaz, int i) {
            if (!compoundAt(i)) {
                return null;
            }
            Gazetteer.Match g = gaz.match(words, unitOf[i]);
            return g == null ? null : new Gazetteer.Match(i, endToken[g.end() - 1], g.entries());
        }
    }

    /** The end (exclusive) of the dateline place that opens the sentence, or 0 ({@link Datelines}). */
    int datelineEnd() {
        return datelineEnd;
    }

    /** Whether token i is part of a dateline's place. */
    boolean inDateline(int i) {
        return i < datelineEnd;
    }

    int size() {
        return words.size();
    }

    List<String> words() {
        return words;
    }

    String word(int i) {
        return words.get(i);
    }

    Token token(int i) {
        return tokens.get(i);
    }

    /** The first token of the title phrase covering token i, or -1. */
    int titleStart(int i) {
        return titleStart[i];
    }

    boolean inTitle(int i) {
        return titleStart[i] >= 0;
    }

    /** The title phrase starting at token i, or null. */
    Titles.Title titleAt(int i) {
        return titleAt[i];
    }

    /** The title phrase covering token i, or null. */
    Titles.Title titleCovering(int i) {
        return titleStart[i] >= 0 ? titleAt[titleStart[i]] : null;
    }

    /** The first token of the gazetteer phrase covering token i, or -1. */
    int gazStart(int i) {
        return gazStart[i];
    }

    boolean inGaz(int i) {
        return gazStart[i] >= 0;
    }

    /** The gazetteer phrase starting at token i, or null. */
    Gazetteer.Match gazAt(int i) {
        return gazAt[i];
    }

    /** The gazetteer phrase covering token i, or null. */
    Gazetteer.Match gazCovering(int i) {
        return gazStart[i] >= 0 ? gazAt[gazStart[i]] : null;
    }

    /** The words [from, to) as written: single spaces, except around a hyphen glued to its words ("Secretary-General"). */
    String join(int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int i = from; i < to; i++) {
            boolean glued = i > from && tokens.get(i).start() == tokens.get(i - 1).end()
                    && (words.get(i).equals("-") || words.get(i - 1).equals("-"));
            if (i > from && !glued) {
                sb.append(' ');
            }
            sb.append(words.get(i));
        }
        return sb.toString();
    }
}
