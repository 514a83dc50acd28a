package dev.readout.extraction.quote;

import dev.readout.lexicon.SpeechVerbs;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the outermost quotations of an article by their marks alone, as news text really prints them: curly or
 * straight, double or single, guillemets; an opening mark missing (a closing mark with nothing open runs back to the
 * previous quotation or the paragraph start); a closing mark missing (runs to the paragraph end); a curly mark of the
 * wrong direction (decided by the spacing around it); a quotation continued in the next paragraph (a paragraph whose
 * quotation is still open when it ends continues into the next paragraph when that one opens with a quote mark).
 * Quotations nested inside a quotation are not reported: they belong to the outer one.
 *
 * <p>Pure string work, so it is tested without any language model.
 */
public final class QuoteScanner {

    /** A paragraph: one line of the article, [start, end) without the line break. */
    record Paragraph(int index, int start, int end) {
    }

    /**
     * One outermost quotation.
     *
     * @param start        first quoted character (inside the marks, leading spaces skipped)
     * @param end          after the last quoted character (trailing spaces skipped)
     * @param openMark     offset of the opening mark, or -1 when it is missing in the source
     * @param closeMark    offset of the closing mark, or -1 when it is missing in the source
     * @param paragraph    index of the paragraph where the quotation opens
     * @param endParagraph index of the paragraph where it ends (later than {@code paragraph} for continuations)
     */
    record Span(int start, int end, int openMark, int closeMark, int paragraph, int endParagraph) {

        /** From the opening mark (or first quoted character) to after the closing mark (or last quoted character). */
        int outerStart() {
            return openMark >= 0 ? openMark : start;
        }

        int outerEnd() {
            return closeMark >= 0 ? closeMark + 1 : end;
        }
    }

    private enum Kind { DOUBLE, SINGLE }

    /** The reporting verbs' forms the lexicon lists for string-only reading ("said", "told", "added"). */
    private static final String VERB = "(?:" + String.join("|", SpeechVerbs.shared().forms()) + ")";

    /** An attribution swallowed by a quotation whose closing mark is missing: ", Zelensky said", ", said the minister". */
    private static final Pattern ATTRIBUTION_INSIDE = Pattern.compile(
            ",\\s+(?:" + VERB + "\\s+(?:the\\s+|an?\\s+)?\\p{L}"
                    + "|(?:(?:[Tt]he|[Aa]n?)\\s+)?(?:\\p{Lu}[\\p{L}.’'-]*\\s+){1,4}" + VERB + "\\b"
                    + "|(?:the|a|an)\\s+(?:[\\p{L}’'-]+\\s+){0,3}(?:official|spokesperson|spokesman|spokeswoman|minister"
                    + "|ministry|president|statement|source|diplomat)\\s+" + VERB + "\\b"
                    + "|(?:he|she|it|they)\\s+" + VERB + "\\b)");

    /** "…, a paragraph of words - Zelensky said." (a dash, a capitalised speaker of up to four words, a verb). */
    private static final Pattern DASH_ATTRIBUTED = Pattern.compile(
            "(?s)(?<body>.+?[\\p{L}\\d.!?,;…])\\s+[-–—]\\s+(?:\\p{Lu}[\\p{L}.’'-]*\\s+){1,4}" + VERB + "\\.?");

    /** Words only a speaker uses of himself: the words are his, not the reporter's. */
    private static final Pattern FIRST_PERSON = Pattern.compile("\\b(?:I|we|We|my|My|our|Our|me|us)\\b");

    private record Open(Kind kind, int at) {
    }

    /** A mark opening a few words inside a running sentence: a lower-case word, a space, the mark, a lower-case letter. */
    static boolean partialOpener(String text, int at) {
        return at >= 2 && at + 1 < text.length() && text.charAt(at - 1) == ' ' && Character.isLowerCase(text.charAt(at - 2))
                && Character.isLowerCase(text.charAt(at + 1));
    }

    /**
     * The article's paragraphs: its lines, except that a line broken inside a sentence (it ends without closing
     * punctuation and the next line, right below it, goes on in lower case) runs on into the next, as in text
     * wrapped at a fixed width.
     */
    static List<Paragraph> paragraphs(String text) {
        List<Paragraph> out = new ArrayList<>();
        int i = 0;
        int n = text.length();
        int open = -1; // start of a paragraph that runs on into the next line
        while (i < n) {
            int nl = text.indexOf('\n', i);
            int end = nl < 0 ? n : nl;
            int s = i;
            int e = end;
            while (s < e && Character.isWhitespace(text.charAt(s))) {
                s++;
            }
            while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
                e--;
            }
            if (e > s) {
                int start = open >= 0 ? open : s;
                open = -1;
                if (nl >= 0 && wrapped(text, e, nl)) {
                    open = start;
                } else {
                    out.add(new Paragraph(out.size(), start, e));
                }
            }
            i = end + 1;
        }
        return out;
    }

    /** The line ending at {@code lineEnd} (its break at {@code nl}) was wrapped inside a sentence. */
    private static boolean wrapped(String text, int lineEnd, int nl) {
        char last = text.charAt(lineEnd - 1);
        if (".!?:;)]|…".indexOf(last) >= 0 || kindOf(last) != null) {
            return false;
        }
        int next = nl + 1;
        while (next < text.length() && (text.charAt(next) == ' ' || text.charAt(next) == '\t')) {
            next++;
        }
        return next < text.length() && Character.isLowerCase(text.charAt(next));
    }

    /**
     * The character spans [from, to) of the outermost quotations, marks included: where words are quoted rather than
     * narrated (the people index does not take names inside them for the narrative's).
     */
    public static List<int[]> outerSpans(String text) {
        return scan(text).stream().map(s -> new int[]{s.outerStart(), s.outerEnd()}).toList();
    }

    static List<Span> scan(String text) {
        return scan(text, paragraphs(text));
    }

    static List<Span> scan(String text, List<Paragraph> paragraphs) {
        List<Span> out = new ArrayList<>();
        Open carried = null; // an outer quotation continued from the previous paragraph
        int carriedParagraph = -1;
        for (int pi = 0; pi < paragraphs.size(); pi++) {
            Paragraph p = paragraphs.get(pi);
            int from = p.start();
            if (carried != null) {
                from++; // the continuation paragraph's own opening mark
            }
            Set<Integer> ignored = new HashSet<>();
            ParagraphResult r = null;
            Paragraph next = pi + 1 < paragraphs.size() ? paragraphs.get(pi + 1) : null;
            boolean nextOpens = next != null && isDoubleOpener(text.charAt(next.start()));
            for (int attempt = 0; attempt < 8; attempt++) {
                r = scanParagraph(text, p, from, carried, carriedParagraph, ignored);
                if (r.danglingSingle >= 0) {
                    ignored.add(r.danglingSingle); // an apostrophe read as an opening mark: read again without it
                } else if (r.open != null && r.open.kind == Kind.DOUBLE && !nextOpens && r.nestedDouble >= 0
                        && partialOpener(text, r.open.at)) {
                    // … interests "in the region. X hopes to meet Y "to discuss …," said the spokesman: a quotation
                    // opened inside a running sentence on a lower-case word is a few words of it, not a speech that
                    // runs on past later sentences; left open with a later quotation inside, its closing mark is the
                    // one the crawl lost, and the later quotation is a quotation of its own
                    ignored.add(r.open.at);
                } else if (r.open != null && r.open.kind == Kind.DOUBLE && !nextOpens && r.nestedDouble >= 0) {
                    // “… prospects “Therefore, …,” the President said.' left the outer quotation open: the inner
                    // mark opened a paragraph the crawl ran into this one, and its closing mark closes the outer one
                    ignored.add(r.nestedDouble);
                } else {
                    break;
                }
            }
            out.addAll(r.spans);
            if (r.spans.isEmpty() && r.open == null && carried == null) {
                Span unmarked = dashAttributed(text, p);
                if (unmarked != null) {
                    out.add(unmarked);
                }
            }
            carried = null;
            carriedParagraph = -1;
            if (r.open != null) {
                if (nextOpens && r.open.kind == Kind.DOUBLE) {
                    carried = r.open;
                    carriedParagraph = r.openParagraph;
                } else {
                    int s = skipSpace(text, r.open.at + 1, p.end());
                    int e = trimEnd(text, s, p.end());
                    Matcher m = ATTRIBUTION_INSIDE.matcher(text.substring(s, e));
                    if (m.find()) {
                        e = trimEnd(text, s, s + m.start()); // “We will fight, Zelensky said. (closing mark missing)
                    }
                    out.add(new Span(s, e, r.open.at, -1, r.openParagraph, pi));
                }
            }
        }
        return out;
    }

    /**
     * @param open          the outermost quotation still open at the paragraph end, or null
     * @param danglingSingle a single mark read as opening that never closed (an apostrophe), or -1
     * @param nestedDouble  the last double mark that opened and closed inside another double quotation, or -1
     */
    /**
     * A paragraph of first-person words with no quotation marks, ended by a dash and its speaker: "We must work
     * together to counter this - Zelensky said." The words before the dash are a quotation.
     */
    private static Span dashAttributed(String text, Paragraph p) {
        String para = text.substring(p.start(), p.end());
        for (int i = 0; i < para.length(); i++) {
            if (kindOf(para.charAt(i)) != null && !(i > 0 && i + 1 < para.length()
                    && Character.isLetter(para.charAt(i - 1)) && Character.isLetter(para.charAt(i + 1)))) {
                return null; // quotation marks of its own (apostrophes aside)
            }
        }
        Matcher m = DASH_ATTRIBUTED.matcher(para);
        if (!m.matches() || !FIRST_PERSON.matcher(m.group("body")).find()) {
            return null;
        }
        int s = p.start() + m.start("body");
        int e = trimEnd(text, s, p.start() + m.end("body"));
        return words(text.substring(s, e)) >= 5 ? new Span(s, e, -1, -1, p.index(), p.index()) : null;
    }

    private record ParagraphResult(List<Span> spans, Open open, int openParagraph, int danglingSingle,
                                   int nestedDouble) {
    }

    private static ParagraphResult scanParagraph(String text, Paragraph p, int from, Open carried, int carriedParagraph,
                                                 Set<Integer> ignored) {
        List<Span> spans = new ArrayList<>();
        Deque<Open> stack = new ArrayDeque<>(); // first = innermost
        int bottomParagraph = p.index();
        if (carried != null) {
            stack.push(carried);
            bottomParagraph = carriedParagraph;
        }
        int regionStart = from;
        int nestedDouble = -1;
        for (int i = from; i < p.end(); i++) {
            if (ignored.contains(i)) {
                continue;
            }
            char c = text.charAt(i);
            Kind kind = kindOf(c);
            if (kind == null) {
                continue;
            }
            char prev = i > p.start() ? text.charAt(i - 1) : ' ';
            char next = i + 1 < p.end() ? text.charAt(i + 1) : ' ';
            boolean openCtx = Character.isWhitespace(prev) || "([{—–-/".indexOf(prev) >= 0 || kindOf(prev) != null;
            boolean closeCtx = Character.isWhitespace(next) || ".,;:!?)]}—–-…".indexOf(next) >= 0 || kindOf(next) != null;
            boolean hasDouble = stack.stream().anyMatch(o -> o.kind == Kind.DOUBLE);
            boolean hasSingle = stack.stream().anyMatch(o -> o.kind == Kind.SINGLE);
            Boolean opens; // true open, false close, null neither
            if (kind == Kind.DOUBLE) {
                if (openCtx && !closeCtx) {
                    opens = true;
                } else if (!openCtx && closeCtx) {
                    opens = false;
                } else if (!openCtx) { // glued on both sides: the glyph decides, a full stop before it closes
                    if (c == '”' || c == '»' || ".,!?".indexOf(prev) >= 0) {
                        opens = false;
                    } else if (c == '“' || c == '„' || c == '«') {
                        opens = true;
                    } else {
                        opens = !hasDouble;
                    }
                } else { // free-standing mark
                    opens = hasDouble ? Boolean.FALSE : (c == '”' || c == '»' ? null : Boolean.TRUE);
                }
            } else {
                boolean prevWord = Character.isLetterOrDigit(prev);
                boolean nextWord = Character.isLetterOrDigit(next);
                if (prevWord && nextWord) {
                    opens = null; // apostrophe: don't, Russia’s
                } else if (c == '‹') {
                    opens = true;
                } else if (c == '›') {
                    opens = hasSingle ? Boolean.FALSE : null;
                } else if (openCtx && (c == '’' ? Character.isLetter(next) : (nextWord || next == '[' || next == '('))) {
                    opens = true;
                } else if (!openCtx && closeCtx) {
                    opens = hasSingle ? Boolean.FALSE : null; // allies’ is a possessive when nothing is open
                } else {
                    opens = null;
                }
            }
            if (opens == null) {
                continue;
            }
            if (opens) {
                if (stack.isEmpty()) {
                    bottomParagraph = p.index();
                }
                stack.push(new Open(kind, i));
                continue;
            }
            // a closing mark: close the innermost open quotation of its kind, and everything inside it
            Open matched = null;
            for (Open o : stack) {
                if (o.kind == kind) {
                    matched = o;
                    break;
                }
            }
            if (matched == null && kind == Kind.DOUBLE && !stack.isEmpty()) {
                matched = stack.peekLast(); // ‘… ” : mixed marks close the outer quotation
            }
            if (matched != null) {
                while (!stack.isEmpty() && stack.peek() != matched) {
                    stack.pop();
                }
                stack.pop();
                if (matched.kind == Kind.DOUBLE && stack.stream().anyMatch(o -> o.kind == Kind.DOUBLE)) {
                    nestedDouble = matched.at;
                }
                if (stack.isEmpty()) {
                    int s = skipSpace(text, matched.at + 1, i);
                    spans.add(new Span(s, trimEnd(text, s, i), matched.at, i, bottomParagraph, p.index()));
                    regionStart = i + 1;
                }
            } else if (kind == Kind.DOUBLE) {
                // a closing mark with nothing open: the opening mark is missing in the source
                int s = skipSpace(text, regionStart, i);
                if (s < i) {
                    spans.add(new Span(s, trimEnd(text, s, i), -1, i, p.index(), p.index()));
                }
                regionStart = i + 1;
            }
        }
        Open bottom = stack.peekLast();
        if (bottom != null && bottom.kind == Kind.SINGLE && bottom.at >= p.start()) {
            return new ParagraphResult(spans, null, -1, bottom.at, nestedDouble);
        }
        return new ParagraphResult(spans, bottom, bottomParagraph, -1, nestedDouble);
    }

    private static Kind kindOf(char c) {
        return switch (c) {
            case '"', '“', '”', '„', '«', '»', '‟' -> Kind.DOUBLE;
            case '\'', '‘', '’', '‹', '›', '‚' -> Kind.SINGLE;
            default -> null;
        };
    }

    private static boolean isDoubleOpener(char c) {
        return c == '"' || c == '“' || c == '„' || c == '«' || c == '‟';
    }

    private static int skipSpace(String text, int i, int limit) {
        while (i < limit && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int trimEnd(String text, int start, int end) {
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return end;
    }

    /** Words of a quotation: whitespace-separated pieces holding a letter or digit. */
    static int words(String quoted) {
        int n = 0;
        for (String w : quoted.split("\\s+")) {
            if (w.codePoints().anyMatch(Character::isLetterOrDigit)) {
                n++;
            }
        }
        return n;
    }
}
