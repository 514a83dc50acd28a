package dev.readout.extraction.people;

import dev.readout.extraction.AnalyzedText.Token;
import dev.readout.extraction.people.NameSpans.Span;
import dev.readout.lexicon.PersonWords;
import dev.readout.lexicon.Titles;

import java.util.List;

import static dev.readout.lexicon.PersonWords.Class.HONORIFIC;

/**
 * Names the tagger did not mark as a person, found by what stands around them: proper nouns right after a title or
 * an honorific ("Prime Minister Kaja Kallas", "Mr Lavrov", a transcript's "PRIME MINISTER ALBANESE:"), before an
 * apposition title ("Ban Ki-Moon, Former Secretary-General"), or joined by "and" to a tagged name ("Kim Jong-un and
 * Moon Jae-In spoke").
 */
final class UntaggedNames {

    private static final int MAX_WORDS = 4;

    private UntaggedNames() {
    }

    /** Adds the sentence's untagged names to {@code out}, never overlapping a name already there. */
    static void find(TokenMarks m, int si, List<Span> out) {
        nicknamed(m, si, out);
        afterTitles(m, si, out);
        beforeAppositionTitle(m, si, out);
        listedWithAName(m, si, out);
        listedAfterStates(m, si, out);
    }

    /**
     * "ambassadors of Turkmenistan Aymurad Kochmuradov, Germany York Schuegraf, Switzerland Salman Bal and ...": in a
     * list whose items are a state and its envoy's name, and where the tagger marked at least two of those names, the
     * proper nouns after any other state of the list, up to the item's end, are a name too.
     */
    private static void listedAfterStates(TokenMarks m, int si, List<Span> out) {
        List<int[]> items = new java.util.ArrayList<>(); // {state end, name start}
        int tagged = 0;
        for (int i = 0; i < m.size(); i++) {
            if (m.gazStart(i) != i || m.gazAt(i).stateCode() == null) {
                continue;
            }
            int e = m.gazAt(i).end();
            int k = e < m.size() && PersonWords.is(HONORIFIC, m.word(e)) ? e + 1 : e;
            final int start = k;
            if (out.stream().anyMatch(sp -> sp.sentence() == si && sp.from() == start)) {
                tagged++;
            } else {
                items.add(new int[]{e, k});
            }
            i = e - 1;
        }
        if (tagged < 2) {
            return;
        }
        for (int[] item : items) {
            int k = item[1];
            if (k >= m.size() || !properWord(m, k, false)) {
                continue;
            }
            int j = run(m, k, false);
            for (int h = k; h < j; h++) {
                if (PersonWords.is(HONORIFIC, m.word(h))) {
                    k = h + 1; // "French Republic Ms. Elsa Pignol": the state's words run up to the honorific
                }
            }
            boolean itemEnds = j >= m.size() || m.word(j).equals(",") || m.word(j).equalsIgnoreCase("and")
                    || !Names.isCapitalised(m.word(j));
            if (j - k >= 2 && itemEnds) {
                add(m, si, k, j, out);
            }
        }
    }

    /** Adds a name; one that holds a tagged name and more ("Recep" before a tagged "Tayyip Erdoğan") replaces it. */
    private static void add(TokenMarks m, int si, int from, int to, List<Span> out) {
        Span c = NameSpans.clean(m, si, from, to);
        if (c == null) {
            return;
        }
        List<Span> overlapping = out.stream().filter(c::overlaps).toList();
        if (overlapping.stream().allMatch(o -> c.from() <= o.from() && o.to() <= c.to())) {
            out.removeAll(overlapping);
            out.add(c);
        }
    }

    /** 'Joko "Jokowi" Widodo': a proper noun, a quoted proper noun, a proper noun, one name whatever the tagger cut. */
    private static void nicknamed(TokenMarks m, int si, List<Span> out) {
        for (int i = 0; i + 4 < m.size(); i++) {
            if (properWord(m, i, false) && NameSpans.quoteMark(m.word(i + 1)) && properWord(m, i + 2, false)
                    && NameSpans.quoteMark(m.word(i + 3)) && properWord(m, i + 4, false)) {
                Span c = new Span(si, i, i + 5);
                out.removeIf(c::overlaps);
                out.add(c);
            }
        }
    }

    /** Capitalised proper nouns right after a capitalised title or an honorific. */
    private static void afterTitles(TokenMarks m, int si, List<Span> out) {
        for (int i = 1; i < m.size(); i++) {
            if (m.inDateline(i)) {
                continue;
            }
            boolean capsTitle = m.inTitle(i - 1) && Names.allCaps(m.word(i - 1)) && m.word(i - 1).length() > 2;
            boolean afterTitle = m.inTitle(i - 1) && Names.isCapitalised(m.word(m.titleStart(i - 1)))
                    || PersonWords.is(HONORIFIC, m.word(i - 1));
            if (!afterTitle || !properWord(m, i, capsTitle) || m.inTitle(i)) {
                continue;
            }
            int j = run(m, i, capsTitle);
            Titles.Title t = m.titleCovering(i - 1);
            if (j - i >= 2 || t == null || !t.plural()) {
                add(m, si, i, j, out); // "Chiefs Meet" in a headline: after a plural title, one word is no name
            }
            i = j;
        }
    }

    /** "Ban Ki-Moon, Former Secretary-General": proper nouns opening the sentence, then a comma and a title. */
    private static void beforeAppositionTitle(TokenMarks m, int si, List<Span> out) {
        boolean caps = m.size() > 0 && Names.allCaps(m.word(0));
        int j = run(m, 0, caps);
        if (j < 2 || j + 1 >= m.size() || !m.word(j).equals(",")) {
            return;
        }
        int k = j + 1;
        if (k < m.size() && !m.inTitle(k) && Names.isCapitalised(m.word(k)) && m.token(k).pos().startsWith("JJ")) {
            k++; // "Former", "Acting"
        }
        if (k < m.size() && m.inTitle(k) && Names.isCapitalised(m.word(k))) {
            add(m, si, 0, j, out);
        }
    }

    /** Proper nouns joined by "and" or a comma to a name the tagger did mark: "Kim Jong-un and Moon Jae-In". */
    private static void listedWithAName(TokenMarks m, int si, List<Span> out) {
        for (Span s : List.copyOf(out)) {
            if (s.sentence() != si) {
                continue;
            }
            int k = s.to();
            if (k + 2 < m.size() && m.word(k).equalsIgnoreCase("and") && properWord(m, k + 1, false)
                    && m.token(k + 1).ner().equals("O")) {
                int j = run(m, k + 1, false);
                // "and State Security Minister X": words before a title qualify it, they name nobody
                if (j - (k + 1) >= 2 && !(j < m.size() && m.inTitle(j))) {
                    add(m, si, k + 1, j, out);
                }
            }
        }
    }

    /** The end of a run of proper nouns from token i, hyphenated parts included ("Moon Jae-In"), at most four words. */
    private static int run(TokenMarks m, int i, boolean caps) {
        int j = i;
        while (j < m.size() && j - i < MAX_WORDS && properWord(m, j, caps) && !m.inTitle(j)) {
            j++;
            while (j + 1 < m.size() && m.word(j).equals("-") && glued(m, j) && glued(m, j + 1)) {
                j += 2;
            }
        }
        return j;
    }

    private static boolean glued(TokenMarks m, int k) {
        return m.token(k).start() == m.token(k - 1).end();
    }

    /** A capitalised proper noun that is no place, date or time; all capitals only where the title is too. */
    private static boolean properWord(TokenMarks m, int i, boolean caps) {
        Token t = m.token(i);
        return t.pos().startsWith("NNP") && Names.isCapitalised(t.word()) && Names.hasLetter(t.word())
                && !m.inGaz(i) && !"DATE".equals(t.ner()) && !"TIME".equals(t.ner())
                && (caps || !Names.allCaps(t.word()));
    }
}
