package dev.readout.ingest;

import dev.readout.graphql.BadRequestException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The one place an article to ingest is checked and cleaned, whatever the way in ({@code ingestArticle}, bulk
 * ingest, the command line): {@link IngestService#ingest} calls it before anything is read or written.
 * <ul>
 * <li>{@code text}: required, not blank, at most {@code readout.ingest.max-text-bytes} bytes of UTF-8 (1 MB by
 * default).</li>
 * <li>{@code url}: absent, or an absolute http(s) URL with a host, at most {@value #MAX_URL_CHARS} characters.</li>
 * <li>{@code title}, {@code source}: at most {@value #MAX_LABEL_CHARS} characters.</li>
 * <li>In every string, control characters other than tab, line feed and carriage return are removed, and lone
 * surrogates (invalid UTF-16, which cannot be stored as UTF-8) become U+FFFD.</li>
 * </ul>
 * Each refusal is a {@link BadRequestException} whose message names the field and says what to send instead.
 */
@Component
public class IngestArticleValidator {

    public static final long DEFAULT_MAX_TEXT_BYTES = 1_048_576;
    public static final int MAX_URL_CHARS = 2048;
    public static final int MAX_LABEL_CHARS = 1000;

    private final long maxTextBytes;

    public IngestArticleValidator(@Value("${readout.ingest.max-text-bytes:" + DEFAULT_MAX_TEXT_BYTES + "}")
                                  long maxTextBytes) {
        if (maxTextBytes <= 0) {
            throw new IllegalArgumentException("readout.ingest.max-text-bytes must be positive, not " + maxTextBytes);
        }
        this.maxTextBytes = maxTextBytes;
    }

    public long maxTextBytes() {
        return maxTextBytes;
    }

    /** The request cleaned, or a BAD_REQUEST naming the field at fault. */
    public IngestService.IngestRequest validate(IngestService.IngestRequest request) {
        if (request == null || request.text() == null) {
            throw new BadRequestException("input.text is required: send the article's full text");
        }
        // cheap bound before any copy: a UTF-8 byte is at least a third of a char
        if ((long) request.text().length() > maxTextBytes) {
            throw tooLong(request.text().length() + " characters");
        }
        String text = clean(request.text());
        if (text.isBlank()) {
            throw new BadRequestException("input.text must not be empty or blank: send the article's full text");
        }
        long bytes = utf8Length(text);
        if (bytes > maxTextBytes) {
            throw tooLong(bytes + " bytes");
        }
        String url = blankToNull(request.url() == null ? null : clean(request.url()).strip());
        if (url != null) {
            checkUrl(url);
        }
        String title = label("title", request.title());
        String source = label("source", request.source());
        return new IngestService.IngestRequest(text, url, title, source, request.publishedOn());
    }

    private BadRequestException tooLong(String size) {
        return new BadRequestException("input.text is too long (" + size + "): the limit is " + maxTextBytes
                + " bytes of UTF-8 (" + human(maxTextBytes) + ", readout.ingest.max-text-bytes); split the article "
                + "or send only its body");
    }

    private static String label(String field, String value) {
        if (value == null) {
            return null;
        }
        String cleaned = clean(value).strip();
        if (cleaned.length() > MAX_LABEL_CHARS) {
            throw new BadRequestException("input." + field + " is " + cleaned.length() + " characters long: the limit is "
                    + MAX_LABEL_CHARS);
        }
        return blankToNull(cleaned);
    }

    private static void checkUrl(String url) {
        if (url.length() > MAX_URL_CHARS) {
            throw new BadRequestException("input.url is " + url.length() + " characters long: the limit is "
                    + MAX_URL_CHARS);
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new BadRequestException("input.url is not a valid URL (" + e.getReason() + " at index "
                    + e.getIndex() + "): send an absolute http(s) URL such as https://example.org/news/1, or none");
        }
        String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!uri.isAbsolute() || !("http".equals(scheme) || "https".equals(scheme))) {
            throw new BadRequestException("input.url must be an absolute http or https URL (such as "
                    + "https://example.org/news/1), not '" + abbreviate(url) + "'");
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            throw new BadRequestException("input.url has no host: send an absolute http or https URL such as "
                    + "https://example.org/news/1, not '" + abbreviate(url) + "'");
        }
    }

    /**
     * Removes control characters other than tab, line feed and carriage return (C0, DEL and C1), and replaces lone
     * surrogates by U+FFFD. Returns the same string when there is nothing to change.
     */
    static String clean(String s) {
        int n = s.length();
        int i = 0;
        while (i < n && ordinary(s, i)) {
            i += Character.isHighSurrogate(s.charAt(i)) ? 2 : 1;
        }
        if (i >= n) {
            return s;
        }
        StringBuilder b = new StringBuilder(n).append(s, 0, i);
        while (i < n) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                b.append(c).append(s.charAt(i + 1));
                i += 2;
                continue;
            }
            if (Character.isSurrogate(c)) {
                b.append('\uFFFD');
            } else if (!control(c)) {
                b.append(c);
            }
            i++;
        }
        return b.toString();
    }

    private static boolean ordinary(String s, int i) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
        }
        return !Character.isSurrogate(c) && !control(c);
    }

    private static boolean control(char c) {
        return (c < 0x20 && c != '\n' && c != '\r' && c != '\t') || (c >= 0x7F && c <= 0x9F);
    }

    /** UTF-8 length of a string without lone surrogates. */
    static long utf8Length(String s) {
        long bytes = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                bytes += 1;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c)) {
                bytes += 4;
                i++;
            } else {
                bytes += 3;
            }
        }
        return bytes;
    }

    private static String human(long bytes) {
        if (bytes % 1_048_576 == 0) {
            return bytes / 1_048_576 + " MB";
        }
        if (bytes % 1024 == 0) {
            return bytes / 1024 + " KB";
        }
        return bytes + " bytes";
    }

    private static String abbreviate(String s) {
        return s.length() <= 80 ? s : s.substring(0, 77) + "...";
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
