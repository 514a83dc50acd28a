package dev.readout.extraction.quote;

import dev.readout.extraction.ExtractedParticipant;
import dev.readout.extraction.ExtractedStatement;
import dev.readout.statement.StatementChannel;

import java.time.LocalDate;
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
        ExtractedParticipant speaker = speakers.resolve(author, as);
        LocalDate date = m.group("date") == null ? null : PostDates.parse(m.group("date"));
        return new ExtractedStatement(s.substring(bs, be), speaker, author, StatementChannel.TWEET, date, bs, be, line);
    }

    private static boolean isMark(char c) {
        return "\"“”‘’'«»".indexOf(c) >= 0 || Character.isWhitespace(c);
    }
}
