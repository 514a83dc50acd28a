package dev.readout.extraction.quote;

import dev.readout.lexicon.SpeechVerbs;

import java.util.Set;

/**
 * Quotations that name a thing rather than report words: "the so-called “…”", "their “special operation”", "the
 * “Ukraine Democracy Defense Lend-Lease Act”".
 */
final class NamedThings {

    /** Determiners and possessives: after them a quotation stands where a noun would. */
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "this", "that", "their", "its", "his", "her",
            "our", "these", "those");

    private NamedThings() {
    }

    /** The quotation stands where a noun would: after "the", "a", "their", "so-called", "dubbed". */
    static boolean namesAThing(ArticleQuotes q, QuoteScanner.Span span) {
        String before = q.wordBefore(span);
        return DETERMINERS.contains(before) || SpeechVerbs.shared().naming(before);
    }

    /** A name in quotation marks: after "so-called", or every word capitalised (small words of a title aside). */
    static boolean isTitle(ArticleQuotes q, QuoteScanner.Span span) {
        if (!namesAThing(q, span)) {
            return false;
        }
        if (q.wordBefore(span).equals("so-called")) {
            return true;
        }
        int words = 0;
        int capitalised = 0;
        for (String w : q.text().substring(span.start(), span.end()).split("\\s+")) {
            if (w.codePoints().anyMatch(Character::isLetter)) {
                words++;
                if (Character.isUpperCase(w.codePointAt(0)) || !Character.isLetter(w.codePointAt(0))) {
                    capitalised++;
                } else if (w.length() <= 3) {
                    capitalised++; // of, and, the: small words of a title
                }
            }
        }
        return words > 0 && capitalised == words;
    }
}
