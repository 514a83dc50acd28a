package dev.readout.extraction.quote;

import dev.readout.extraction.AnalyzedText;
import dev.readout.extraction.AnalyzedText.Sentence;

import java.util.Comparator;
import java.util.List;

/**
 * What the quote rules read of one article, fixed before any rule runs: the text, its paragraphs, its quotations and
 * its attributions (in text order), with the small questions every rule asks of them. Immutable.
 */
final class ArticleQuotes {

    private final AnalyzedText analyzed;
    private final String text;
    private final List<QuoteScanner.Paragraph> paragraphs;
    private final List<QuoteScanner.Span> spans;
    private final List<Attribution> attributions;

    ArticleQuotes(AnalyzedText analyzed) {
        this.analyzed = analyzed;
        this.text = analyzed.text();
        this.paragraphs = List.copyOf(QuoteScanner.paragraphs(text));
        this.spans = List.copyOf(QuoteScanner.scan(text, paragraphs));
        this.attributions = new AttributionFinder(analyzed, spans).findAll().stream()
                .sorted(Comparator.comparingInt(Attribution::anchorStart)).toList();
    }

    AnalyzedText analyzed() {
        return analyzed;
    }

    String text() {
        return text;
    }

    List<QuoteScanner.Paragraph> paragraphs() {
        return paragraphs;
    }

    QuoteScanner.Paragraph paragraph(int index) {
        return paragraphs.get(index);
    }

    List<QuoteScanner.Span> spans() {
        return spans;
    }

    /** Every attribution, in order of where its phrase starts. */
    List<Attribution> attributions() {
        return attributions;
    }

    Sentence sentence(int index) {
        return analyzed.sentences().get(index);
    }

    Sentence sentenceAt(int offset) {
        return analyzed.sentenceAt(offset);
    }

    /** The index of the paragraph that holds the offset (the one before, between paragraphs). */
    int paragraphAt(int offset) {
        int lo = 0;
        int hi = paragraphs.size() - 1;
        int found = 0;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (paragraphs.get(mid).start() <= offset) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }

    /** Whether the offset lies inside any quotation (marks included). */
    boolean insideQuote(int offset) {
        for (QuoteScanner.Span sp : spans) {
            if (inside(offset, sp)) {
                return true;
            }
        }
        return false;
    }

    static boolean inside(int offset, QuoteScanner.Span span) {
        return offset >= span.outerStart() && offset < span.outerEnd();
    }

    /** The text of [from, to) with every quotation blanked out, so cues are read only from the narrative. */
    String unquoted(int from, int to) {
        if (to <= from) {
            return "";
        }
        StringBuilder b = new StringBuilder(text.substring(from, to));
        for (QuoteScanner.Span sp : spans) {
            int a = Math.max(from, sp.outerStart());
            int e = Math.min(to, sp.outerEnd());
            for (int i = a; i < e; i++) {
                b.setCharAt(i - from, ' ');
            }
        }
        return b.toString();
    }

    /** Whether [from, to) holds only the allowed characters. */
    boolean gap(int from, int to, String allowed) {
        for (int i = from; i < to; i++) {
            if (allowed.indexOf(text.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    /** Whether [from, to) holds no letter or digit. */
    boolean onlyPunctuation(int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** The lower-cased word right before the quotation's opening mark ("the", "so-called"), or "". */
    String wordBefore(QuoteScanner.Span span) {
        if (span.openMark() < 0) {
            return "";
        }
        int i = span.openMark();
        while (i > 0 && Character.isWhitespace(text.charAt(i - 1))) {
            i--;
        }
        int j = i;
        while (j > 0 && (Character.isLetter(text.charAt(j - 1)) || text.charAt(j - 1) == '-')) {
            j--;
        }
        return text.substring(j, i).toLowerCase(java.util.Locale.ROOT);
    }

    /** The sentence (or sentences) that carry the quotation, for the statement's provenance. */
    String sentenceText(QuoteScanner.Span span) {
        Sentence open = analyzed.sentenceAt(span.outerStart());
        Sentence close = analyzed.sentenceAt(Math.max(span.outerStart(), span.outerEnd() - 1));
        int from = open == null ? span.outerStart() : Math.min(open.start(), span.outerStart());
        int to = close == null ? span.outerEnd() : Math.max(close.end(), span.outerEnd());
        return text.substring(from, Math.min(to, text.length())).strip();
    }
}
