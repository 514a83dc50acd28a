package dev.readout.extraction.people;

import dev.readout.extraction.AnalyzedText.Token;
import dev.readout.lexicon.Gazetteer;
import dev.readout.lexicon.PersonWords;

import java.util.Set;

import static dev.readout.lexicon.PersonWords.Class.DETERMINER;
import static dev.readout.lexicon.PersonWords.Class.HONORIFIC;

/**
 * The place of a dateline at the start of a paragraph: "RIYADH, (WAM) -", "Addis Ababa, February 19", "WASHINGTON
 * (AP) —", "HANGZHOU, China, Sept. 5", "Washington DC [US], May 21 (ANI):". A dateline names where the report was
 * filed, never a person or a party, so its words are a place however the tagger saw them.
 */
final class Datelines {

    private static final int MAX_PLACE_WORDS = 4;
    private static final Set<String> DASHES = Set.of("-", "—", "–", "--", ":");
    private static final Set<String> PLACE_NER = Set.of("LOCATION", "CITY", "COUNTRY", "STATE_OR_PROVINCE");

    private Datelines() {
    }

    /** The end (exclusive) of the dateline place that opens the sentence, or 0 when it opens with none. */
    static int placeEnd(TokenMarks m, String text) {
        int n = m.size();
        if (n < 3 || !paragraphStart(text, m.token(0).start())) {
            return 0;
        }
        int k = 0;
        while (k < n && k < MAX_PLACE_WORDS && placeWord(m, k)) {
            k++;
        }
        // "BEIJING/SYDNEY": two places filed from
        while (k + 1 < n && m.word(k).equals("/") && placeWord(m, k + 1)) {
            k += 2;
        }
        if (k == 0 || k >= n - 1) {
            return 0;
        }
        boolean caps = allCaps(m, 0, k);
        boolean place = place(m, 0, k);
        String p = m.word(k);
        boolean dateline = caps && (p.equals(",") || p.equals("(") || DASHES.contains(p))
                || place && (p.equals("(") || p.equals("[") || p.equals(",") && dateOrSource(m, k + 1));
        if (!dateline) {
            return 0;
        }
        // "HANGZHOU, China, Sept. 5": the country after the city belongs to the place
        if (p.equals(",") && k + 2 < n && m.gazStart(k + 1) == k + 1 && m.gazAt(k + 1).has(Gazetteer.Type.NAME)
                && m.gazAt(k + 1).end() < n && m.word(m.gazAt(k + 1).end()).equals(",")) {
            k = m.gazAt(k + 1).end();
        }
        // "Washington DC [US]"
        if (p.equals("[")) {
            for (int j = k + 1; j < n && j <= k + 3; j++) {
                if (m.word(j).equals("]")) {
                    return j + 1;
                }
            }
        }
        return k;
    }

    /** Whether only blanks lie between the previous line break (or the text's start) and the offset. */
    private static boolean paragraphStart(String text, int offset) {
        for (int i = offset - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (c == '\n') {
                return true;
            }
            if (!Character.isWhitespace(c)) {
                return false;
            }
        }
        return true;
    }

    private static boolean placeWord(TokenMarks m, int i) {
        String w = m.word(i);
        boolean caps = w.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
        return Names.isCapitalised(w) && Names.hasLetter(w) && !PersonWords.is(HONORIFIC, w)
                && !PersonWords.is(DETERMINER, w) && (caps || !m.inTitle(i));
    }

    private static boolean allCaps(TokenMarks m, int from, int to) {
        int letters = 0;
        for (int i = from; i < to; i++) {
            for (char c : m.word(i).toCharArray()) {
                if (Character.isLetter(c)) {
                    if (!Character.isUpperCase(c)) {
                        return false;
                    }
                    letters++;
                }
            }
        }
        return letters >= 3;
    }

    /** Every word a gazetteer place (state, capital, region) or tagged as a location. */
    private static boolean place(TokenMarks m, int from, int to) {
        for (int i = from; i < to; i++) {
            Gazetteer.Match g = m.gazCovering(i);
            boolean gazPlace = g != null && (g.stateCode() != null || g.regionCode() != null) && !g.has(Gazetteer.Type.ADJ);
            if (!gazPlace && !PLACE_NER.contains(m.token(i).ner()) && !m.word(i).equals("/")) {
                return false;
            }
        }
        return true;
    }

    /** A date ("February 19", "Sept. 13"), a parenthesis or an agency's capitals after the dateline's comma. */
    private static boolean dateOrSource(TokenMarks m, int i) {
        if (i >= m.size()) {
            return false;
        }
        Token t = m.token(i);
        return "DATE".equals(t.ner()) || t.word().equals("(")
                || t.word().length() >= 2 && t.word().chars().filter(Character::isLetter).allMatch(Character::isUpperCase)
                        && Names.hasLetter(t.word());
    }
}
