package dev.readout.ingest;

import dev.readout.article.ArticleController.IngestArticleInput;
import dev.readout.graphql.BadRequestException;
import dev.readout.graphql.GlobalId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.Reader;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Ingests many articles one at a time, each with its own result, so one bad input never stops the others. Shared by
 * {@code POST /ingest} and the {@code ingest} command. Idempotent like {@link IngestService}: an article already
 * stored (same content hash) is a duplicate, so a batch can be re-run after an interruption.
 */
public class BulkIngest {

    private static final Logger log = LoggerFactory.getLogger(BulkIngest.class);

    /** Longest NDJSON line read (an article with its fields); longer lines are skipped with an error. */
    public static final int MAX_LINE_CHARS = 4 * 1024 * 1024;

    public enum Status { created, duplicate, error }

    /**
     * The outcome of one input: the article's global id and the publication date it is stored with (null when none is
     * known) when stored, else the error; {@code articleId} is the store's id, for the command's date summary.
     */
    public record Result(Status status, String id, String error, String articleId, LocalDate publishedOn) {

        public static Result error(String message) {
            return new Result(Status.error, null, message, null, null);
        }

        /**
         * The response line of {@code POST /ingest}: {"line":N,"status":...,"id":...,"publishedOn":...,"error":...};
         * {@code publishedOn} is left out when the article has no known publication date.
         */
        public Map<String, Object> asLine(long line) {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("line", line);
            out.put("status", status.name());
            if (id != null) {
                out.put("id", id);
            }
            if (publishedOn != null) {
                out.put("publishedOn", publishedOn.toString());
            }
            if (error != null) {
                out.put("error", error);
            }
            return out;
        }
    }

    private final IngestService ingest;
    private final JsonMapper json = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    public BulkIngest(IngestService ingest) {
        this.ingest = ingest;
    }

    public JsonMapper json() {
        return json;
    }

    /** One NDJSON line holding an {@code IngestArticleInput}. */
    public Result ingestJson(String line) {
        IngestArticleInput input;
        try {
            input = json.readValue(line, IngestArticleInput.class);
        } catch (JacksonException e) {
            String field = e.getPath().isEmpty() ? null : e.getPath().get(e.getPath().size() - 1).getPropertyName();
            if ("publishedOn".equals(field)) {
                return Result.error("publishedOn must be a date as YYYY-MM-DD, e.g. \"2022-02-24\"");
            }
            return Result.error("Not an IngestArticleInput JSON object {\"text\":..., \"url\":..., \"title\":..., "
                    + "\"source\":..., \"publishedOn\":\"YYYY-MM-DD\"}: " + e.getOriginalMessage());
        }
        if (input == null) {
            return Result.error("Expected a JSON object, got null");
        }
        return ingest(new IngestService.IngestRequest(input.text(), input.url(), input.title(), input.source(),
                input.publishedOn()));
    }

    public Result ingest(IngestService.IngestRequest request) {
        try {
            IngestService.IngestResult r = ingest.ingest(request);
            return new Result(r.created() ? Status.created : Status.duplicate, GlobalId.of("Article", r.article().id()),
                    null, r.article().id(), r.article().publishedOn());
        } catch (BadRequestException e) {
            return Result.error(e.getMessage());
        } catch (RuntimeException e) {
            log.warn("Ingest failed", e);
            return Result.error("Could not store the article: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        }
    }

    /**
     * Reads the next line (without its line break) into {@code into}, or returns false at the end of input. A line
     * longer than {@link #MAX_LINE_CHARS} is consumed to its end and reported by {@code into.overflow}.
     */
    public static boolean readLine(Reader in, Line into) throws IOException {
        into.text.setLength(0);
        into.overflow = false;
        int c = in.read();
        if (c < 0) {
            return false;
        }
        while (c >= 0 && c != '\n') {
            if (into.text.length() < MAX_LINE_CHARS) {
                into.text.append((char) c);
            } else {
                into.overflow = true;
            }
            c = in.read();
        }
        if (into.text.length() > 0 && into.text.charAt(into.text.length() - 1) == '\r') {
            into.text.setLength(into.text.length() - 1);
        }
        return true;
    }

    /** A reusable line buffer for {@link #readLine}. */
    public static final class Line {
        public final StringBuilder text = new StringBuilder();
        public boolean overflow;

        public boolean isBlank() {
            return text.toString().isBlank();
        }
    }
}
