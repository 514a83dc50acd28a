package dev.readout.extraction.quote;

import dev.readout.extraction.AnalyzedText;
import dev.readout.extraction.AnalyzedText.Sentence;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
    private final int[] anchorStarts;
    private final QuotedRanges quoted;
    private final Map<String, List<ShortForm>> shortForms;

    /**
     * A short form the article defines in parentheses: "the Presidential Strategic Communications Unit (PSCU)", "Joko
     * Widodo (Jokowi)".
     *
     * @param longWords the capitalised words right before the parenthesis (up to nine, small words between kept)
     * @param offset    where those words start
     */
    record ShortForm(String longWords, int offset) {
    }

    private static final Pattern SHORT_FORM = Pattern.compile(
            "((?:\\p{Lu}[\\p{L}’'.-]*\\s+(?:(?:of|for|and|the|on|in)\\s+){0,2}){1,9})\\(\\s*(\\p{Lu}\\p{L}+)\\s*\\)");

    ArticleQuotes(AnalyzedText analyzed) {
        this.analyzed = analyzed;
        this.text = analyzed.text();
        this.paragraphs = List.copyOf(QuoteScanner.paragraphs(text));
        this.spans = List.copyOf(QuoteScanner.scan(text, paragraphs));
        this.quoted = new QuotedRanges(spans);
        Map<String, List<ShortForm>> forms = new HashMap<>();
        Matcher m = SHORT_FORM.matcher(text);
        while (m.find()) {
            forms.computeIfAbsent(m.group(2), k -> new ArrayList<>()).add(new ShortForm(m.group(1), m.start(1)));
        }
        this.shortForms = Map.copyOf(forms);
        this.attributions = new AttributionFinder(analyzed, spans).findAll().stream()
                .sorted(Comparator.comparingInt(Attribution::anchorStart)).toList();
        this.anchorStarts = attributions.stream().mapToInt(Attribution::anchorStart).toArray();
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

    /** The attributions whose phrase starts in [from, to), in order (a view: rules ask this for every quotation). */
    List<Attribution> attributionsBetween(int from, int to) {
        return to <= from ? List.of() : attributions.subList(firstAtOrAfter(from), firstAtOrAfter(to));
    }

    /**
     * The last strong, named attribution that starts before {@code anchorStart}, no more than {@code paragraphsBack}
     * paragraphs before its own, and whose speaker passes {@code kind}; null when there is none. What "the person the
     * article last reported speaking" means for pronouns and role references alike.
     */
    Attribution lastNamedBefore(int anchorStart, int paragraphsBack, java.util.function.Predicate<Attribution> kind) {
        int from = paragraph(Math.max(0, paragraphAt(anchorStart) - paragraphsBack)).start();
        List<Attribution> before = attributionsBetween(from, anchorStart);
        for (int i = before.size() - 1; i >= 0; i--) {
            Attribution b = before.get(i);
            if (!b.weak() && b.form() == Attribution.Form.NAMED && kind.test(b)) {
                return b;
            }
        }
        return null;
    }

    private int firstAtOrAfter(int offset) {
        int lo = 0;
        int hi = anchorStarts.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (anchorStarts[mid] < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
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

    /** Where the article spells out a short form ("PSCU", "Jokowi"), in text order; empty for most words. */
    List<ShortForm> shortForms(String shortForm) {
        return shortForms.getOrDefault(shortForm, List.of());
    }

    /** Whether the offset lies inside any quotation (marks included). */
    boolean insideQuote(int offset) {
        return quoted.contains(offset);
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
