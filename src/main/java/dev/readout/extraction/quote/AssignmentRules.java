package dev.readout.extraction.quote;

import dev.readout.extraction.AnalyzedText.Sentence;
import dev.readout.lexicon.SpeechVerbs;

import java.util.List;

/**
 * Which attribution a quotation takes, nearest first: right after it, right before it, elsewhere in its sentence,
 * elsewhere in its paragraph ({@link #LOCAL}); then, with none of its own, it may name a thing rather than report
 * words; else the paragraph before that ends in a colon, the paragraph it runs on into, the speaker of the paragraphs
 * before going on, or the person they report speaking.
 */
final class AssignmentRules {

    private static final SpeechVerbs VERBS = SpeechVerbs.shared();

    /** The rules that read only the quotation's own sentence and paragraph. */
    static final List<AssignmentRule> LOCAL = List.of(new RightAfter(), new RightBefore(), new InSentence(),
            new InParagraph());

    /** All rules, in the order they are tried. */
    static final List<AssignmentRule> ALL = List.of(LOCAL.get(0), LOCAL.get(1), LOCAL.get(2), LOCAL.get(3),
            new NamedThing(), new IntroducedByColon(), new RunsOn(), new SpeakerGoesOn(), new ReportedSpeakerGoesOn());

    private AssignmentRules() {
    }

    /** The first choice of the rules, or null. */
    static AssignmentRule.Choice first(List<AssignmentRule> rules, ArticleQuotes q, QuoteScanner.Span span, List<Said> said) {
        for (AssignmentRule r : rules) {
            AssignmentRule.Choice c = r.choose(q, span, said);
            if (c != null) {
                return c;
            }
        }
        return null;
    }

    static boolean adjacentOnly(Attribution a) {
        return VERBS.adjacentOnly(a.verb());
    }

    private static int paragraphStart(ArticleQuotes q, QuoteScanner.Span span) {
        return q.paragraph(span.paragraph()).start();
    }

    private static int paragraphEnd(ArticleQuotes q, QuoteScanner.Span span) {
        return q.paragraph(span.endParagraph()).end();
    }

    /** "…,” Price added", "…,” said Kirby": the attribution right after the closing mark, not after a full stop. */
    static final class RightAfter implements AssignmentRule {
        public String name() {
            return "right-after";
        }

        public Choice choose(ArticleQuotes q, QuoteScanner.Span span, List<Said> said) {
            String s = q.text();
            boolean fullStop = span.closeMark() > 0 && span.end() > span.start() && s.charAt(span.end() - 1) == '.'
                    && (span.end() < 3 || !s.startsWith("...", span.end() - 3));
            if (fullStop) {
                return null;
            }
            List<Attribution> after = q.attributionsBetween(span.outerEnd(), paragraphEnd(q, span) + 1);
            if (after.isEmpty()) {
                return null;
            }
            Attribution a = after.get(0);
            if (!q.gap(span.outerEnd(), a.anchorStart(), " \t\u00a0,;:—–-")) {
                return null;
            }
            if (a.weak()) {
                // "…,” TASS reported: the speaker the sentence names before wins over the source
                Attribution strong = strongBefore(q, span);
                return new Choice(strong != null ? strong : a, name());
            }
            if (introducesNext(q, a) && strongBefore(q, span) != null) {
                // "a reporter said to Putin, “…,” Putin replied, “…”": the reply's attribution is the next quotation's;
                // this one has its own speaker before it
                return null;
            }
            return new Choice(a, name());
        }

        /** The attribution is followed, past a comma or colon, by another quotation's opening mark. */
        private static boolean introducesNext(ArticleQuotes q, Attribution a) {
            for (QuoteScanner.Span other : q.spans()) {
                if (other.openMark() >= a.anchorEnd()) {
                    return q.gap(a.anchorEnd(), other.openMark(), " \t\u00a0,:");
                }
            }
            return false;
        }

        private static Attribution strongBefore(ArticleQuotes q, QuoteScanner.Span span) {
            Sentence open = q.sentenceAt(span.outerStart());
            Attribution found = null;
            for (Attribution a : q.attributionsBetween(paragraphStart(q, span), span.outerStart())) {
                if (open != null && a.sentence() == open.index() && !a.weak() && a.anchorEnd() <= span.outerStart()
                        && !adjacentOnly(a)) {
                    found = a;
                }
            }
            return found;
        }
    }

    /** "Kirby said: “…”", "the Russian government added, “…”", "described it in a letter as “…”". */
    static final class RightBefore implements AssignmentRule {
        public String name() {
            return "right-before";
        }

        public Choice choose(ArticleQuotes q, QuoteScanner.Span span, List<Said> said) {
            if (span.openMark() < 0) {
                return null;
            }
            int pStart = paragraphStart(q, span);
            List<Attribution> all = q.attributionsBetween(pStart, span.openMark());
            for (int i = all.size() - 1; i >= 0; i--) {
                Attribution a = all.get(i);
                if (a.anchorEnd() <= span.openMark()) {
                    String between = q.text().substring(a.anchorEnd(), span.openMark()).strip();
                    if (between.isEmpty() || between.equals(",") || between.equals(":") || between.equals("that")
                            || between.equals(", that") || between.equals(VERBS.particle(a.verb()))
                            || a.verb().equals("describe") && between.matches("(?s)[^\"“”.;]{0,60}\\bas")) {
                        return new Choice(a, name());
                    }
                    return null;
                }
            }
            return null;
        }
    }

    /** Elsewhere in the quotation's sentence: a speaker before it, else after it, else a source. */
    static final class InSentence implements AssignmentRule {
        public String name() {
            return "in-sentence";
        }

        public Choice choose(ArticleQuotes q, QuoteScanner.Span span, List<Said> said) {
            Sentence open = q.sentenceAt(span.outerStart());
            Sentence close = q.sentenceAt(Math.max(span.outerStart(), span.outerEnd() - 1));
            int so = open == null ? -1 : open.index();
            int sc = close == null ? so : close.index();
            Attribution before = null;
            Attribution after = null;
            Attribution source = null;
            // the sentences lie in the quotation's paragraphs (the pipeline breaks sentences at line breaks)
            for (Attribution a : q.attributionsBetween(paragraphStart(q, span), paragraphEnd(q, span) + 1)) {
                if (a.sentence() != so && a.sentence() != sc || adjacentOnly(a)) {
                    continue;
                }
                if (a.weak()) {
                    if (source == null) {
                        source = a;
                    }
                } else if (a.anchorEnd() <= span.outerStart()) {
                    before = a;
                } else if (a.anchorStart() >= span.outerEnd() && after == null) {
                    after = a;
                }
            }
            Attribution a = before != null ? before : after != null ? after : source;
            return a == null ? null : new Choice(a, name());
        }
    }

    /** Elsewhere in the quotation's paragraph: the nearest speaker, else the nearest source. */
    static final class InParagraph implements AssignmentRule {
        public String name() {
            return "in-paragraph";
        }

        public Choice choose(ArticleQuotes q, QuoteScanner.Span span, List<Said> said) {
            int pStart = paragraphStart(q, span);
            int pEnd = paragraphEnd(q, span);
            Attribution nearest = null;
            int best = Integer.MAX_VALUE;
            for (Attribution a : q.attributionsBetween(pStart, pEnd + 1)) {
                if (a.anchorStart() < pStart || a.anchorEnd() > pEnd || adjacentOnly(a)) {
                    continue;
                }
                int d = (a.anchorEnd() <= span.outerStart() ? span.outerStart() - a.anchorEnd()
                        : Math.max(0, a.anchorStart() - span.outerEnd())) + (a.weak() ? q.text().length() : 0);
                if (d < best) {
                    best = d;
                    nearest = a;
                }
            }
            return nearest == null ? null : new Choice(nearest, name());
        }
    }

    /** "the so-called “…”" with nobody saying it here is a term, not a statement. */
    static final class NamedThing implements AssignmentRule {
        public String name() {
            return "named-thing";
        }

        public Choice choose(ArticleQuotes q, QuoteScanner.Span span, List<Said> said) {
            return NamedThings.namesAThing(q, span) ? new Choice(null, name()) : null;
        }
    }

    /** Introduced by the paragraph before: "Biden said in a statement:" ⏎ "“…”". */
    static final class IntroducedByColon implements AssignmentRule {
        public String name() {
            return "introduced-by-colon";
        }

        public Choice choose(ArticleQuotes q, QuoteScanner.Span span, List<Said> said) {
            if (span.paragraph() == 0 || span.outerStart() != q.paragraph(span.paragraph()).start()) {
                return null;
            }
            QuoteScanner.Paragraph prev = q.paragraph(span.paragraph() - 1);
            if (q.text().charAt(prev.end() - 1) != ':') {
                return null;
            }
            Attribution last = null;
            for (Attribution b : q.attributionsBetween(prev.start(), prev.end() + 1)) {
                if (b.anchorEnd() <= prev.end() && !adjacentOnly(b)) {
                    last = b;
                }
            }
            return last == null ? null : new Choice(last, name());
        }
    }

    /** The quotation closes its paragraph and the next paragraph opens with a quotation: that one's attribution. */
    static final class RunsOn implements AssignmentRule {
        public String name() {
            return "runs-on";
        }

        public Choice choose(ArticleQuotes q, QuoteScanner.Span span, List<Said> said) {
            QuoteScanner.Paragraph p = q.paragraph(span.endParagraph());
            if (!q.onlyPunctuation(span.outerEnd(), p.end()) || span.endParagraph() + 1 >= q.paragraphs().size()) {
                return null;
            }
            QuoteScanner.Paragraph next = q.paragraph(span.endParagraph() + 1);
            for (QuoteScanner.Span other : q.spans()) {
                if (other.outerStart() == next.start()) {
                    Choice c = first(LOCAL, q, other, said);
                    if (c != null) {
                        return new Choice(c.attribution(), name());
                    }
                }
            }
            return null;
        }
    }

    /**
     * The speaker of the two paragraphs before goes on: the last one quoted, unless someone else was reported
     * speaking after those words.
     */
    static final class SpeakerGoesOn implements AssignmentRule {
        public String name() {
            return "speaker-goes-on";
        }

        public Choice choose(ArticleQuotes q, QuoteScanner.Span span, List<Said> said) {
            Said last = said.isEmpty() ? null : said.get(said.size() - 1);
            if (last == null || span.paragraph() - last.span().endParagraph() > 2) {
                return null;
            }
            List<Attribution> all = q.attributionsBetween(last.span().outerEnd(), span.outerStart());
            for (int i = all.size() - 1; i >= 0; i--) {
                Attribution b = all.get(i);
                if (b.anchorEnd() > span.outerStart()) {
                    continue;
                }
                if (!b.weak() && b.form() == Attribution.Form.NAMED && !adjacentOnly(b)) {
                    return new Choice(b, name());
                }
            }
            return new Choice(last.attribution(), name());
        }
    }

    /**
     * A paragraph that opens with a quoted sentence of its own and no attribution: the words of the person the two
     * paragraphs before report speaking ("She said Australia would fund clinics." ⏎ "“That work starts next month…”").
     */
    static final class ReportedSpeakerGoesOn implements AssignmentRule {
        public String name() {
            return "reported-speaker-goes-on";
        }

        public Choice choose(ArticleQuotes q, QuoteScanner.Span span, List<Said> said) {
            if (span.paragraph() == 0 || span.outerStart() != q.paragraph(span.paragraph()).start()
                    || !Character.isUpperCase(q.text().codePointAt(span.start()))) {
                return null;
            }
            int from = q.paragraph(Math.max(0, span.paragraph() - 2)).start();
            List<Attribution> all = q.attributionsBetween(from, span.outerStart());
            for (int i = all.size() - 1; i >= 0; i--) {
                Attribution b = all.get(i);
                if (b.anchorEnd() > span.outerStart()) {
                    continue;
                }
                if (!b.weak() && !adjacentOnly(b)) {
                    return new Choice(b, name());
                }
            }
            return null;
        }
    }
}
