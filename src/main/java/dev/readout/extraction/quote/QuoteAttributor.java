package dev.readout.extraction.quote;

import dev.readout.extraction.AnalyzedText;
import dev.readout.extraction.AnalyzedText.Sentence;
import dev.readout.extraction.ExtractedParticipant;
import dev.readout.extraction.ExtractedStatement;
import dev.readout.extraction.date.DateResolver;
import dev.readout.call.DatePrecision;
import dev.readout.participant.ParticipantKind;
import dev.readout.statement.StatementChannel;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds quotations of five or more words and who the article says said them. Readout's own rules: CoreNLP's quote
 * annotator is weak on news text.
 *
 * <p>Three steps: {@link QuoteScanner} finds the outermost quotations by their marks; {@link AttributionFinder} finds
 * every "X said" outside them; each quotation then takes the attribution nearest to it, in this order: right after it
 * ("…,” Price added"), right before it ("Kirby said: “…”"), elsewhere in its sentence, elsewhere in its paragraph, the
 * paragraph that follows when the quotation runs on into it, the last speaker of the two paragraphs before. The
 * resolver then says who the words name; "he" and "it" and "the readout" are first tied to the speaker the article
 * last reported.
 */
public final class QuoteAttributor {

    static final int MIN_WORDS = 5;

    /** Embedded tweet: the post, then "— Name (@handle) Month D, YYYY". */
    private static final Pattern POST_AUTHOR_LINE = Pattern.compile(
            "^(?<body>.*?)\\s*(?:pic\\.twitter\\.com/\\S+\\s*|https?://\\S+\\s*)*(?:—|–|--|-)\\s*"
                    + "(?<author>[^()\\n—–]{2,100}?)\\s*\\(@(?<handle>[A-Za-z0-9_]{1,15})\\)\\s*"
                    + "(?<date>[A-Z][a-z]+\\.?\\s+\\d{1,2},\\s+\\d{4}|\\d{1,2}\\s+[A-Z][a-z]+\\.?\\s+\\d{4})?\\s*$");

    private static final Pattern TRAILING_LINKS = Pattern.compile("\\s*(?:(?:pic\\.twitter\\.com/|https?://)\\S+\\s*)+$");

    public List<ExtractedStatement> attribute(AnalyzedText text, SpeakerResolver speakers) {
        return new Run(text, speakers).statements();
    }

    /** The work on one article. */
    private static final class Run {
        private final AnalyzedText text;
        private final String s;
        private final SpeakerResolver speakers;
        private final List<QuoteScanner.Paragraph> paragraphs;
        private final List<QuoteScanner.Span> spans;
        private final List<Attribution> attributions;
        private final List<Done> done = new ArrayList<>();
        private final java.util.Map<String, String> who = new java.util.HashMap<>();
        /** The same date rules calls use: a statement's day is read from the words around it, as a call's is. */
        private final DateResolver dates;

        /** A statement found, with the attribution it took. */
        private record Done(QuoteScanner.Span span, Attribution attribution, ExtractedStatement statement) {
        }

        Run(AnalyzedText text, SpeakerResolver speakers) {
            this.text = text;
            this.s = text.text();
            this.speakers = speakers == null ? SpeakerResolver.asWritten() : speakers;
            this.paragraphs = QuoteScanner.paragraphs(s);
            this.spans = QuoteScanner.scan(s, paragraphs);
            this.attributions = new ArrayList<>(new AttributionFinder(text, spans).findAll());
            this.attributions.sort(Comparator.comparingInt(Attribution::anchorStart));
            this.dates = new DateResolver(s, text.publishedOn());
        }

        List<ExtractedStatement> statements() {
            List<ExtractedStatement> out = new ArrayList<>();
            boolean[] postParagraph = new boolean[paragraphs.size()];
            for (QuoteScanner.Paragraph p : paragraphs) {
                ExtractedStatement post = embeddedPost(p);
                if (post != null) {
                    postParagraph[p.index()] = true;
                    postParagraph[paragraphAt(post.start())] = true;
                    out.add(post);
                }
            }
            for (QuoteScanner.Span span : spans) {
                if (postParagraph[span.paragraph()] || QuoteScanner.words(s.substring(span.start(), span.end())) < MIN_WORDS
                        || isTitle(span)) {
                    continue;
                }
                Attribution a = assign(span);
                if (a == null) {
                    continue;
                }
                a = antecedent(a);
                ExtractedParticipant speaker = speakers.resolve(a.speakerText(), a.speakerStart());
                StatementChannel channel = channel(span, a);
                ExtractedStatement st = new ExtractedStatement(s.substring(span.start(), span.end()), speaker,
                        a.speakerText(), channel, date(span, a), span.start(), span.end(), sentenceText(span));
                done.add(new Done(span, a, st));
                out.add(st);
            }
            out.sort(Comparator.comparingInt(ExtractedStatement::start));
            return out;
        }

        // ---- which attribution a quotation takes

        private Attribution assign(QuoteScanner.Span span) {
            Attribution a = local(span);
            if (a != null) {
                return a;
            }
            if (namesAThing(span)) {
                return null; // "the so-called “…”" with nobody saying it here is a term, not a statement
            }
            // introduced by the paragraph before: "Biden said in a statement:" ⏎ "“…”"
            if (span.paragraph() > 0 && span.outerStart() == paragraphs.get(span.paragraph()).start()) {
                QuoteScanner.Paragraph prev = paragraphs.get(span.paragraph() - 1);
                if (s.charAt(prev.end() - 1) == ':') {
                    Attribution last = null;
                    for (Attribution b : attributions) {
                        if (b.anchorStart() >= prev.start() && b.anchorEnd() <= prev.end()
                                && !AttributionFinder.adjacentOnly(b.verb())) {
                            last = b;
                        }
                    }
                    if (last != null) {
                        return last;
                    }
                }
            }
            // runs on: the quotation closes its paragraph and the next paragraph opens with a quotation
            QuoteScanner.Paragraph p = paragraphs.get(span.endParagraph());
            if (onlyPunctuation(span.outerEnd(), p.end()) && span.endParagraph() + 1 < paragraphs.size()) {
                QuoteScanner.Paragraph next = paragraphs.get(span.endParagraph() + 1);
                for (QuoteScanner.Span other : spans) {
                    if (other.outerStart() == next.start()) {
                        Attribution b = local(other);
                        if (b != null) {
                            return b;
                        }
                    }
                }
            }
            // the speaker of the two paragraphs before goes on: the last quoted one, unless someone else was
            // reported speaking after those words
            Done last = done.isEmpty() ? null : done.get(done.size() - 1);
            if (last == null || span.paragraph() - last.span().endParagraph() > 2) {
                return null;
            }
            for (int i = attributions.size() - 1; i >= 0; i--) {
                Attribution b = attributions.get(i);
                if (b.anchorEnd() > span.outerStart() || b.anchorStart() < last.span().outerEnd()) {
                    continue;
                }
                if (!b.weak() && b.form() == Attribution.Form.NAMED && !AttributionFinder.adjacentOnly(b.verb())) {
                    return b;
                }
            }
            return last.attribution();
        }

        /** A name in quotation marks: "the so-called “…”", or "the “Ukraine Democracy Defense Lend-Lease Act”". */
        private boolean isTitle(QuoteScanner.Span span) {
            if (!namesAThing(span)) {
                return false;
            }
            if (wordBefore(span).equals("so-called")) {
                return true;
            }
            int words = 0;
            int capitalised = 0;
            for (String w : s.substring(span.start(), span.end()).split("\\s+")) {
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

        private String wordBefore(QuoteScanner.Span span) {
            if (span.openMark() < 0) {
                return "";
            }
            int i = span.openMark();
            while (i > 0 && Character.isWhitespace(s.charAt(i - 1))) {
                i--;
            }
            int j = i;
            while (j > 0 && (Character.isLetter(s.charAt(j - 1)) || s.charAt(j - 1) == '-')) {
                j--;
            }
            return s.substring(j, i).toLowerCase(java.util.Locale.ROOT);
        }

        /** The quotation stands where a noun would: after "the", "a", "so-called", "this", "their". */
        private boolean namesAThing(QuoteScanner.Span span) {
            String before = wordBefore(span);
            return java.util.Set.of("the", "a", "an", "so-called", "this", "that", "their", "its", "his", "her", "our",
                    "these", "those", "called", "dubbed", "named", "titled", "entitled").contains(before);
        }

        /** The attribution in the quotation's own sentence or paragraph. */
        private Attribution local(QuoteScanner.Span span) {
            int pStart = paragraphs.get(span.paragraph()).start();
            int pEnd = paragraphs.get(span.endParagraph()).end();
            Sentence open = text.sentenceAt(span.outerStart());
            Sentence close = text.sentenceAt(Math.max(span.outerStart(), span.outerEnd() - 1));
            // right after: "…,” Price added" / "…,” said Kirby"; not after a full stop inside the marks
            boolean fullStop = span.closeMark() > 0 && span.end() > span.start() && s.charAt(span.end() - 1) == '.'
                    && (span.end() < 3 || !s.startsWith("...", span.end() - 3));
            for (Attribution a : fullStop ? List.<Attribution>of() : attributions) {
                if (a.anchorStart() >= span.outerEnd() && a.anchorStart() <= pEnd) {
                    if (gap(span.outerEnd(), a.anchorStart(), " \t\u00a0,;:—–-")) {
                        if (a.weak()) {
                            Attribution strong = strongBefore(span, open);
                            return strong != null ? strong : a;
                        }
                        return a;
                    }
                    break;
                }
            }
            // right before: "Kirby said: “…”", "the Russian government added, “…”"
            if (span.openMark() >= 0) {
                for (int i = attributions.size() - 1; i >= 0; i--) {
                    Attribution a = attributions.get(i);
                    if (a.anchorEnd() <= span.openMark() && a.anchorStart() >= pStart) {
                        String between = s.substring(a.anchorEnd(), span.openMark()).strip();
                        if (between.isEmpty() || between.equals(",") || between.equals(":") || between.equals("that")
                                || between.equals(", that")
                                || a.verb().equals("describe") && between.matches("(?s)[^\"“”.;]{0,60}\\bas")) {
                            return a; // also "described it in a letter as “…”"
                        }
                        break;
                    }
                }
            }
            // elsewhere in its sentence: a speaker before, then after, then a source
            int so = open == null ? -1 : open.index();
            int sc = close == null ? so : close.index();
            Attribution before = null;
            Attribution after = null;
            Attribution source = null;
            for (Attribution a : attributions) {
                if (a.sentence() != so && a.sentence() != sc || AttributionFinder.adjacentOnly(a.verb())) {
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
            if (before != null) {
                return before;
            }
            if (after != null) {
                return after;
            }
            if (source != null) {
                return source;
            }
            // elsewhere in its paragraph: the nearest
            Attribution nearest = null;
            int best = Integer.MAX_VALUE;
            for (Attribution a : attributions) {
                if (a.anchorStart() < pStart || a.anchorEnd() > pEnd || AttributionFinder.adjacentOnly(a.verb())) {
                    continue;
                }
                int d = a.anchorEnd() <= span.outerStart() ? span.outerStart() - a.anchorEnd()
                        : Math.max(0, a.anchorStart() - span.outerEnd());
                if (d < best) {
                    best = d;
                    nearest = a;
                }
            }
            return nearest;
        }

        private Attribution strongBefore(QuoteScanner.Span span, Sentence open) {
            Attribution found = null;
            for (Attribution a : attributions) {
                if (open != null && a.sentence() == open.index() && !a.weak() && a.anchorEnd() <= span.outerStart()
                        && !AttributionFinder.adjacentOnly(a.verb())) {
                    found = a;
                }
            }
            return found;
        }

        // ---- who "he", "it" and "the readout" are

        /** A person's name, outside quotation marks, stands earlier in the pronoun's own sentence. */
        private boolean personBeforeInSentence(int offset) {
            Sentence sn = text.sentenceAt(offset);
            if (sn == null) {
                return false;
            }
            for (var t : sn.tokens()) {
                if (t.start() >= offset) {
                    break;
                }
                if ("PERSON".equals(t.ner()) && !insideQuote(t.start())) {
                    return true;
                }
            }
            return false;
        }

        private boolean insideQuote(int offset) {
            for (QuoteScanner.Span sp : spans) {
                if (offset >= sp.outerStart() && offset < sp.outerEnd()) {
                    return true;
                }
            }
            return false;
        }

        private Attribution antecedent(Attribution a) {
            if (a.form() == Attribution.Form.NAMED) {
                return a;
            }
            int paragraph = paragraphAt(a.speakerStart());
            if (a.form() == Attribution.Form.PERSON_PRONOUN) {
                if (personBeforeInSentence(a.speakerStart())) {
                    // "Von der Leyen unveiled a plan, which she described as “…”": the person of its own sentence
                    return a;
                }
                // the person the article last reported speaking, in this paragraph or the one before
                for (int i = attributions.size() - 1; i >= 0; i--) {
                    Attribution b = attributions.get(i);
                    if (b.anchorStart() >= a.anchorStart()) {
                        continue;
                    }
                    if (paragraphAt(b.anchorStart()) < paragraph - 1) {
                        break;
                    }
                    if (!b.weak() && b.form() == Attribution.Form.NAMED && (b.person() || !b.organization())) {
                        return a.withSpeaker(b); // a name or a person's role ("the Ukrainian president remarked")
                    }
                }
                return a; // the resolver reads the pronoun at its offset
            }
            boolean document = !a.speakerText().equalsIgnoreCase("it");
            if (document) {
                // "the readout said": the office that issued a readout or statement before
                for (int i = attributions.size() - 1; i >= 0; i--) {
                    Attribution b = attributions.get(i);
                    if (b.anchorStart() < a.anchorStart() && b.organization() && mentionsDocument(b.sentence())) {
                        return a.withSpeaker(b);
                    }
                }
            }
            for (int i = done.size() - 1; i >= 0; i--) {
                Done d = done.get(i);
                ExtractedParticipant sp = d.statement().speaker();
                if (d.attribution().organization() || sp != null && sp.kind() != ParticipantKind.PERSON) {
                    return a.withSpeaker(d.attribution());
                }
            }
            for (int i = attributions.size() - 1; i >= 0; i--) {
                Attribution b = attributions.get(i);
                if (b.anchorStart() < a.anchorStart() && b.organization()) {
                    return a.withSpeaker(b);
                }
            }
            return a;
        }

        private boolean mentionsDocument(int sentence) {
            for (AnalyzedText.Token t : text.sentences().get(sentence).tokens()) {
                if (AttributionFinder.DOCUMENT_NOUNS.contains(AttributionFinder.lemma(t))) {
                    return true;
                }
            }
            return false;
        }

        // ---- embedded posts

        private ExtractedStatement embeddedPost(QuoteScanner.Paragraph p) {
            String line = s.substring(p.start(), p.end());
            Matcher m = POST_AUTHOR_LINE.matcher(line);
            if (!m.matches()) {
                return null;
            }
            int bs = p.start() + m.start("body");
            int be = p.start() + m.end("body");
            if (QuoteScanner.words(s.substring(bs, be)) < MIN_WORDS && p.index() > 0) {
                // the author line under the post's own paragraph
                QuoteScanner.Paragraph body = paragraphs.get(p.index() - 1);
                bs = body.start();
                be = body.end();
                Matcher link = TRAILING_LINKS.matcher(s.substring(bs, be));
                if (link.find()) {
                    be = bs + link.start();
                }
            }
            while (bs < be && isMark(s.charAt(bs))) {
                bs++;
            }
            while (be > bs && isMark(s.charAt(be - 1))) {
                be--;
            }
            if (QuoteScanner.words(s.substring(bs, be)) < MIN_WORDS) {
                return null;
            }
            int as = p.start() + m.start("author");
            String author = m.group("author").strip();
            ExtractedParticipant speaker = speakers.resolve(author, as);
            LocalDate date = null;
            if (m.group("date") != null) {
                date = PostDates.parse(m.group("date"));
            }
            return new ExtractedStatement(s.substring(bs, be), speaker, author, StatementChannel.TWEET, date, bs, be,
                    line);
        }

        private static boolean isMark(char c) {
            return "\"“”‘’'«»".indexOf(c) >= 0 || Character.isWhitespace(c);
        }

        // ---- channel and date

        private StatementChannel channel(QuoteScanner.Span span, Attribution a) {
            Sentence as = text.sentences().get(a.sentence());
            StatementChannel c = Channels.cue(unquoted(as.start(), as.end()), a.anchorStart() - as.start());
            if (c != null) {
                return c;
            }
            int paragraph = paragraphAt(a.anchorStart());
            QuoteScanner.Paragraph p = paragraphs.get(paragraph);
            // the paragraph's earlier sentences, then the paragraph before
            int from = Math.min(p.start(), span.outerStart());
            c = Channels.cueNearestEnd(unquoted(from, Math.min(as.start(), span.outerStart())));
            if (c != null) {
                return c;
            }
            if (paragraph > 0 && sameSpeakerOrNone(paragraph - 1, a)) {
                QuoteScanner.Paragraph prev = paragraphs.get(paragraph - 1);
                c = Channels.cueNearestEnd(unquoted(prev.start(), prev.end()));
                if (c != null) {
                    return c;
                }
            }
            for (int i = done.size() - 1; i >= 0; i--) {
                Done d = done.get(i);
                if (d.attribution().speakerText().equals(a.speakerText())) {
                    return d.statement().channel();
                }
            }
            if (a.verb().equals("tweet")) {
                return StatementChannel.TWEET;
            }
            return a.organization() ? StatementChannel.STATEMENT : StatementChannel.OTHER;
        }

        /** The paragraph reports no one speaking, or only the same speaker: its setting carries over. */
        private boolean sameSpeakerOrNone(int paragraph, Attribution a) {
            QuoteScanner.Paragraph p = paragraphs.get(paragraph);
            String who = who(a);
            for (Attribution b : attributions) {
                if (b.anchorStart() >= p.start() && b.anchorStart() < p.end() && b.form() == Attribution.Form.NAMED
                        && !who(b).equals(who)) {
                    return false;
                }
            }
            return true;
        }

        /** Who the attribution names, as the resolver reads it, for comparing two attributions. */
        private String who(Attribution a) {
            return who.computeIfAbsent(a.speakerText() + "@" + a.speakerStart(), k -> {
                ExtractedParticipant p = speakers.resolve(a.speakerText(), a.speakerStart());
                return p != null && p.name() != null ? p.name() : lastWord(a);
            });
        }

        private static String lastWord(Attribution a) {
            String[] w = a.speakerText().toLowerCase(java.util.Locale.ROOT).split("\\s+");
            return w[w.length - 1];
        }

        private LocalDate date(QuoteScanner.Span span, Attribution a) {
            LocalDate d = dayIn(a.sentence(), span, a);
            if (d != null) {
                return d;
            }
            QuoteScanner.Paragraph p = paragraphs.get(paragraphAt(a.anchorStart()));
            for (DateResolver.DateMention m : dates.find(p.start(), p.end())) {
                d = inside(m.start(), span) ? null : day(m);
                if (d != null) {
                    return d;
                }
            }
            // the day the article gives the same speaker's earlier words ("Kirby said on Thursday … Kirby said, “…”")
            String who = who(a);
            for (int i = attributions.size() - 1; i >= 0; i--) {
                Attribution b = attributions.get(i);
                if (b.anchorStart() < a.anchorStart() && b.form() == Attribution.Form.NAMED && who(b).equals(who)) {
                    d = dayIn(b.sentence(), span, b);
                    if (d != null) {
                        return d;
                    }
                }
            }
            String around = s.substring(text.sentences().get(a.sentence()).start(), text.sentences().get(a.sentence()).end());
            if (text.publishedOn() != null && around.toLowerCase().contains("today")) {
                return text.publishedOn();
            }
            return null;
        }

        /** The day named in the sentence nearest to the attribution ("Biden said on Monday"). */
        private LocalDate dayIn(int sentence, QuoteScanner.Span span, Attribution a) {
            LocalDate best = null;
            int bestDistance = Integer.MAX_VALUE;
            Sentence in = text.sentences().get(sentence);
            for (DateResolver.DateMention m : dates.find(in.start(), in.end())) {
                if (!inside(m.start(), span)) {
                    LocalDate d = day(m);
                    int distance = Math.abs(m.start() - a.anchorStart());
                    if (d != null && distance < bestDistance) {
                        best = d;
                        bestDistance = distance;
                    }
                }
            }
            return best;
        }

        /**
         * The day words name, read as past: words already said ("said on Monday" is the Monday on or before
         * publication). Months, vague spans ("last week") and days the article cannot pin give none.
         */
        private LocalDate day(DateResolver.DateMention m) {
            DateResolver.Resolved r = dates.resolve(m, false);
            if (r.date() == null || r.precision() != DatePrecision.DAY) {
                return null;
            }
            return text.publishedOn() != null && r.date().isAfter(text.publishedOn()) ? null : r.date();
        }

        // ---- helpers

        private boolean inside(int offset, QuoteScanner.Span span) {
            return offset >= span.outerStart() && offset < span.outerEnd();
        }

        /** The text of [from, to) with every quotation blanked out, so cues are read only from the narrative. */
        private String unquoted(int from, int to) {
            if (to <= from) {
                return "";
            }
            StringBuilder b = new StringBuilder(s.substring(from, to));
            for (QuoteScanner.Span sp : spans) {
                int a = Math.max(from, sp.outerStart());
                int e = Math.min(to, sp.outerEnd());
                for (int i = a; i < e; i++) {
                    b.setCharAt(i - from, ' ');
                }
            }
            return b.toString();
        }

        private boolean gap(int from, int to, String allowed) {
            for (int i = from; i < to; i++) {
                if (allowed.indexOf(s.charAt(i)) < 0) {
                    return false;
                }
            }
            return true;
        }

        private boolean onlyPunctuation(int from, int to) {
            for (int i = from; i < to; i++) {
                char c = s.charAt(i);
                if (Character.isLetterOrDigit(c)) {
                    return false;
                }
            }
            return true;
        }

        private int paragraphAt(int offset) {
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

        private String sentenceText(QuoteScanner.Span span) {
            Sentence open = text.sentenceAt(span.outerStart());
            Sentence close = text.sentenceAt(Math.max(span.outerStart(), span.outerEnd() - 1));
            int from = open == null ? span.outerStart() : Math.min(open.start(), span.outerStart());
            int to = close == null ? span.outerEnd() : Math.max(close.end(), span.outerEnd());
            return s.substring(from, Math.min(to, s.length())).strip();
        }
    }
}
