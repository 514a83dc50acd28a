package dev.readout.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An article's raw text made ready for storage and extraction. Pure: no Spring, no I/O.
 * <ul>
 * <li>{@link #stored()} is the text exactly as received; every offset Readout keeps points into it.</li>
 * <li>{@link #forExtraction()} is the same text with page junk (the ` date ` header, "Also Read" lines, "Most
 * Popular", "%d bloggers like this", image credits, share and subscribe lines) overwritten by spaces, so it has the
 * same length and every offset the extractor reports is valid in the stored text.</li>
 * <li>{@link #publishedOn()} is the given date, else the leading {@code " date YYYY-MM-DD "} header, else a dateline
 * with a full date ("Jan. 18, 2022 (EIRNS)—"); never a guess.</li>
 * <li>{@link #contentHash()} is the SHA-256 of the text with whitespace folded and trimmed.</li>
 * </ul>
 */
public final class ArticleText {

    private static final Pattern HEADER = Pattern.compile("\\A\\s*date (\\d{4}-\\d{2}-\\d{2})(?=\\s|\\z)");

    private static final String MONTH = "(Jan(?:uary|\\.)?|Feb(?:ruary|\\.)?|Mar(?:ch|\\.)?|Apr(?:il|\\.)?|May|"
            + "June?|July?|Aug(?:ust|\\.)?|Sept?(?:ember|\\.)?|Oct(?:ober|\\.)?|Nov(?:ember|\\.)?|Dec(?:ember|\\.)?)";
    /** An optional place ("Washington [US], ") then a full date at the start of a line. */
    private static final String PLACE = "(?:[A-Z][A-Za-z .'-]{1,40}(?:\\s*\\[[^\\]\\n]{1,30}\\])?,\\s*)?";
    private static final Pattern DATELINE_MDY = Pattern.compile(
            "(?m)^[ \\t]*" + PLACE + MONTH + "\\s*(\\d{1,2}),?\\s+(\\d{4})\\b");
    private static final Pattern DATELINE_DMY = Pattern.compile(
            "(?m)^[ \\t]*" + PLACE + "(\\d{1,2})\\s+" + MONTH + ",?\\s+(\\d{4})\\b");
    /** Datelines sit near the top; a date deep in the text is about something else. */
    private static final int DATELINE_WINDOW = 1500;

    private static final Map<String, Month> MONTHS = Map.ofEntries(
            Map.entry("jan", Month.JANUARY), Map.entry("feb", Month.FEBRUARY), Map.entry("mar", Month.MARCH),
            Map.entry("apr", Month.APRIL), Map.entry("may", Month.MAY), Map.entry("jun", Month.JUNE),
            Map.entry("jul", Month.JULY), Map.entry("aug", Month.AUGUST), Map.entry("sep", Month.SEPTEMBER),
            Map.entry("oct", Month.OCTOBER), Map.entry("nov", Month.NOVEMBER), Map.entry("dec", Month.DECEMBER));

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
            date = dateline(raw);
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

    private static LocalDate dateline(String raw) {
        String top = raw.substring(0, Math.min(raw.length(), DATELINE_WINDOW));
        LocalDate best = null;
        int bestAt = Integer.MAX_VALUE;
        Matcher mdy = DATELINE_MDY.matcher(top);
        if (mdy.find()) {
            LocalDate d = date(mdy.group(3), mdy.group(1), mdy.group(2));
            if (d != null) {
                best = d;
                bestAt = mdy.start();
            }
        }
        Matcher dmy = DATELINE_DMY.matcher(top);
        if (dmy.find() && dmy.start() < bestAt) {
            LocalDate d = date(dmy.group(3), dmy.group(2), dmy.group(1));
            if (d != null) {
                best = d;
            }
        }
        return best;
    }

    private static LocalDate date(String year, String month, String day) {
        Month m = MONTHS.get(month.substring(0, 3).toLowerCase(Locale.ROOT));
        try {
            return m == null ? null : LocalDate.of(Integer.parseInt(year), m, Integer.parseInt(day));
        } catch (DateTimeException | NumberFormatException e) {
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
