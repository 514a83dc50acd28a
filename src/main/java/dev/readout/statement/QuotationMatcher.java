package dev.readout.statement;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether two reported quotations are the same statement: the same speaker and the same words, allowing for
 * punctuation, quote style, case, accents, editorial brackets and truncation (one a run of at least
 * {@value #MIN_WORDS} words inside the other, or an elided quotation whose parts all appear in order).
 */
public final class QuotationMatcher {

    /** The shortest run of words that identifies a quotation, as GUIDELINES.md counts statements. */
    public static final int MIN_WORDS = 5;

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern BRACKETS = Pattern.compile("\\[[^\\]]*\\]");
    private static final Pattern APOSTROPHES = Pattern.compile("['’‘`´]");
    private static final Pattern NON_ALNUM = Pattern.compile("[^a-z0-9]+");
    private static final Pattern ELLIPSIS = Pattern.compile("\\.{3,}|…");

    private QuotationMatcher() {
    }

    /**
     * The normalised words of a quotation, for lookup and comparison: accents and case folded, apostrophes dropped
     * ("didn’t" = "didnt"), editorial insertions in square brackets dropped, every other non-letter a space.
     */
    public static String key(String text) {
        return String.join(" ", words(text));
    }

    static List<String> words(String text) {
        if (text == null) {
            return List.of();
        }
        String t = Normalizer.normalize(BRACKETS.matcher(text).replaceAll(" "), Normalizer.Form.NFKD);
        t = MARKS.matcher(t).replaceAll("").toLowerCase(Locale.ROOT);
        t = APOSTROPHES.matcher(t).replaceAll("");
        return Arrays.stream(NON_ALNUM.split(t)).filter(w -> !w.isEmpty()).toList();
    }

    /**
     * Lookup keys: every run of {@value #MIN_WORDS} words. Store them with a statement and query with the new
     * quotation's; a truncated report shares at least one with the full one.
     */
    public static Set<String> shingles(String text) {
        List<String> w = words(text);
        Set<String> out = new LinkedHashSet<>();
        for (int i = 0; i + MIN_WORDS <= w.size(); i++) {
            out.add(String.join(" ", w.subList(i, i + MIN_WORDS)));
        }
        if (out.isEmpty() && !w.isEmpty()) {
            out.add(String.join(" ", w));
        }
        return out;
    }

    /** The same statement: same speaker (ids, e.g. resolved participants) and the same quotation. */
    public static boolean sameStatement(String speakerA, String textA, String speakerB, String textB) {
        return speakerA != null && Objects.equals(speakerA, speakerB) && sameQuotation(textA, textB);
    }

    /** The same words, one possibly a truncation or an elided form of the other. */
    public static boolean sameQuotation(String a, String b) {
        List<String> wa = words(a), wb = words(b);
        if (wa.isEmpty() || wb.isEmpty()) {
            return false;
        }
        if (wa.equals(wb)) {
            return true;
        }
        return within(a, wb) || within(b, wa);
    }

    /** Whether the parts of {@code shorter} between ellipses appear in order in {@code longer}, {@value #MIN_WORDS}+ words in all. */
    private static boolean within(String shorter, List<String> longer) {
        List<List<String>> parts = new ArrayList<>();
        int total = 0;
        for (String part : ELLIPSIS.split(BRACKETS.matcher(shorter).replaceAll(" "))) {
            List<String> w = words(part);
            if (!w.isEmpty()) {
                parts.add(w);
                total += w.size();
            }
        }
        if (total < MIN_WORDS || total > longer.size()) {
            return false;
        }
        int from = 0;
        for (List<String> p : parts) {
            int at = indexOf(longer, p, from);
            if (at < 0) {
                return false;
            }
            from = at + p.size();
        }
        return true;
    }

    private static int indexOf(List<String> hay, List<String> needle, int from) {
        outer:
        for (int i = from; i + needle.size() <= hay.size(); i++) {
            for (int j = 0; j < needle.size(); j++) {
                if (!hay.get(i + j).equals(needle.get(j))) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
