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

    private TokenMarks(List<Token> tokens, List<String> words, Titles.Title[] titleAt, int[] titleStart,
                       Gazetteer.Match[] gazAt, int[] gazStart) {
        this.tokens = tokens;
        this.words = words;
        this.titleAt = titleAt;
        this.titleStart = titleStart;
        this.gazAt = gazAt;
        this.gazStart = gazStart;
    }

    static TokenMarks of(Sentence s, Gazetteer gaz) {
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
        for (int i = 0; i < n; i++) {
            if (gazStart[i] < 0) {
                Gazetteer.Match g = gaz.match(words, i);
                if (g != null) {
                    gazAt[i] = g;
                    Arrays.fill(gazStart, i, g.end(), i);
                }
            }
        }
        for (int i = 0; i < n; i++) {
            if (titleStart[i] < 0) {
                Titles.Title t = gaz.title(words, i);
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

    /** The words [from, to) joined by single spaces. */
    String join(int from, int to) {
        return String.join(" ", words.subList(from, to));
    }
}
