package dev.readout.extraction.quote;

import dev.readout.extraction.AnalyzedText;
import dev.readout.extraction.ExtractedParticipant;
import dev.readout.extraction.ExtractedStatement;
import dev.readout.lexicon.NameFold;
import dev.readout.participant.ParticipantKind;
import dev.readout.statement.StatementChannel;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Embedded tweets and posts, as a crawl prints them: the post, then its author line "— Name (@handle) Month D, YYYY",
 * on the same line or under the post's own paragraph. The post is a statement of its author, channel tweet.
 */
final class EmbeddedPosts {

    private static final Pattern AUTHOR_LINE = Pattern.compile(
            "^(?<body>.*?)\\s*(?:pic\\.twitter\\.com/\\S+\\s*|https?://\\S+\\s*)*(?:—|–|--|-)\\s*"
                    + "(?<author>[^()\\n—–]{2,100}?)\\s*\\(@(?<handle>[A-Za-z0-9_]{1,15})\\)\\s*"
                    + "(?<date>[A-Z][a-z]+\\.?\\s+\\d{1,2},\\s+\\d{4}|\\d{1,2}\\s+[A-Z][a-z]+\\.?\\s+\\d{4})?\\s*$");

    /** A tag or hashtag: "@KajaKallas", "#G20". */
    private static final Pattern TAG = Pattern.compile("(?<![\\w.])[@#]\\w{2,}");

    private static final Pattern TRAILING_LINKS = Pattern.compile("\\s*(?:(?:pic\\.twitter\\.com/|https?://)\\S+\\s*)+$");

    private EmbeddedPosts() {
    }

    /** The post whose author line is paragraph {@code p}, or null. */
    static ExtractedStatement at(ArticleQuotes q, QuoteScanner.Paragraph p, SpeakerResolver speakers) {
        String s = q.text();
        String line = s.substring(p.start(), p.end());
        Matcher m = AUTHOR_LINE.matcher(line);
        if (!m.matches()) {
            return null;
        }
        int bs = p.start() + m.start("body");
        int be = p.start() + m.end("body");
        if (QuoteScanner.words(s.substring(bs, be)) < QuoteAttributor.MIN_WORDS && p.index() > 0) {
            // the author line under the post's own paragraph
            QuoteScanner.Paragraph body = q.paragraph(p.index() - 1);
            bs = body.start();
            be = body.end();
            Matcher link = TRAILING_LINKS.matcher(s.substring(bs, be));
            if (link.find()) {
                be = bs + link.start();
            }
        }
        bs = earlierParagraphs(q, bs);
        while (bs < be && isMark(s.charAt(bs))) {
            bs++;
        }
        while (be > bs && isMark(s.charAt(be - 1))) {
            be--;
        }
        if (QuoteScanner.words(s.substring(bs, be)) < QuoteAttributor.MIN_WORDS) {
            return null;
        }
        int as = p.start() + m.start("author");
        String author = m.group("author").strip();
        ExtractedParticipant speaker = author(q, speakers, author, as, m.group("handle"));
        LocalDate date = m.group("date") == null ? null : PostDates.parse(m.group("date"));
        return new ExtractedStatement(s.substring(bs, be), speaker, author, StatementChannel.TWEET, date, bs, be, line);
    }

    /**
     * A post printed over several paragraphs: the paragraphs right above its body that tag someone or carry a hashtag
     * ("I spoke with Estonia’s Prime Minister @KajaKallas." ⏎ ⏎ "In the wake of …"), up to two.
     */
    private static int earlierParagraphs(ArticleQuotes q, int bodyStart) {
        int start = bodyStart;
        for (int i = q.paragraphAt(bodyStart) - 1, n = 0; i >= 0 && n < 2; i--, n++) {
            QuoteScanner.Paragraph before = q.paragraph(i);
            String words = q.text().substring(before.start(), before.end());
            if (!TAG.matcher(words).find() || AUTHOR_LINE.matcher(words).matches()
                    || words.chars().anyMatch(ch -> "\"“”«»".indexOf(ch) >= 0)) {
                break;
            }
            start = before.start();
        }
        return start;
    }

    /**
     * The post's author: the author line's words as the resolver reads them, unless they are a title ("President of
     * Zimbabwe") and the handle spells the surname of a person the article names ("@edmnangagwa").
     */
    private static ExtractedParticipant author(ArticleQuotes q, SpeakerResolver speakers, String words, int offset,
                                               String handle) {
        ExtractedParticipant written = speakers.resolve(words, offset);
        String h = NameFold.fold(handle).replace(" ", "");
        if (written != null && written.kind() == ParticipantKind.PERSON && written.name() != null
                && inHandle(written.name(), h)) {
            return written;
        }
        for (AnalyzedText.Entity e : q.analyzed().entities()) {
            if (e.type().equals("PERSON") && inHandle(e.text(), h)) {
                ExtractedParticipant p = speakers.resolve(e.text(), e.start());
                if (p != null && p.kind() == ParticipantKind.PERSON) {
                    return p;
                }
            }
        }
        return written;
    }

    /** The name's last word, of four letters or more, is spelled in the handle. */
    private static boolean inHandle(String name, String foldedHandle) {
        List<String> w = NameFold.words(name);
        return !w.isEmpty() && w.get(w.size() - 1).length() >= 4 && foldedHandle.contains(w.get(w.size() - 1));
    }

    private static boolean isMark(char c) {
        return "\"“”‘’'«»".indexOf(c) >= 0 || Character.isWhitespace(c);
    }
}
