package dev.readout.extraction;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Crawled pages often lose the space after a full stop ("other issues.According to ..."), which the tokenizer reads as
 * one word and the sentence splitter as no boundary, so two or more sentences become one the parser cannot read.
 * The pipeline analyses a copy with a space put back at each such place and maps every offset back to the text as
 * given, so offsets still point into the stored article.
 */
final class GlueRepair {

    /** A word of two or more lower-case letters, a full stop, '?' or '!', and a capitalised word straight after. */
    private static final Pattern GLUED = Pattern.compile("(?<=\\p{Ll}{2})(?<!www)[.!?](?=\\p{Lu}\\p{Ll})");

    private final String repaired;
    /** For each inserted space, its position in the repaired text, ascending. */
    private final int[] inserted;

    private GlueRepair(String repaired, int[] inserted) {
        this.repaired = repaired;
        this.inserted = inserted;
    }

    static GlueRepair of(String text) {
        Matcher m = GLUED.matcher(text);
        StringBuilder sb = new StringBuilder(text.length() + 16);
        java.util.List<Integer> at = new java.util.ArrayList<>();
        int last = 0;
        while (m.find()) {
            sb.append(text, last, m.end());
            at.add(sb.length());
            sb.append(' ');
            last = m.end();
        }
        sb.append(text, last, text.length());
        return new GlueRepair(sb.toString(), at.stream().mapToInt(Integer::intValue).toArray());
    }

    /** The text to analyse. */
    String text() {
        return repaired;
    }

    boolean changed() {
        return inserted.length > 0;
    }

    /** The offset in the given text of an offset in the repaired one. */
    int original(int offset) {
        int shift = 0;
        for (int p : inserted) {
            if (p < offset) {
                shift++;
            } else {
                break;
            }
        }
        return offset - shift;
    }
}
