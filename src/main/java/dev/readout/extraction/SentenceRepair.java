package dev.readout.extraction;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Repairs what misleads the sentence splitter, on a copy the pipeline analyses, mapping every offset back to the text
 * as given (offsets still point into the stored article):
 * <ul>
 * <li>crawled pages often lose the space after a full stop ("other issues.According to ..."), which the tokenizer
 * reads as one word and the splitter as no boundary, so two sentences become one the parser cannot read: a space is
 * put back;</li>
 * <li>honorific and rank abbreviations before a name ("H.E. Mr. Pierre ...", "Amb. Lee") end a sentence for the
 * splitter, cutting a party off its verb: their final full stop is read as a space (same length, so nothing
 * moves);</li>
 * <li>a line break ends a sentence for the splitter (news paragraphs often drop their final full stop), but some pages
 * are hard-wrapped at a fixed width, and some lines break inside a sentence: a break is read as a space where the
 * next line goes on in lower case, and everywhere a line ends without closing punctuation in an article most of
 * whose lines are wrapped that way;</li>
 * <li>a "word" longer than any word of any language (a crawl's run of characters, a hostile text's 900,000 letters)
 * makes the NER's features grow faster than the word until the heap is gone: such a run is cut by a space every
 * {@value #LONGEST_WORD} characters (same length, so nothing moves);</li>
 * <li>a wire dateline before a paragraph ("SEOUL, South Korea – President X and Y held talks") is read by the parser as
 * part of the sentence, and its place often as the verb's subject: the dash after it is read as a line break, so the
 * dateline is a sentence of its own (same length, so nothing moves); so is one a crawl glued after the page's
 * headline and date on the same line;</li>
 * </ul>
 */
final class SentenceRepair {

    /** A word of two or more lower-case letters, a full stop, '?' or '!', and a capitalised word straight after. */
    private static final Pattern GLUED = Pattern.compile("(?<=\\p{Ll}{2})(?<!www)[.!?](?=\\p{Lu}\\p{Ll})");

    /** Abbreviations the splitter takes for a sentence end when a name follows. */
    private static final Pattern HONORIFIC = Pattern.compile(
            "(?<![\\p{L}.])(?:H\\.E|Amb|Hon|Rt|Excy|Sen|Rep|Gov|Gen|Lt|Col|Maj|Brig|Capt|Adm|Cmdr|Dep|Pres|Sec)(\\.)(?=\\s+\\p{Lu})");

    /**
     * A dateline opening a paragraph: a place in capitals ("SEOUL", "NEW DELHI"), perhaps its country or region and a
     * wire's name in brackets, then a dash ("SEOUL, South Korea –", "WASHINGTON (AP) —").
     */
    private static final Pattern DATELINE = Pattern.compile("(?m)^(?:date \\d{4}-\\d{2}-\\d{2} )?\\p{Lu}[\\p{Lu}.'’]+(?:[ -]\\p{Lu}[\\p{Lu}.'’]+)*"
            + "(?:, \\p{Lu}[\\p{L}.]*(?: \\p{Lu}[\\p{L}.]*){0,3})?(?: \\([\\p{L} .]+\\))? ?([–—]|--?) ");

    /**
     * A dateline a crawl glued after the page's headline and date, in one line ("... Saturday, September 27, 2003
     * CAMP DAVID, Md. — President X and Y emerged ..."): the place in capitals after a year, then a dash. The space
     * before the place (group 1) and the dash (group 2) are read as line breaks.
     */
    private static final Pattern GLUED_DATELINE = Pattern.compile("(?<=\\b(?:1[89]|20)\\d{2})( )\\p{Lu}[\\p{Lu}.'’]+(?:[ -]\\p{Lu}[\\p{Lu}.'’]+)*"
            + "(?:, \\p{Lu}[\\p{L}.]*(?: \\p{Lu}[\\p{L}.]*){0,3})?(?: \\([\\p{L} .]+\\))? ?([–—]|--?) ");

    /** No word, name or even URL a rule reads is longer; longer runs are cut. */
    static final int LONGEST_WORD = 80;

    private final String repaired;
    /** For each inserted space, its position in the repaired text, ascending. */
    private final int[] inserted;

    private SentenceRepair(String repaired, int[] inserted) {
        this.repaired = repaired;
        this.inserted = inserted;
    }

    static SentenceRepair of(String given) {
        char[] chars = given.toCharArray();
        boolean wrapped = hardWrapped(given);
        for (int i = 1; i + 1 < chars.length; i++) {
            if (chars[i] != '\n' || chars[i + 1] == '\n' || chars[i + 1] == '\r' || chars[i - 1] == '\n') {
                continue;
            }
            char before = chars[i - 1];
            boolean open = Character.isLetterOrDigit(before) || before == ',' || before == '-';
            if (open && (Character.isLowerCase(chars[i + 1]) || wrapped)) {
                chars[i] = ' ';
            }
        }
        int run = 0;
        for (int i = 0; i < chars.length; i++) {
            run = Character.isWhitespace(chars[i]) ? 0 : run + 1;
            if (run > LONGEST_WORD && !Character.isLowSurrogate(chars[i])) {
                chars[i] = ' ';
                run = 0;
            }
        }
        Matcher h = HONORIFIC.matcher(given);
        while (h.find()) {
            chars[h.start(1)] = ' ';
        }
        Matcher dl = DATELINE.matcher(given);
        while (dl.find()) {
            chars[dl.start(1)] = '\n';
            for (int i = dl.start(1) + 1; i < dl.end(1); i++) {
                chars[i] = ' ';
            }
        }
        Matcher gd = GLUED_DATELINE.matcher(given);
        while (gd.find()) {
            chars[gd.start(1)] = '\n';
            chars[gd.start(2)] = '\n';
            for (int i = gd.start(2) + 1; i < gd.end(2); i++) {
                chars[i] = ' ';
            }
        }
        String text = new String(chars);
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
        return new SentenceRepair(sb.toString(), at.stream().mapToInt(Integer::intValue).toArray());
    }

    /** Most lines are long and end open (no closing punctuation): the text was wrapped at a fixed width. */
    static boolean hardWrapped(String text) {
        int lines = 0;
        int wrappedLines = 0;
        for (String line : text.split("\n")) {
            String l = line.strip();
            if (l.isEmpty()) {
                continue;
            }
            lines++;
            char last = l.charAt(l.length() - 1);
            if (l.length() >= 55 && l.length() <= 90 && (Character.isLetterOrDigit(last) || last == ',')) {
                wrappedLines++;
            }
        }
        return lines >= 8 && wrappedLines * 10 >= lines * 4;
    }

    /** The text to analyse. */
    String text() {
        return repaired;
    }

    boolean changed(String given) {
        return !repaired.equals(given);
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
