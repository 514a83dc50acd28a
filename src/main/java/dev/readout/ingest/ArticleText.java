package dev.readout.ingest;

import dev.readout.extraction.date.PublishedDate;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An article's raw text made ready for storage and extraction. Pure: no Spring, no I/O.
 * <ul>
 * <li>{@link #stored()} is the text exactly as received; every offset Readout keeps points into it.</li>
 * <li>{@link #forExtraction()} is the same text with page junk (the ` date ` header, "Also Read" lines, "Most
 * Popular", "%d bloggers like this", image credits, share and subscribe lines) overwritten by spaces, so it has the
 * same length and every offset the extractor reports is valid in the stored text.</li>
 * <li>{@link #publishedOn()} is the given date, else the leading {@code " date YYYY-MM-DD "} header, else the date
 * the text states as its dateline or page stamp ({@link PublishedDate}: "Jan. 18, 2022 (EIRNS)—", "Posted at 1:23 PM,
 * Apr 29, 2022"); never a guess.</li>
 * <li>{@link #contentHash()} is the SHA-256 of the text with whitespace folded and trimmed.</li>
 * </ul>
 */
public final class ArticleText {

    private static final Pattern HEADER = Pattern.compile("\\A\\s*date (\\d{4}-\\d{2}-\\d{2})(?=\\s|\\z)");

    /** Whole lines that are page furniture, not article text. */
    private static final List<Pattern> JUNK_LINES = List.of(
            Pattern.compile("(?im)^[ \\t]*Also Read\\b.*$"),
            Pattern.compile("(?im)^[ \\t]*(?:Most Popular|Most Read|Recent Comments|Recent Posts|Trending|"
                    + "Related Stories|Related Articles|Related News|Latest News|Advertisement|Loading\\.*|"
                    + "Like this:|Share this:|Go to home page)[ \\t]*$"),
            Pattern.compile("(?im)^[ \\t]*(?:%d|\\d+) bloggers? likes? this\\b.*$"),
            Pattern.compile("(?im)^[ \\t]*(?:Image|Photo|Picture|Photograph)s?(?: credits?| courtesy| source)?"
                    + "[ \\t]*[:|].{0,120}$"),
            Pattern.compile("(?im)^[ \\t]*(?:Representative image|File photo|File image)\\b.{0,120}$"),
            Pattern.compile("(?im)^[ \\t]*(?:Share|Share on|Share via|Subscribe|Subscribe to|Follow us|Sign up|"
                    + "Click here|Read more|Tweet|Email|Print|WhatsApp)\\b[^.\\n]{0,80}$"));
    /** Junk inside a line: image credits in parentheses. */
    private static final List<Pattern> JUNK_SPANS = List.of(
            Pattern.compile("(?i)\\((?:Image|Photo|Picture|Pic)s?(?: credits?)?\\s*:[^)\\n]{0,120}\\)"));

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private final String stored;
    private final String forExtraction;
    private final LocalDate publishedOn;
    private final String contentHash;

    private ArticleText(String stored, String forExtraction, LocalDate publishedOn, String contentHash) {
        this.stored = stored;
        this.forExtraction = forExtraction;
        this.publishedOn = publishedOn;
        this.contentHash = contentHash;
    }

    /**
     * @param raw         the article as received
     * @param publishedOn the publication date the caller knows, or null to read it from the text
     */
    public static ArticleText of(String raw, LocalDate publishedOn) {
        if (raw == null) {
            throw new IllegalArgumentException("text is required");
        }
        char[] reading = raw.toCharArray();
        LocalDate date = publishedOn;
        Matcher header = HEADER.matcher(raw);
        if (header.find()) {
            LocalDate headerDate = parseIso(header.group(1));
            if (date == null) {
                date = headerDate;
            }
            blank(reading, header.start(), header.end());
        }
        if (date == null) {
            date = PublishedDate.read(raw);
        }
        for (Pattern p : JUNK_LINES) {
            Matcher m = p.matcher(raw);
            while (m.find()) {
                blank(reading, m.start(), m.end());
            }
        }
        for (Pattern p : JUNK_SPANS) {
            Matcher m = p.matcher(raw);
            while (m.find()) {
                blank(reading, m.start(), m.end());
            }
        }
        return new ArticleText(raw, new String(reading), date, sha256(normalise(raw)));
    }

    /** Whitespace folded to single spaces and trimmed: the text the content hash is computed over. */
    static String normalise(String text) {
        return WHITESPACE.matcher(text).replaceAll(" ").trim();
    }

    private static void blank(char[] chars, int start, int end) {
        for (int i = start; i < end; i++) {
            // keep line breaks so the extractor still sees paragraphs
            if (chars[i] != '\n' && chars[i] != '\r') {
                chars[i] = ' ';
            }
        }
    }

    private static LocalDate parseIso(String s) {
        try {
            return LocalDate.parse(s);
        } catch (DateTimeException e) {
            return null;
        }
    }

    static String sha256(String s) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    public String stored() {
        return stored;
    }

    public String forExtraction() {
        return forExtraction;
    }

    public LocalDate publishedOn() {
        return publishedOn;
    }

    public String contentHash() {
        return contentHash;
    }
}
